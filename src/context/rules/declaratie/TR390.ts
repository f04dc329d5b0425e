import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';
import { afgewezen, isCredit, leesPrestatie, op } from './prestatie.js';

/**
 * TR390: a debet prestatie is credited once: a credit Prestatie is refused when a credit with the
 * same VorigReferentieNummer was declared before by this aanbieder to this gemeente and was not
 * rejected by a declaratie-antwoord. Within one message the same is TR315 (level 2). Reported on the
 * VorigReferentieNummer.
 */
export const TR390: ContextRule = {
  id: 'TR390',
  retourcode: '9390',
  berichten: both('323'),
  on: ['Prestatie'],
  description: {
    nl: 'Deze debetprestatie is al eerder gecrediteerd; een prestatie wordt maar één keer gecrediteerd.',
    en: 'This debit prestatie has been credited before; a prestatie is credited only once.',
  },
  reading: '"A prestatie with the same ProductReferentie" is read as an earlier credit of the same debet (the same VorigReferentieNummer); a credit the gemeente rejected does not count.',
  check(el, ctx) {
    const p = leesPrestatie(el);
    if (!isCredit(p) || p.vorigReferentieNummer === undefined) return;
    const eerder = ctx.store.crediteringen(ctx.parties, p.vorigReferentieNummer).filter((c) => c.gemeente === ctx.parties.gemeente && !afgewezen(ctx, c));
    if (eerder.length) ctx.report(op(el, 'ProductReferentie/VorigReferentieNummer'));
  },
};
