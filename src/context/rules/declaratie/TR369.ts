import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';
import { checkSom } from './som.js';

/**
 * TR369: when the ToegewezenProduct has a Budget, everything declared on it together stays within
 * that Budget. The rule text sums GeleverdVolume, but a Budget is an amount in eurocent (IV024) and
 * is only given without an Omvang (CD077/CD078), so the prestaties on it carry whatever unit the
 * contract sets (hours, minutes, stuks): their volumes cannot be compared with an amount, and where
 * they can (Eenheid 83) the volume equals the amount (CS339). So the sum taken is that of the
 * IngediendBedrag, in eurocent. The total is the store's prestaties on the toewijzing (credits
 * subtracted, rejected ones left out) with this message's credits and then its debets in document
 * order (see som.ts). Reported on the IngediendBedrag of each debet prestatie that brings the
 * total above the Budget.
 */
export const TR369: ContextRule = {
  id: 'TR369',
  retourcode: '9369',
  berichten: both('323'),
  on: ['Declaratie'],
  description: {
    nl: 'Met deze prestatie komt het totaal gedeclareerde bedrag op de toewijzing boven het toegewezen budget.',
    en: 'With this prestatie the total amount declared on the toewijzing exceeds the allocated budget.',
  },
  check(el, ctx) {
    checkSom(el, ctx, {
      reportOn: 'IngediendBedrag',
      maximum: (tw) => tw.budget,
      bijdrage: (_tw, p) => (Number.isFinite(p.bedrag) ? p.bedrag : undefined),
    });
  },
};
