import { at, path } from '../../xml/query.js';
import { both } from '../kit.js';
import type { XmlElement } from '../../xml/scan.js';
import type { Rule } from '../types.js';
import { normalizeSpace } from './util.js';

const FIELDS = ['ProductPeriode/Begindatum', 'ProductPeriode/Einddatum', 'ProductCategorie', 'ToewijzingNummer', 'ProductCode'].map(path);
const DEBET_CREDIT = path('IngediendBedrag/DebetCredit');

/** The fields joined as the key of a Prestatie; undefined when one is absent or empty (it never matches). */
function keyOf(prestatie: XmlElement): string | undefined {
  let key = '';
  for (let i = 0; i < FIELDS.length; i++) {
    // Fields compare as written.
    const part = at(prestatie, FIELDS[i]!)?.text;
    if (part === undefined || part === '') return undefined;
    key = i === 0 ? part : `${key}\u0000${part}`;
  }
  return key;
}

/**
 * TR416: per Client, at most one debet Prestatie per ProductPeriode, ProductCategorie, ProductCode
 * and ToewijzingNummer. The stylesheet compares each debet Prestatie with the earlier ones of the
 * same Client and names both; here a map keyed on those fields finds the first one (linear).
 */
export const TR416: Rule = {
  id: 'TR416',
  retourcode: '0001',
  berichten: both('323'),
  on: ['Prestaties'],
  description: {
    nl: 'Voor deze periode, dit product en deze toewijzing is al een debetprestatie ingediend; dien per combinatie één debetprestatie in.',
    en: 'A debit prestatie for this period, product and assignment was already submitted; submit one debit prestatie per combination.',
  },
  check(el, ctx) {
    // A lone Prestatie has no earlier one to repeat (most clients declare one).
    if (el.children.length < 2) return;
    const first = new Map<string, XmlElement>();
    for (const prestatie of el.children) {
      if (prestatie.local !== 'Prestatie') continue;
      const dc = at(prestatie, DEBET_CREDIT)?.text;
      // Only debet lines are reported or remembered (a line written 'D' is also 'D' after normalising).
      if (normalizeSpace(dc) !== 'D') continue;
      const key = keyOf(prestatie);
      if (key === undefined) continue;
      const earlier = first.get(key);
      if (earlier && dc === 'D') ctx.report(prestatie, [earlier, prestatie]);
      if (!earlier) first.set(key, prestatie);
    }
  },
};
