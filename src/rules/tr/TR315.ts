import type { XmlElement } from '../../xml/scan.js';
import { child } from '../../xml/query.js';
import { both } from '../kit.js';
import type { Rule } from '../types.js';
import { normalizeSpace, productReferenties } from './util.js';

/**
 * TR315: a VorigReferentieNummer may occur only once in a declaratie. The stylesheet compares each
 * Prestatie with the Prestaties before it (of the same and of earlier clients) and names both
 * VorigReferentieNummers. One map over all Prestaties: linear.
 */
export const TR315: Rule = {
  id: 'TR315',
  retourcode: '0001',
  berichten: both('323'),
  on: ['Clienten'],
  description: {
    nl: 'Dit VorigReferentieNummer komt al bij een eerdere prestatie in de declaratie voor; crediteer elke eerdere prestatie maar één keer.',
    en: 'This VorigReferentieNummer already occurs in an earlier prestatie of the declaration; credit each earlier prestatie only once.',
  },
  check(el, ctx) {
    if (el.parent?.local !== 'Declaratie') return;
    const first = new Map<string, XmlElement>();
    for (const ref of productReferenties(ctx, el)) {
      const vorig = child(ref, 'VorigReferentieNummer');
      if (!vorig) continue;
      // Earlier numbers as written against this one's normalised text, as the stylesheet compares.
      const earlier = first.get(normalizeSpace(vorig.text));
      if (earlier) ctx.report(vorig, [earlier, vorig]);
      if (!first.has(vorig.text)) first.set(vorig.text, vorig);
    }
  },
};
