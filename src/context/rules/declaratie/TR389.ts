import { rootOf } from '../../../xml/query.js';
import { both } from '../../../rules/kit.js';
import { all } from '../../facts.js';
import type { ContextRule } from '../../types.js';
import { afgewezen, isCredit, leesPrestatie } from './prestatie.js';

/**
 * TR389: one debet per ProductPeriode, ProductCategorie and ProductCode on a toewijzing: a debet
 * Prestatie is refused when a debet prestatie with the same ToewijzingNummer, ProductPeriode,
 * ProductCategorie and ProductCode was declared before (between these parties) and still stands:
 * not rejected by a declaratie-antwoord and not credited — by a credit for the same ProductPeriode
 * whose VorigReferentieNummer is its ReferentieNummer, declared before and not rejected, or in this
 * message. Within one message the same is TR416 (level 2). Reported on the Prestatie.
 */
export const TR389: ContextRule = {
  id: 'TR389',
  retourcode: '9389',
  berichten: both('323'),
  on: ['Prestatie'],
  description: {
    nl: 'Voor deze periode en dit product is op deze toewijzing al een debetprestatie ingediend die niet gecrediteerd is; crediteer die eerst.',
    en: 'A debit prestatie for this period and product on this toewijzing was submitted already and not credited; credit that one first.',
  },
  reading:
    'An earlier debet that the gemeente rejected (325) no longer counts: its care may be declared again. A credit in the same message counts as crediting (the usual correction sends the credit and the new debet together).',
  check(el, ctx) {
    const p = leesPrestatie(el);
    if (isCredit(p)) return;
    const inBericht = ctx.memo('credits-in-bericht', () => {
      const refs = new Set<string>();
      for (const pr of all(rootOf(el), 'Declaratie/Clienten/Client/Prestaties/Prestatie')) {
        const c = leesPrestatie(pr);
        if (isCredit(c) && c.vorigReferentieNummer !== undefined) refs.add(c.vorigReferentieNummer);
      }
      return refs;
    });
    const eerder = ctx.store.prestatiesOp(ctx.parties, p.toewijzingNummer).filter((d) => d.gemeente === ctx.parties.gemeente);
    const zelfdePeriode = (d: { begindatum: string; einddatum: string }): boolean => d.begindatum === p.begindatum && d.einddatum === p.einddatum;
    const gecrediteerd = new Set(eerder.filter((c) => isCredit(c) && c.vorigReferentieNummer !== undefined && zelfdePeriode(c) && !afgewezen(ctx, c)).map((c) => c.vorigReferentieNummer!));
    const staat = eerder.some(
      (d) => !isCredit(d) && zelfdePeriode(d) && d.categorie === p.categorie && d.code === p.code && !gecrediteerd.has(d.referentieNummer) && !inBericht.has(d.referentieNummer) && !afgewezen(ctx, d),
    );
    if (staat) ctx.report(el);
  },
};
