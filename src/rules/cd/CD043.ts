import { child } from '../../xml/query.js';
import type { Rule } from '../types.js';

/**
 * CD043 — a requested product gives BeschikkingNummer and BeschikkingIngangsdatum together or not
 * at all. The stylesheet reports whichever of the two is present without the other.
 */
export const CD043: Rule = {
  id: 'CD043',
  retourcode: '0001',
  berichten: ['JW315', 'WMO315'],
  on: ['AangevraagdProduct'],
  description: {
    nl: 'Geef beschikkingnummer en ingangsdatum van de beschikking samen op, of laat ze allebei weg.',
    en: 'Give BeschikkingNummer and BeschikkingIngangsdatum together, or leave both out.',
  },
  check(el, ctx) {
    const nummer = child(el, 'BeschikkingNummer');
    const ingang = child(el, 'BeschikkingIngangsdatum');
    if (nummer && !ingang) ctx.report(nummer);
    else if (ingang && !nummer) ctx.report(ingang);
  },
};
