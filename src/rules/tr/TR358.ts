import { child, inDocumentOrder, value } from '../../xml/query.js';
import { both } from '../kit.js';
import type { Rule } from '../types.js';
import { ingediendeBedragen, saldoBedrag } from './util.js';

/** An integer written as the stylesheet writes it (no leading zeros, '-' for negatives, '' for NaN). */
function asText(n: number): string {
  if (Number.isNaN(n)) return '';
  return n < 0 ? `-${Math.abs(n)}` : String(n);
}

/**
 * TR358: TotaalBedrag of TotaalIngediendBedrag equals the sum of the Bedragen of all Prestaties,
 * debet added and credit subtracted, with DebetCredit D for a positive and C for a negative sum.
 * The stylesheet compares the TotaalBedrag as text with the computed number, so an otherwise valid
 * leading zero fails. The finding names TotaalBedrag, DebetCredit and every IngediendBedrag. One
 * pass over the Prestaties.
 */
export const TR358: Rule = {
  id: 'TR358',
  retourcode: '0001',
  berichten: both('323'),
  on: ['TotaalIngediendBedrag'],
  description: {
    nl: 'Het totaal ingediende bedrag is niet gelijk aan de som van de ingediende bedragen van de prestaties (debet min credit); vul het juiste totaal in, zonder voorloopnullen.',
    en: 'The total submitted amount does not equal the sum of the submitted amounts of the prestaties (debit minus credit); give the right total, without leading zeros.',
  },
  check(el, ctx) {
    const declaratie = el.parent;
    if (declaratie?.local !== 'Declaratie') return;
    const ingediend = ingediendeBedragen(ctx, declaratie);
    const som = saldoBedrag(ingediend);
    const dc = value(el, 'DebetCredit');
    const totaal = child(el, 'TotaalBedrag');
    const verwacht = dc === 'D' ? asText(som) : dc === 'C' ? asText(0 - som) : undefined;
    if (verwacht === undefined || (totaal && value(totaal) === verwacht)) return;
    if (!totaal && verwacht === '') return;
    ctx.report(totaal ?? el, inDocumentOrder([totaal, child(el, 'DebetCredit'), ...ingediend]));
  },
};
