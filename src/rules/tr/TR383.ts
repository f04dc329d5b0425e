import type { XmlElement } from '../../xml/scan.js';
import { child } from '../../xml/query.js';
import { both } from '../kit.js';
import type { Rule } from '../types.js';
import { normalizeSpace } from './util.js';

/**
 * TR383: every AangevraagdProduct of a verzoek om toewijzing has its own ReferentieAanbieder. The
 * stylesheet names the earlier ReferentieAanbieder of each repeated pair; here each repetition is
 * reported on the occurrence just before it (one map, linear).
 */
export const TR383: Rule = {
  id: 'TR383',
  retourcode: '0001',
  berichten: both('315'),
  on: ['AangevraagdeProducten'],
  stylesheetContext: 'child',
  description: {
    nl: 'Deze ReferentieAanbieder komt bij meer aangevraagde producten voor; geef elk aangevraagd product een eigen referentie.',
    en: 'This ReferentieAanbieder occurs with several requested products; give each requested product a reference of its own.',
  },
  check(el, ctx) {
    const last = new Map<string, XmlElement>();
    for (const product of el.children) {
      if (product.local !== 'AangevraagdProduct') continue;
      const ref = child(product, 'ReferentieAanbieder');
      if (!ref) continue;
      // The stylesheet matches the text of earlier ones, as written, with this one's normalised text.
      const earlier = last.get(normalizeSpace(ref.text));
      if (earlier) ctx.report(earlier);
      last.set(ref.text, ref);
    }
  },
};
