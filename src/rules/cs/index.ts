import type { Rule } from '../types.js';
import { CS002 } from './CS002.js';
import { CS003 } from './CS003.js';
import { CS050 } from './CS050.js';
import { CS058 } from './CS058.js';
import { CS089 } from './CS089.js';
import { CS100 } from './CS100.js';
import { CS139 } from './CS139.js';
import { CS318 } from './CS318.js';
import { CS325 } from './CS325.js';
import { CS335 } from './CS335.js';
import { CS336 } from './CS336.js';
import { CS337 } from './CS337.js';
import { CS338 } from './CS338.js';
import { CS339 } from './CS339.js';
import { CS340 } from './CS340.js';
import { CS343 } from './CS343.js';

/** The CS rules of controleniveau 2, one file per rule id. */
export const csRules: readonly Rule[] = [CS002, CS003, CS050, CS058, CS089, CS100, CS139, CS318, CS325, CS335, CS336, CS337, CS338, CS339, CS340, CS343];
