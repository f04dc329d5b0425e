import type { Rule } from '../types.js';
import { CD005 } from './CD005.js';
import { CD007 } from './CD007.js';
import { CD009 } from './CD009.js';
import { CD025 } from './CD025.js';
import { CD034 } from './CD034.js';
import { CD041 } from './CD041.js';
import { CD043 } from './CD043.js';
import { CD060 } from './CD060.js';
import { CD066 } from './CD066.js';
import { CD067 } from './CD067.js';
import { CD068 } from './CD068.js';
import { CD075 } from './CD075.js';
import { CD076 } from './CD076.js';
import { CD077 } from './CD077.js';
import { CD078 } from './CD078.js';
import { CD079 } from './CD079.js';
import { CD080 } from './CD080.js';
import { CD085 } from './CD085.js';
import { CD086 } from './CD086.js';
import { CD087 } from './CD087.js';
import { CD095 } from './CD095.js';
import { CD096 } from './CD096.js';

/** The CD rules of controleniveau 2, one file per rule id. */
export const cdRules: readonly Rule[] = [
  CD005, CD007, CD009, CD025, CD034, CD041, CD043, CD060, CD066, CD067, CD068,
  CD075, CD076, CD077, CD078, CD079, CD080, CD085, CD086, CD087, CD095, CD096,
];
