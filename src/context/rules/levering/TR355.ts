import { value } from '../../../xml/query.js';
import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';

/**
 * TR355: the ReferentieAanbieder of an antwoordbericht (319) is that of a verzoek om toewijzing (315)
 * or verzoek om wijziging (317) the aanbieder sent this gemeente before.
 */
export const TR355: ContextRule = {
  id: 'TR355',
  retourcode: '9355',
  berichten: both('319'),
  on: ['Antwoord'],
  description: {
    nl: 'Er is geen verzoek met deze ReferentieAanbieder ontvangen; neem de referentie over uit het verzoek dat beantwoord wordt.',
    en: 'No request with this ReferentieAanbieder was received; copy the reference from the request being answered.',
  },
  check(el, ctx) {
    const ref = value(el, 'ReferentieAanbieder') ?? '';
    if (ctx.store.verzoeken(ctx.parties, ref).length === 0) ctx.report(el);
  },
};
