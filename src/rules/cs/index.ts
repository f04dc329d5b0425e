import type { Rule } from '../types.js';

/** The CS rules of controleniveau 2, one file per rule id. */
export const csRules: readonly Rule[] = [];
