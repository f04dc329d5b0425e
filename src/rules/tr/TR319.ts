import { at, child, path } from '../../xml/query.js';
import { both } from '../kit.js';
import type { Rule } from '../types.js';
import { checkNotAfter } from './util.js';

/** The end of the declared period: no Prestatie may lie after it. */
const GRENS = path('DeclaratiePeriode/Einddatum');

/**
 * TR319: a declaratie contains only Prestaties whose ProductPeriode lies in the current or an
 * earlier declaratieperiode: neither its Begindatum nor its Einddatum may lie after the Einddatum of
 * the DeclaratiePeriode. Each date is reported with that Einddatum.
 */
export const TR319: Rule = {
  id: 'TR319',
  retourcode: '0001',
  berichten: both('323'),
  on: ['Prestatie'],
  description: {
    nl: 'De productperiode van deze prestatie ligt (deels) na de declaratieperiode; declareer deze prestatie in een latere declaratie.',
    en: 'The product period of this prestatie lies (partly) after the declaration period; declare it in a later declaration.',
  },
  check(el, ctx) {
    const declaratie = el.parent?.parent?.parent?.parent;
    const grens = declaratie?.local === 'Declaratie' ? at(declaratie, GRENS) : undefined;
    const periode = child(el, 'ProductPeriode');
    const begin = child(periode, 'Begindatum');
    const eind = child(periode, 'Einddatum');
    checkNotAfter(ctx, grens, begin, begin ?? el);
    checkNotAfter(ctx, grens, eind, eind ?? periode ?? el);
  },
};
