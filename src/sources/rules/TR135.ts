import { both } from '../../rules/kit.js';
import type { SourceRule } from '../types.js';

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The YYYY-MM-DD part of an xs:date when it names a day of the calendar; undefined otherwise. */
export function calendarDay(text: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:Z|[+-]\d{2}:\d{2})?$/.exec(text.trim());
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > DAYS[mo - 1]!) return undefined;
  if (mo === 2 && d === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/**
 * TR135 — the Dagtekening of a message (and, in a declaratie-antwoord, that of the declaratie it
 * answers) is a day that exists and is not after "today" (the validator's system date, or
 * `options.today`).
 */
export const TR135: SourceRule = {
  id: 'TR135',
  retourcode: '8848',
  berichten: both('301', '305', '307', '315', '317', '319', '323', '325'),
  on: ['Dagtekening'],
  description: {
    nl: 'De dagtekening moet een bestaande datum zijn die niet na vandaag ligt.',
    en: 'The dagtekening must be a date that exists and is not after today.',
  },
  check(el, ctx) {
    const owner = el.parent;
    if (!owner || (owner.local !== 'BerichtIdentificatie' && owner.local !== 'DeclaratieIdentificatie') || owner.parent?.local !== 'Header') return;
    const day = calendarDay(el.text);
    if (day === undefined || day > ctx.today) ctx.report(el);
  },
};
