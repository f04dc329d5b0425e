import { both } from '../../../rules/kit.js';
import type { PrestatieFact } from '../../facts.js';
import type { ContextRule } from '../../types.js';
import { gedeclareerd } from './antwoord.js';
import { leesPrestatie, op, type Prestatie } from './prestatie.js';

const zelfdeGetal = (a: number | undefined, b: number | undefined): boolean => (a === undefined || b === undefined ? a === b : a === b || (Number.isNaN(a) && Number.isNaN(b)));

/** The fields TR367 compares, each with the element reported on when it differs. */
const VELDEN: ReadonlyArray<readonly [string, (a: Prestatie, d: PrestatieFact) => boolean]> = [
  ['ToewijzingNummer', (a, d) => zelfdeGetal(Number(a.toewijzingNummer), Number(d.toewijzingNummer))],
  ['ProductCategorie', (a, d) => a.categorie === d.categorie],
  ['ProductCode', (a, d) => a.code === d.code],
  ['ProductPeriode', (a, d) => a.begindatum === d.begindatum && a.einddatum === d.einddatum],
  ['GeleverdVolume', (a, d) => zelfdeGetal(a.geleverdVolume, d.geleverdVolume)],
  ['Eenheid', (a, d) => a.eenheid === d.eenheid],
  ['ProductTarief', (a, d) => zelfdeGetal(a.productTarief, d.productTarief)],
  ['IngediendBedrag', (a, d) => zelfdeGetal(a.bedrag, d.bedrag) && a.debetCredit === d.debetCredit],
];

/**
 * TR367: a Prestatie in a declaratie-antwoord repeats the values of the declared prestatie it relates
 * to (TR366): ToewijzingNummer, ProductCategorie, ProductCode, ProductPeriode, GeleverdVolume,
 * Eenheid, ProductTarief (present in both or in neither) and IngediendBedrag (Bedrag and DebetCredit).
 * Numbers compare by value, codes and dates as text. Each differing element is reported; a prestatie
 * without a related declared one is TR366's.
 */
export const TR367: ContextRule = {
  id: 'TR367',
  retourcode: '9367',
  berichten: both('325'),
  on: ['Prestatie'],
  description: {
    nl: 'Deze waarde wijkt af van de waarde in de gedeclareerde prestatie met dezelfde productreferentie; neem de waarde uit de declaratie over.',
    en: 'This value differs from the value in the declared prestatie with the same product reference; copy the value from the declaration.',
  },
  check(el, ctx) {
    if (el.parent?.parent?.parent?.parent?.local !== 'DeclaratieAntwoord') return;
    const a = leesPrestatie(el);
    const d = gedeclareerd(ctx, a);
    if (!d) return;
    for (const [naam, gelijk] of VELDEN) if (!gelijk(a, d)) ctx.report(op(el, naam));
  },
};
