import type { Rule } from '../types.js';

/** The CD rules of controleniveau 2, one file per rule id. */
export const cdRules: readonly Rule[] = [];
