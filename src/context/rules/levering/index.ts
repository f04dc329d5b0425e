import type { ContextRule } from '../../types.js';

/** Rules of controleniveau 3 on levering messages, one file per rule id. */
export const leveringRules: readonly ContextRule[] = [];
