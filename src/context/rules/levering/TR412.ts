import { child } from '../../../xml/query.js';
import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';
import { naDecember2020, teWijzigenToewijzing } from './wijziging.js';

/**
 * TR412: a TeWijzigenProduct gives no Omvang when the toewijzing it changes has no product code
 * (Product/Code) and ends after 31 December 2020 or not at all. Reported on the Omvang.
 */
export const TR412: ContextRule = {
  id: 'TR412',
  retourcode: '9412',
  berichten: both('317'),
  on: ['TeWijzigenProduct'],
  description: {
    nl: 'De toewijzing die gewijzigd wordt heeft geen productcode; laat de omvang leeg.',
    en: 'The toewijzing being changed has no product code; leave the Omvang out.',
  },
  check(el, ctx) {
    const omvang = child(el, 'Omvang');
    const t = teWijzigenToewijzing(ctx, el);
    if (omvang && t && t.code === undefined && naDecember2020(t)) ctx.report(omvang);
  },
};
