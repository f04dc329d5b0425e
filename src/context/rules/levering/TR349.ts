import { all } from '../../facts.js';
import { ancestor, value } from '../../../xml/query.js';
import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';
import { isActueel } from './actueel.js';

/**
 * TR349: a verzoek om wijziging (317) names every actual toewijzing of the client between these
 * parties, each either as OngewijzigdProduct or as TeWijzigenProduct (by ToewijzingNummer).
 * "Actual" is read as in `actueel.ts` (on or after the Dagtekening of the 317). Reported once on
 * the Verzoek, however many toewijzingen are missing.
 */
export const TR349: ContextRule = {
  id: 'TR349',
  retourcode: '9349',
  berichten: both('317'),
  on: ['Verzoek'],
  description: {
    nl: 'Het verzoek om wijziging noemt niet alle lopende toewijzingen van de cliënt; neem elke toewijzing op als ongewijzigd of als te wijzigen product.',
    en: 'The change request does not list every current toewijzing of the client; include each as an unchanged or a to-be-changed product.',
  },
  check(el, ctx) {
    const bsn = value(ancestor(el, 'Client'), 'Bsn') ?? '';
    const named = new Set<string>();
    for (const p of [...all(el, 'OngewijzigdeProducten/OngewijzigdProduct'), ...all(el, 'TeWijzigenProducten/TeWijzigenProduct')]) {
      const nr = value(p, 'ToewijzingNummer');
      if (nr !== undefined) named.add(nr);
    }
    const missing = ctx.store.toewijzingenVan(ctx.parties, bsn).some((t) => isActueel(t, ctx.dagtekening) && !named.has(t.toewijzingNummer));
    if (missing) ctx.report(el);
  },
};
