import { ancestor, value } from '../../../xml/query.js';
import { both } from '../../../rules/kit.js';
import type { ContextRule, ContextRuleContext } from '../../types.js';

/** True when an earlier request of this client between these parties is still being handled. */
function onderhanden(ctx: ContextRuleContext, bsn: string): boolean {
  return ctx.memo(`onderhanden\u0000${bsn}`, () => {
    const seen = new Set<string>();
    for (const v of ctx.store.verzoekenVan(ctx.parties, bsn)) {
      if (seen.has(v.referentieAanbieder)) continue;
      seen.add(v.referentieAanbieder);
      const afgewezen = ctx.store.antwoorden(ctx.parties, v.referentieAanbieder).some((a) => a.verzoekAntwoord === '1');
      const toegewezen = ctx.store.toewijzingenMetReferentie(ctx.parties, v.referentieAanbieder).length > 0;
      if (!afgewezen && !toegewezen) return true;
    }
    return false;
  });
}

/**
 * TR374: an aanbieder sends no new verzoek (315 AangevraagdProduct, 317 Verzoek) for a client while
 * an earlier one of this aanbieder for that client to this gemeente is still onderhanden: not yet
 * rejected by a 319 with VerzoekAntwoord 1 and not yet answered by a 301 carrying its
 * ReferentieAanbieder. A 319 "in onderzoek" leaves it onderhanden. The requests of one 315 are sent
 * together and do not block each other.
 */
export const TR374: ContextRule = {
  id: 'TR374',
  retourcode: '9374',
  berichten: both('315', '317'),
  on: ['AangevraagdProduct', 'Verzoek'],
  description: {
    nl: 'Er loopt nog een eerder verzoek voor deze cliënt; wacht op de toewijzing of de afwijzing daarvan.',
    en: 'An earlier request for this client is still being handled; wait for its toewijzing or rejection.',
  },
  check(el, ctx) {
    const bsn = value(ancestor(el, 'Client'), 'Bsn') ?? '';
    if (onderhanden(ctx, bsn)) ctx.report(el);
  },
};
