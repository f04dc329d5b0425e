import { child, value } from '../../../xml/query.js';
import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';
import { afgewezen } from '../declaratie/prestatie.js';

/** RedenWijziging 13: verwijderd. */
const VERWIJDERD = '13';

/**
 * TR385: a toewijzing on which approved prestaties stand is not removed: a ToegewezenProduct with
 * RedenWijziging 13 is refused while a debet prestatie on its ToewijzingNummer (between these
 * parties) is neither rejected by a declaratie-antwoord nor credited by a credit prestatie that was
 * not rejected itself. Reported on the RedenWijziging.
 */
export const TR385: ContextRule = {
  id: 'TR385',
  retourcode: '9385',
  berichten: both('301'),
  on: ['ToegewezenProduct'],
  description: {
    nl: 'Op deze toewijzing staan goedgekeurde, niet gecrediteerde prestaties; zij kan niet verwijderd worden (reden wijziging 13).',
    en: 'Approved prestaties that were not credited stand on this toewijzing; it cannot be removed (reden wijziging 13).',
  },
  reading: 'A prestatie without a recorded declaratie-antwoord counts as approved, as in TR323: a history need not hold the 325s.',
  check(el, ctx) {
    const reden = child(el, 'RedenWijziging');
    if (reden?.text.trim() !== VERWIJDERD) return;
    const nummer = value(el, 'ToewijzingNummer') ?? '';
    const prestaties = ctx.store.prestatiesOp(ctx.parties, nummer).filter((p) => p.gemeente === ctx.parties.gemeente);
    const gecrediteerd = new Set(prestaties.filter((p) => p.debetCredit === 'C' && p.vorigReferentieNummer !== undefined && !afgewezen(ctx, p)).map((p) => p.vorigReferentieNummer));
    if (prestaties.some((p) => p.debetCredit === 'D' && !gecrediteerd.has(p.referentieNummer) && !afgewezen(ctx, p))) ctx.report(reden);
  },
};
