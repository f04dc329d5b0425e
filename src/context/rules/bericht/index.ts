import type { ContextRule } from '../../types.js';
import { TR056 } from './TR056.js';
import { TR304 } from './TR304.js';
import { TR337 } from './TR337.js';
import { TR371 } from './TR371.js';

/** Rules of controleniveau 3 on the identity of a message and of the parties and client it names, one file per rule id. */
export const berichtRules: readonly ContextRule[] = [TR056, TR304, TR337, TR371];
