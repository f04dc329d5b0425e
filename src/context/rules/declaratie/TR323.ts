import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';
import { afgewezen, isCredit, leesPrestatie, op } from './prestatie.js';

/**
 * TR323: a credit Prestatie cancels an earlier debet prestatie: its VorigReferentieNummer is the
 * ReferentieNummer of a debet prestatie in the store, declared by this aanbieder to the same gemeente
 * for the same client, and not rejected by a declaratie-antwoord. A debet without a recorded answer
 * counts as approved: a store need not hold the 325s (respond() does not record the answer it
 * writes), and demanding one would refuse every credit there. Reported on the VorigReferentieNummer
 * (on the ProductReferentie when it is missing).
 */
export const TR323: ContextRule = {
  id: 'TR323',
  retourcode: '8017',
  berichten: both('323'),
  on: ['Prestatie'],
  description: {
    nl: 'Deze creditprestatie hoort niet bij een eerder ingediende en niet afgewezen debetprestatie voor deze cliënt; vul als vorig referentienummer het referentienummer van die debetprestatie in.',
    en: 'This credit prestatie does not match an earlier submitted, not rejected debit prestatie for this client; give the reference number of that debit prestatie as the previous reference number.',
  },
  check(el, ctx) {
    const p = leesPrestatie(el);
    if (!isCredit(p)) return;
    const debet = p.vorigReferentieNummer === undefined ? undefined : ctx.store.prestatie(ctx.parties, p.vorigReferentieNummer);
    const past = debet !== undefined && debet.debetCredit === 'D' && debet.gemeente === ctx.parties.gemeente && debet.bsn === p.bsn && !afgewezen(ctx, debet);
    if (!past) ctx.report(op(el, p.vorigReferentieNummer === undefined ? 'ProductReferentie' : 'ProductReferentie/VorigReferentieNummer'));
  },
};
