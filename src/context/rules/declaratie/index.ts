import type { ContextRule } from '../../types.js';
import { TR307 } from './TR307.js';
import { TR308 } from './TR308.js';
import { TR314 } from './TR314.js';
import { TR318 } from './TR318.js';
import { TR321 } from './TR321.js';
import { TR322 } from './TR322.js';
import { TR323 } from './TR323.js';
import { TR333 } from './TR333.js';
import { TR338 } from './TR338.js';
import { TR339 } from './TR339.js';
import { TR340 } from './TR340.js';
import { TR341 } from './TR341.js';
import { TR366 } from './TR366.js';
import { TR367 } from './TR367.js';
import { TR369 } from './TR369.js';
import { TR376 } from './TR376.js';
import { TR384 } from './TR384.js';
import { TR387 } from './TR387.js';
import { TR388 } from './TR388.js';
import { TR389 } from './TR389.js';
import { TR390 } from './TR390.js';

/** Rules of controleniveau 3 on declaratie messages, one file per rule id. */
export const declaratieRules: readonly ContextRule[] = [
  TR307, TR308, TR314, TR318, TR321, TR322, TR323, TR333, TR338, TR339, TR340, TR341, TR384, TR387, TR388, TR389, TR390,
  TR369, TR366, TR367, TR376,
];
