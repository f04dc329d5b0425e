import { ancestor, value } from '../../../xml/query.js';
import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';
import { actueleToewijzing } from './actueel.js';

/**
 * TR351: every TeWijzigenProduct of a verzoek om wijziging (317) names, by its ToewijzingNummer, an
 * actual toewijzing of this client between these parties (see `actueel.ts`).
 */
export const TR351: ContextRule = {
  id: 'TR351',
  retourcode: '9351',
  berichten: both('317'),
  on: ['TeWijzigenProduct'],
  description: {
    nl: 'Dit te wijzigen product verwijst niet naar een lopende toewijzing van deze cliënt.',
    en: 'This product to be changed does not refer to a current toewijzing of this client.',
  },
  check(el, ctx) {
    const bsn = value(ancestor(el, 'Client'), 'Bsn') ?? '';
    if (!actueleToewijzing(ctx, bsn, value(el, 'ToewijzingNummer'))) ctx.report(el);
  },
};
