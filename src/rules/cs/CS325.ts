import { child } from '../../xml/query.js';
import { both } from '../kit.js';
import type { Rule } from '../types.js';
import { norm, reportAll, xpathNumber } from './util.js';

/** Amount classes the stylesheet checks, with the name of the element holding the amount. */
const AMOUNT_OF: Readonly<Record<string, string>> = {
  DeclaratieFactuurTotaalBedrag: 'TotaalBedrag',
  BtwTotaalBedrag: 'TotaalBedrag',
  IngediendTotaalBedrag: 'TotaalBedrag',
  ToegekendTotaalBedrag: 'TotaalBedrag',
  TotaalIngediendBedrag: 'TotaalBedrag',
  TotaalToegekendBedrag: 'TotaalBedrag',
  BerekendBedrag: 'Bedrag',
  BtwBedrag: 'Bedrag',
  DeclaratieFactuurBedrag: 'Bedrag',
  GemeenteBerekendBedrag: 'Bedrag',
  ToegekendBedrag: 'Bedrag',
  IngediendBedrag: 'Bedrag',
};

/** AMOUNT_OF as a map: looked up by element names read from the message. */
const AMOUNT_FIELD: ReadonlyMap<string, string> = new Map(Object.entries(AMOUNT_OF));

/**
 * CS325 — an amount of zero is always debet. The stylesheet checks every amount class with a
 * DebetCredit (IngediendBedrag, TotaalIngediendBedrag, TotaalToegekendBedrag, …): a (Totaal)Bedrag
 * that is numerically 0 may not carry DebetCredit C.
 */
export const CS325: Rule = {
  id: 'CS325',
  retourcode: '0001',
  berichten: both('323', '325'),
  on: Object.keys(AMOUNT_OF),
  description: {
    nl: 'Een bedrag van 0 is altijd debet: vul DebetCredit met D in plaats van C.',
    en: 'An amount of 0 is always a debit: fill DebetCredit with D instead of C.',
  },
  check(el, ctx) {
    const bedrag = child(el, AMOUNT_FIELD.get(el.local) ?? '');
    if (!bedrag || xpathNumber(bedrag.text) !== 0) return;
    const debetCredit = child(el, 'DebetCredit');
    const dc = norm(debetCredit);
    if (dc === 'C' || dc === 'c') reportAll(ctx, bedrag, [bedrag, debetCredit]);
  },
};
