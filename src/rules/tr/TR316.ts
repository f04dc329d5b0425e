import type { XmlElement } from '../../xml/scan.js';
import { child } from '../../xml/query.js';
import { both } from '../kit.js';
import type { Rule } from '../types.js';
import { normalizeSpace, productReferenties } from './util.js';

/**
 * TR316: a debet Prestatie may not be credited in the same declaratie. The stylesheet reports
 * (a) a VorigReferentieNummer equal to the ReferentieNummer of an earlier Prestatie, (b) a
 * ReferentieNummer equal to the VorigReferentieNummer of an earlier Prestatie and (c) a Prestatie
 * whose VorigReferentieNummer equals its own ReferentieNummer, each naming the two numbers.
 * Two maps over all Prestaties: linear.
 */
export const TR316: Rule = {
  id: 'TR316',
  retourcode: '0001',
  berichten: both('323'),
  on: ['Clienten'],
  description: {
    nl: 'Deze prestatie crediteert een prestatie uit hetzelfde bericht; dien de creditering in een later bericht in.',
    en: 'This prestatie credits a prestatie of the same message; send the credit in a later message.',
  },
  check(el, ctx) {
    if (el.parent?.local !== 'Declaratie') return;
    const refs = productReferenties(ctx, el);
    // Every check involves a VorigReferentieNummer, and a ReferentieNummer is only ever looked up by
    // one (normalised): collect those first, so a declaratie of debet lines keeps no map of all its
    // numbers, and other lines only the numbers that some credit line names.
    const genoemd = new Set<string>();
    for (const ref of refs) {
      const vorig = child(ref, 'VorigReferentieNummer');
      if (vorig) genoemd.add(normalizeSpace(vorig.text));
    }
    if (genoemd.size === 0) return;
    const referenties = new Map<string, XmlElement>();
    const vorige = new Map<string, XmlElement>();
    for (const ref of refs) {
      const nummer = child(ref, 'ReferentieNummer');
      const vorig = child(ref, 'VorigReferentieNummer');
      // Earlier numbers as written against this Prestatie's normalised numbers.
      const n = normalizeSpace(nummer?.text);
      const v = normalizeSpace(vorig?.text);
      if (vorig) {
        const earlier = referenties.get(v);
        if (earlier) ctx.report(vorig, [earlier, vorig]);
      }
      if (nummer) {
        const earlier = vorige.get(n);
        if (earlier) ctx.report(ref, [earlier, nummer]);
      }
      if (nummer && vorig && n === v) ctx.report(nummer, [nummer, vorig]);
      if (nummer && genoemd.has(nummer.text) && !referenties.has(nummer.text)) referenties.set(nummer.text, nummer);
      if (vorig && !vorige.has(vorig.text)) vorige.set(vorig.text, vorig);
    }
  },
};
