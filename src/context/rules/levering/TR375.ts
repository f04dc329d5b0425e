import { child } from '../../../xml/query.js';
import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';
import { naDecember2020, teWijzigenToewijzing } from './wijziging.js';

/**
 * TR375: a TeWijzigenProduct gives no Omvang when the toewijzing it changes has no Product and ends
 * after 31 December 2020 or not at all (a generieke toewijzing is allocated by budget). Reported
 * on the Omvang. TR412 says the same for a toewijzing without a product code, so a toewijzing
 * without any Product breaks both.
 */
export const TR375: ContextRule = {
  id: 'TR375',
  retourcode: '9375',
  berichten: both('317'),
  on: ['TeWijzigenProduct'],
  description: {
    nl: 'De toewijzing die gewijzigd wordt heeft geen product; laat de omvang leeg.',
    en: 'The toewijzing being changed has no product; leave the Omvang out.',
  },
  check(el, ctx) {
    const omvang = child(el, 'Omvang');
    const t = teWijzigenToewijzing(ctx, el);
    if (omvang && t && t.categorie === undefined && naDecember2020(t)) ctx.report(omvang);
  },
};
