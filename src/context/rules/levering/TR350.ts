import { ancestor, value } from '../../../xml/query.js';
import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';
import { actueleToewijzing } from './actueel.js';

/**
 * TR350: every OngewijzigdProduct of a verzoek om wijziging (317) names, by its ToewijzingNummer,
 * an actual toewijzing of this client between these parties (see `actueel.ts`).
 */
export const TR350: ContextRule = {
  id: 'TR350',
  retourcode: '9350',
  berichten: both('317'),
  on: ['OngewijzigdProduct'],
  description: {
    nl: 'Dit ongewijzigde product verwijst niet naar een lopende toewijzing van deze cliënt.',
    en: 'This unchanged product does not refer to a current toewijzing of this client.',
  },
  check(el, ctx) {
    const bsn = value(ancestor(el, 'Client'), 'Bsn') ?? '';
    if (!actueleToewijzing(ctx, bsn, value(el, 'ToewijzingNummer'))) ctx.report(el);
  },
};
