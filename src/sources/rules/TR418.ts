import { child } from '../../xml/query.js';
import { both } from '../../rules/kit.js';
import { contractTarieven, EUROS, intOf, MINUUT, perMinute, UUR } from '../tarief.js';
import type { SourceRule } from '../types.js';

/**
 * TR418 — the ProductTarief of a Prestatie is the contractual tarief of its product in the Prestatie's
 * eenheid, valid on the first day of the ProductPeriode; an hourly tarief declared in minutes is the
 * hourly amount divided by 60, rounded half up to whole cents (IV081). Only judged when the contract
 * gives a tarief for the product; a product with tarieven in other eenheden only is a mismatch.
 */
export const TR418: SourceRule = {
  id: 'TR418',
  retourcode: '0611',
  berichten: both('323'),
  on: ['Prestatie'],
  description: {
    nl: 'Het ProductTarief in de prestatie moet gelijk zijn aan het tarief dat in het contract voor de productcode is afgesproken.',
    en: 'The ProductTarief of the prestatie must equal the tarief the contract agrees for the product code.',
  },
  check(el, ctx) {
    const tarief = child(el, 'ProductTarief');
    const eenheid = child(el, 'Eenheid')?.text;
    const bedrag = intOf(tarief?.text);
    if (!tarief || bedrag === undefined || eenheid === EUROS) return;
    const contract = contractTarieven(ctx, el);
    if (contract.length === 0) return;
    const same = contract.filter((t) => t.eenheid === eenheid).map((t) => BigInt(t.bedrag));
    const expected = same.length ? same : eenheid === MINUUT ? contract.filter((t) => t.eenheid === UUR).map((t) => perMinute(BigInt(t.bedrag))) : [];
    if (!expected.includes(bedrag)) ctx.report(tarief);
  },
};
