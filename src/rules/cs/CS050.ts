import { child } from '../../xml/query.js';
import { both } from '../kit.js';
import type { Rule } from '../types.js';
import { oneOf } from './util.js';

const WITH_PARTNER = ['1', '2', '3', '4'];
const WITHOUT_PARTNER_IJW = ['1', '6'];
const WITHOUT_PARTNER_IWMO = ['1'];

/**
 * CS050 — NaamGebruik must fit the presence of a Partnernaam. The stylesheet checks every NaamGebruik
 * (a full name, in 301 and 302 the Client and Relatie names):
 * beside a Partnernaam only 1–4 are allowed (Locaties: Partnernaam and NaamGebruik); without one,
 * iJw allows 1 or 6 and iWmo only 1 (Locatie: NaamGebruik).
 */
export const CS050: Rule = {
  id: 'CS050',
  retourcode: '0001',
  berichten: both('301', '302'),
  on: ['NaamGebruik'],
  description: {
    nl: 'NaamGebruik past niet bij de naam: met een Partnernaam kies 1, 2, 3 of 4, zonder Partnernaam 1 (iJw ook 6 voor een niet-natuurlijk persoon).',
    en: 'NaamGebruik does not fit the name: with a Partnernaam use 1, 2, 3 or 4, without one use 1 (iJw also allows 6 for a non-natural person).',
  },
  check(el, ctx) {
    const partner = child(el.parent ?? undefined, 'Partnernaam');
    if (partner) {
      if (!oneOf(el, WITH_PARTNER)) ctx.report(el, [partner, el]);
    } else if (!oneOf(el, ctx.entry.standaard === 'iJw' ? WITHOUT_PARTNER_IJW : WITHOUT_PARTNER_IWMO)) {
      ctx.report(el);
    }
  },
};
