/** The registry of controleniveau-3 rules (berichtoverstijgend): a plain array, one entry per rule id. */
import { berichtRules } from './bericht/index.js';
import { declaratieRules } from './declaratie/index.js';
import { leveringRules } from './levering/index.js';
import type { ContextRule } from '../types.js';

export const CONTEXT_RULES: readonly ContextRule[] = [...berichtRules, ...leveringRules, ...declaratieRules];
