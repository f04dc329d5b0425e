import { value } from '../../xml/query.js';
import type { Rule } from '../types.js';
import { endDateOf, productParent } from './util.js';

/**
 * CD076 — a product line whose Omvang has Frequentie 2 must have an end date (Einddatum, or
 * ToewijzingEinddatum in a request). The stylesheet reports the Frequentie.
 */
export const CD076: Rule = {
  id: 'CD076',
  retourcode: '0001',
  berichten: ['JW301', 'JW315', 'JW317', 'WMO301', 'WMO315', 'WMO317'],
  on: ['Frequentie'],
  description: {
    nl: 'Geef een einddatum op bij een product waarvan de omvang frequentie 2 heeft.',
    en: 'A product line whose Omvang has Frequentie 2 needs an end date.',
  },
  check(el, ctx) {
    const omvang = el.parent;
    if (!omvang || omvang.local !== 'Omvang' || value(el) !== '2') return;
    const product = productParent(omvang, ['ToegewezenProduct', 'AangevraagdProduct', 'TeWijzigenProduct', 'NieuwProduct']);
    if (product && !endDateOf(product)) ctx.report(el);
  },
};
