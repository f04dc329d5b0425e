import type { XmlElement } from '../../xml/scan.js';
import { child, inDocumentOrder } from '../../xml/query.js';
import { both } from '../kit.js';
import type { Rule } from '../types.js';
import { ingediendeBedragen, raw, saldoBedrag, xpathNumber } from './util.js';

/** Codes that do not count as a rejection of the whole DeclaratieAntwoord. */
const GEEN_AFKEUR = new Set(['0200', '8001']);

/** A total with its sign: TotaalBedrag, negative when DebetCredit is C. */
function signed(total: XmlElement | undefined): number {
  const n = xpathNumber(raw(total, 'TotaalBedrag'));
  return raw(total, 'DebetCredit') === 'C' ? -n : n;
}

/**
 * TR342: a declaratie-antwoord lists only the rejected Prestaties, so their sum (debet minus
 * credit) must equal TotaalIngediendBedrag minus TotaalToegekendBedrag (both signed). When the
 * DeclaratieAntwoord itself is rejected (a RetourCode other than 0200 or 8001), TotaalToegekendBedrag
 * must be 0. The finding names the totals concerned.
 */
export const TR342: Rule = {
  id: 'TR342',
  retourcode: '0001',
  berichten: both('325'),
  on: ['DeclaratieAntwoord'],
  description: {
    nl: 'Het verschil tussen het ingediende en het toegekende totaalbedrag moet gelijk zijn aan de som van de afgewezen prestaties (en het toegekende bedrag 0 bij afkeur van de hele declaratie); corrigeer de totalen.',
    en: 'The difference between the submitted and the granted total must equal the sum of the rejected prestaties (and the granted total must be 0 when the whole declaration is rejected); correct the totals.',
  },
  check(el, ctx) {
    const ingediend = ingediendeBedragen(ctx, el);
    const toegekend = child(el, 'TotaalToegekendBedrag');
    const totaalIngediend = child(el, 'TotaalIngediendBedrag');
    const afkeur = (child(el, 'RetourCodes')?.children ?? []).some((c) => c.local === 'RetourCode' && c.text !== '' && !GEEN_AFKEUR.has(c.text));
    if (!afkeur) {
      const afgewezen = saldoBedrag(ingediend);
      const verschil = signed(totaalIngediend) - signed(toegekend);
      const related = inDocumentOrder([toegekend, totaalIngediend]);
      if (String(afgewezen) !== String(verschil)) ctx.report(related[0] ?? el, related);
    } else if (signed(toegekend) !== 0 && toegekend) {
      ctx.report(toegekend);
    }
  },
};
