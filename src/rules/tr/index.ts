import type { Rule } from '../types.js';

/** The TR rules of controleniveau 2, one file per rule id. */
export const trRules: readonly Rule[] = [];
