import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';
import { leesPrestatie, op, toewijzingVan } from './prestatie.js';

/**
 * TR340: when the ToegewezenProduct names a product Code (a specifieke toewijzing), the Prestatie
 * on it declares that same ProductCode. Reported on the ProductCode.
 */
export const TR340: ContextRule = {
  id: 'TR340',
  retourcode: '9340',
  berichten: both('323'),
  on: ['Prestatie'],
  description: {
    nl: 'De productcode van de prestatie wijkt af van de productcode in de toewijzing; neem de toegewezen code over.',
    en: 'The product code of the prestatie differs from the product code in the toewijzing; use the allocated code.',
  },
  check(el, ctx) {
    const p = leesPrestatie(el);
    const tw = toewijzingVan(ctx, p);
    if (tw?.code !== undefined && tw.code !== p.code) ctx.report(op(el, 'ProductCode'));
  },
};
