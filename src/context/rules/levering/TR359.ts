import { value } from '../../../xml/query.js';
import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';

/**
 * TR359: no antwoordbericht (319) for a ReferentieAanbieder that a toewijzing (301) between these
 * parties already carries: once the request was granted, it is answered.
 */
export const TR359: ContextRule = {
  id: 'TR359',
  retourcode: '9359',
  berichten: both('319'),
  on: ['Antwoord'],
  description: {
    nl: 'Op dit verzoek is al een toewijzing gestuurd; een antwoordbericht kan niet meer.',
    en: 'A toewijzing has already been sent for this request; an answer message is no longer possible.',
  },
  check(el, ctx) {
    const ref = value(el, 'ReferentieAanbieder') ?? '';
    if (ctx.store.toewijzingenMetReferentie(ctx.parties, ref).length > 0) ctx.report(el);
  },
};
