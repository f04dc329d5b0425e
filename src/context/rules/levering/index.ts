import type { ContextRule } from '../../types.js';
import { TR019 } from './TR019.js';
import { TR063 } from './TR063.js';
import { TR071 } from './TR071.js';
import { TR074 } from './TR074.js';
import { TR326 } from './TR326.js';
import { TR332 } from './TR332.js';
import { TR347 } from './TR347.js';
import { TR349 } from './TR349.js';
import { TR350 } from './TR350.js';
import { TR351 } from './TR351.js';
import { TR355 } from './TR355.js';
import { TR357 } from './TR357.js';
import { TR359 } from './TR359.js';
import { TR360 } from './TR360.js';
import { TR361 } from './TR361.js';
import { TR365 } from './TR365.js';
import { TR373 } from './TR373.js';
import { TR374 } from './TR374.js';
import { TR375 } from './TR375.js';
import { TR379 } from './TR379.js';
import { TR382 } from './TR382.js';
import { TR385 } from './TR385.js';
import { TR411 } from './TR411.js';
import { TR412 } from './TR412.js';
import { TR413 } from './TR413.js';
import { TR414 } from './TR414.js';
import { TR415 } from './TR415.js';

/** Rules of controleniveau 3 on toewijzing, levering and verzoek messages, one file per rule id. */
export const leveringRules: readonly ContextRule[] = [
  TR019, TR063, TR071, TR074, TR326, TR382, TR413, TR414, TR415,
  TR332, TR379, TR385,
  TR347, TR349, TR350, TR351, TR357, TR361, TR373, TR375, TR411, TR412,
  TR355, TR359, TR360, TR365, TR374,
];
