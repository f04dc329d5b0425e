import type { Rule } from '../types.js';
import { TR002 } from './TR002.js';
import { TR006 } from './TR006.js';
import { TR018 } from './TR018.js';
import { TR061 } from './TR061.js';
import { TR101 } from './TR101.js';
import { TR134 } from './TR134.js';
import { TR137 } from './TR137.js';
import { TR302 } from './TR302.js';
import { TR315 } from './TR315.js';
import { TR316 } from './TR316.js';
import { TR319 } from './TR319.js';
import { TR335 } from './TR335.js';
import { TR342 } from './TR342.js';
import { TR352 } from './TR352.js';
import { TR353 } from './TR353.js';
import { TR358 } from './TR358.js';
import { TR377 } from './TR377.js';
import { TR380 } from './TR380.js';
import { TR383 } from './TR383.js';
import { TR386 } from './TR386.js';
import { TR409 } from './TR409.js';
import { TR410 } from './TR410.js';
import { TR416 } from './TR416.js';

/** The TR rules of controleniveau 2, one file per rule id. */
export const trRules: readonly Rule[] = [
  TR002, TR006, TR018, TR061, TR101, TR134, TR137, TR302, TR315, TR316, TR319, TR335,
  TR342, TR352, TR353, TR358, TR377, TR380, TR383, TR386, TR409, TR410, TR416,
];
