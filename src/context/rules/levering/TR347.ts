import { child } from '../../../xml/query.js';
import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';

/**
 * TR347: an aanbieder uses a ReferentieAanbieder for one request only, within the standaard and
 * whatever the gemeente: no verzoek om toewijzing (315) or verzoek om wijziging (317) it sent before
 * carries it. Within one 315 the uniqueness is TR383 (level 2). Reported on the ReferentieAanbieder.
 */
export const TR347: ContextRule = {
  id: 'TR347',
  retourcode: '9347',
  berichten: both('315', '317'),
  on: ['AangevraagdProduct', 'Verzoek'],
  description: {
    nl: 'Deze ReferentieAanbieder is al gebruikt voor een eerder verzoek van deze aanbieder; geef ieder verzoek een nieuwe referentie.',
    en: 'This ReferentieAanbieder was used for an earlier request of this aanbieder already; give every request a new reference.',
  },
  check(el, ctx) {
    const ref = child(el, 'ReferentieAanbieder');
    if (!ref) return;
    if (ctx.store.verzoekenVanAanbieder(ctx.parties, ref.text.trim()).length > 0) ctx.report(ref);
  },
};
