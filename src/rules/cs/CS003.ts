import type { BerichtNummer } from '../../catalogue/index.js';
import { child } from '../../xml/query.js';
import { both } from '../kit.js';
import type { Rule } from '../types.js';
import { dateNumber, dateTextNumber, reportAll } from './util.js';

/**
 * Per message: `<parent>/<end date>` → the start date it may not precede (a sibling of the end date).
 * Contact/Periode is only matched when the Periode belongs to a Contact.
 */
const START_OF: Partial<Record<BerichtNummer, Record<string, string>>> = {
  '301': { 'Beschikking/Einddatum': 'Ingangsdatum', 'ToegewezenProduct/Einddatum': 'Ingangsdatum', 'Periode/Einddatum': 'Begindatum' },
  '315': { 'AangevraagdProduct/ToewijzingEinddatum': 'ToewijzingIngangsdatum' },
  '317': { 'TeWijzigenProduct/Einddatum': 'GewensteIngangsdatum', 'NieuwProduct/Einddatum': 'GewensteIngangsdatum' },
};

/** START_OF by message, parent name and end date name (no path string built per element). */
const START_BY_PATH: ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, string>>> = new Map(
  Object.entries(START_OF).map(([nummer, starts]) => {
    const byParent = new Map<string, Map<string, string>>();
    for (const [p, start] of Object.entries(starts ?? {})) {
      const [parent, end] = p.split('/') as [string, string];
      byParent.set(parent, (byParent.get(parent) ?? new Map<string, string>()).set(end, start));
    }
    return [nummer, byParent];
  }),
);

/**
 * CS003 — an end date may not lie before the start of its period. The stylesheet checks the Einddatum
 * of ToegewezenProduct (and Beschikking) and of Contact/Periode in 301, ToewijzingEinddatum against
 * ToewijzingIngangsdatum in 315, and the Einddatum of TeWijzigenProduct/NieuwProduct against
 * GewensteIngangsdatum in 317. A missing start date counts as a violation too.
 */
export const CS003: Rule = {
  id: 'CS003',
  retourcode: '0001',
  berichten: both('301', '315', '317'),
  on: ['Einddatum', 'ToewijzingEinddatum'],
  description: {
    nl: 'De einddatum ligt vóór de begin- of ingangsdatum van dezelfde periode; maak de einddatum gelijk aan of later dan de begindatum.',
    en: 'The end date lies before the start date of the same period; make the end date equal to or later than the start date.',
  },
  check(el, ctx) {
    const parent = el.parent;
    if (!parent) return;
    const startName = START_BY_PATH.get(ctx.entry.nummer)?.get(parent.local)?.get(el.local);
    if (!startName) return;
    if (parent.local === 'Periode' && parent.parent?.local !== 'Contact') return;
    const start = child(parent, startName);
    // The stylesheet compares the first 10 characters of the end date (as written) with the start date.
    const end = dateTextNumber(el.text.slice(0, 10));
    if (!start || dateNumber(start) > end) reportAll(ctx, el, [start, el]);
  },
};
