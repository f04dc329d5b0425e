import { at, child } from '../../xml/query.js';
import { both } from '../../rules/kit.js';
import { contractTarieven, EUROS, intOf, MINUUT, UUR } from '../tarief.js';
import type { SourceRule } from '../types.js';

/**
 * TR346 — outside eenheid 83 (euro's) the IngediendBedrag of a Prestatie is GeleverdVolume × ProductTarief;
 * when the contract agrees an hourly tarief and the Prestatie is declared in minutes (and the contract has
 * no tarief per minute), it is contractual hourly tarief × minutes / 60, rounded half up to whole cents
 * (IV081). Which of the two applies depends on the contract, so the rule is judged only for a product
 * the contract gives a tarief for.
 */
export const TR346: SourceRule = {
  id: 'TR346',
  retourcode: '9346',
  berichten: both('323'),
  on: ['Prestatie'],
  description: {
    nl: 'Buiten eenheid 83 moet het ingediende bedrag gelijk zijn aan volume maal tarief (bij een uurtarief en declaratie in minuten: uurtarief maal minuten gedeeld door 60, afgerond op centen).',
    en: 'Outside unit 83 the amount submitted must equal volume times tarief (with an hourly tarief declared in minutes: hourly tarief times minutes divided by 60, rounded to cents).',
  },
  check(el, ctx) {
    const eenheid = child(el, 'Eenheid')?.text;
    if (eenheid === undefined || eenheid === EUROS) return;
    const volume = intOf(child(el, 'GeleverdVolume')?.text);
    const tarief = intOf(child(el, 'ProductTarief')?.text);
    const ingediendEl = at(el, 'IngediendBedrag/Bedrag');
    const ingediend = intOf(ingediendEl?.text);
    if (volume === undefined || tarief === undefined || ingediend === undefined || !ingediendEl) return;
    const contract = contractTarieven(ctx, el);
    if (contract.length === 0) return;
    const perUur = eenheid === MINUUT && !contract.some((t) => t.eenheid === MINUUT) ? contract.filter((t) => t.eenheid === UUR) : [];
    const expected = perUur.length ? perUur.map((t) => (BigInt(t.bedrag) * volume + 30n) / 60n) : [volume * tarief];
    if (!expected.includes(ingediend)) ctx.report(ingediendEl);
  },
};
