import type { ContextRule } from '../../types.js';
import { TR019 } from './TR019.js';
import { TR063 } from './TR063.js';
import { TR071 } from './TR071.js';
import { TR074 } from './TR074.js';
import { TR326 } from './TR326.js';
import { TR349 } from './TR349.js';
import { TR350 } from './TR350.js';
import { TR351 } from './TR351.js';
import { TR355 } from './TR355.js';
import { TR359 } from './TR359.js';
import { TR360 } from './TR360.js';
import { TR365 } from './TR365.js';
import { TR374 } from './TR374.js';
import { TR382 } from './TR382.js';

/** Rules of controleniveau 3 on levering messages, one file per rule id. */
export const leveringRules: readonly ContextRule[] = [TR019, TR063, TR071, TR074, TR326, TR382, TR349, TR350, TR351, TR355, TR359, TR360, TR365, TR374];
