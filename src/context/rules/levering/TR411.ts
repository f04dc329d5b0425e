import { child } from '../../../xml/query.js';
import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';
import { teWijzigenToewijzing } from './wijziging.js';

/**
 * TR411: a TeWijzigenProduct gives an Omvang when the toewijzing it changes has a product code
 * (Product/Code). Reported on the TeWijzigenProduct.
 */
export const TR411: ContextRule = {
  id: 'TR411',
  retourcode: '9411',
  berichten: both('317'),
  on: ['TeWijzigenProduct'],
  description: {
    nl: 'De toewijzing die gewijzigd wordt heeft een productcode; vul de omvang in.',
    en: 'The toewijzing being changed has a product code; give the Omvang.',
  },
  check(el, ctx) {
    const t = teWijzigenToewijzing(ctx, el);
    if (t && t.code !== undefined && !child(el, 'Omvang')) ctx.report(el);
  },
};
