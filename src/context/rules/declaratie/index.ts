import type { ContextRule } from '../../types.js';

/** Rules of controleniveau 3 on declaratie messages, one file per rule id. */
export const declaratieRules: readonly ContextRule[] = [];
