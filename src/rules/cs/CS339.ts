import { at, child } from '../../xml/query.js';
import { both } from '../kit.js';
import type { Rule } from '../types.js';
import { reportAll, xpathNumber } from './util.js';

/**
 * CS339 — a Prestatie in euro's (Eenheid 83) in a declaratie (323) declares its GeleverdVolume as the
 * amount: the stylesheet flags a GeleverdVolume that differs numerically from IngediendBedrag/Bedrag.
 */
export const CS339: Rule = {
  id: 'CS339',
  retourcode: '0001',
  berichten: both('323'),
  on: ['Prestatie'],
  description: {
    nl: 'Bij eenheid 83 (euro) moet GeleverdVolume gelijk zijn aan het ingediende bedrag.',
    en: 'With unit 83 (euro) GeleverdVolume must equal the amount submitted (IngediendBedrag).',
  },
  check(el, ctx) {
    if (child(el, 'Eenheid')?.text !== '83') return;
    const volume = child(el, 'GeleverdVolume');
    const bedrag = at(el, 'IngediendBedrag/Bedrag');
    if (!volume || !bedrag) return;
    const v = xpathNumber(volume.text);
    const b = xpathNumber(bedrag.text);
    if (v < b || b < v) reportAll(ctx, volume, [volume, bedrag]);
  },
};
