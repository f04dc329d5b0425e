import { both } from '../kit.js';
import type { XmlElement } from '../../xml/scan.js';
import type { Rule } from '../types.js';
import { normalizeSpace, raw } from './util.js';

const FIELDS = ['ProductPeriode/Begindatum', 'ProductPeriode/Einddatum', 'ProductCategorie', 'ToewijzingNummer', 'ProductCode'];

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
    const first = new Map<string, XmlElement>();
    for (const prestatie of el.children) {
      if (prestatie.local !== 'Prestatie') continue;
      const dc = raw(prestatie, 'IngediendBedrag/DebetCredit');
      // Fields compare as written; an absent or empty field never matches.
      const parts = FIELDS.map((f) => raw(prestatie, f));
      if (parts.some((p) => p === undefined || p === '')) continue;
      const key = parts.join('\u0000');
      const earlier = first.get(key);
      if (earlier && dc === 'D') ctx.report(prestatie, [earlier, prestatie]);
      if (!earlier && normalizeSpace(dc) === 'D') first.set(key, prestatie);
    }
  },
};
