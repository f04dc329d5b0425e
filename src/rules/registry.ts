/**
 * The registry of controleniveau-2 rules: a plain array, one entry per rule id.
 * The documentation table of rules is generated from it (scripts/generate-docs.ts).
 */
import { cdRules } from './cd/index.js';
import { csRules } from './cs/index.js';
import { trRules } from './tr/index.js';
import type { Rule } from './types.js';

export const RULES: readonly Rule[] = [...cdRules, ...csRules, ...trRules];
