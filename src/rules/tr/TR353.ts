import { at } from '../../xml/query.js';
import { both } from '../kit.js';
import type { Rule } from '../types.js';

/**
 * TR353: a verzoek om wijziging contains at least one TeWijzigenProduct or NieuwProduct (otherwise
 * nothing is asked). The finding names the Verzoek.
 */
export const TR353: Rule = {
  id: 'TR353',
  retourcode: '0001',
  berichten: both('317'),
  on: ['Verzoek'],
  description: {
    nl: 'Dit verzoek om wijziging vraagt niets: neem minstens één te wijzigen of nieuw product op.',
    en: 'This change request asks for nothing: include at least one product to change or one new product.',
  },
  check(el, ctx) {
    if (!at(el, 'TeWijzigenProducten/TeWijzigenProduct') && !at(el, 'NieuweProducten/NieuwProduct')) ctx.report(el);
  },
};
