import { children } from '../../xml/query.js';
import { both } from '../kit.js';
import type { Rule } from '../types.js';
import { HULPMIDDELEN } from './TR302.js';
import { overlappingPairs, reportPairs } from './util.js';

/**
 * TR410: a product may occur more than once among the NieuweProducten of a verzoek om wijziging
 * only when the periods (GewensteIngangsdatum to Einddatum) do not overlap. Same product as in
 * TR302; iWmo leaves hulpmiddelen (categories 11-14) out. The finding names both NieuweProducten.
 */
export const TR410: Rule = {
  id: 'TR410',
  retourcode: '0001',
  berichten: both('317'),
  on: ['NieuweProducten'],
  description: {
    nl: 'Deze twee nieuwe producten betreffen hetzelfde product (of dezelfde categorie zonder productcode) met overlappende periodes; vraag ze aan voor periodes die elkaar niet overlappen.',
    en: 'These two new products concern the same product (or the same category without a product code) with overlapping periods; request them for periods that do not overlap.',
  },
  check(el, ctx) {
    const pairs = overlappingPairs(children(el, 'NieuwProduct'), {
      startField: 'Ingangsdatum',
      endField: 'Einddatum',
      ...(ctx.entry.standaard === 'iWmo' ? { exemptCategories: HULPMIDDELEN } : {}),
    });
    reportPairs(ctx, pairs);
  },
};
