/** The registry of controleniveau-4 rules (externe bron): a plain array, one entry per rule id. */
import type { SourceRule } from '../types.js';
import { AGB } from './AGB.js';
import { TR135 } from './TR135.js';
import { TR346 } from './TR346.js';
import { TR378 } from './TR378.js';
import { TR381 } from './TR381.js';
import { TR418 } from './TR418.js';

export const SOURCE_RULES: readonly SourceRule[] = [TR135, TR378, TR381, TR418, TR346, AGB];
