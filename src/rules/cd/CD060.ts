import { at, value } from '../../xml/query.js';
import type { Rule } from '../types.js';

/**
 * CD060 — a Prestatie has a VorigReferentieNummer exactly when its IngediendBedrag is credit (C).
 * The stylesheet reports a credit line without it on the DebetCredit, and a debet line with it on
 * both the VorigReferentieNummer and the DebetCredit.
 */
export const CD060: Rule = {
  id: 'CD060',
  retourcode: '0001',
  berichten: ['JW323', 'JW325', 'WMO323', 'WMO325'],
  on: ['Prestatie'],
  description: {
    nl: 'Geef bij een creditprestatie het vorige referentienummer op, en laat het weg bij een debetprestatie.',
    en: 'A credit Prestatie needs a VorigReferentieNummer; a debit Prestatie must not have one.',
  },
  check(el, ctx) {
    const dc = at(el, 'IngediendBedrag/DebetCredit');
    if (!dc) return;
    const vorig = at(el, 'ProductReferentie/VorigReferentieNummer');
    const credit = value(dc) === 'C';
    if (credit && !vorig) ctx.report(dc);
    else if (!credit && vorig) ctx.report(dc, [vorig, dc]);
  },
};
