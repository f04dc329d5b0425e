import { children } from '../../xml/query.js';
import { both } from '../kit.js';
import type { Rule } from '../types.js';
import { HULPMIDDELEN } from './TR302.js';
import { overlappingPairs, reportPairs } from './util.js';

/**
 * TR386: a product may occur more than once in a verzoek om toewijzing only when the requested
 * periods (ToewijzingIngangsdatum to ToewijzingEinddatum) do not overlap. Same product as in TR302
 * (a line without Code matches its whole category, a line without Product matches everything);
 * iWmo leaves hulpmiddelen (categories 11-14) out. The finding names both AangevraagdProducten.
 */
export const TR386: Rule = {
  id: 'TR386',
  retourcode: '0001',
  berichten: both('315'),
  on: ['AangevraagdeProducten'],
  stylesheetContext: 'child',
  description: {
    nl: 'Deze twee aangevraagde producten betreffen hetzelfde product (of dezelfde categorie zonder productcode) met overlappende periodes; vraag ze aan voor periodes die elkaar niet overlappen.',
    en: 'These two requested products concern the same product (or the same category without a product code) with overlapping periods; request them for periods that do not overlap.',
  },
  check(el, ctx) {
    const pairs = overlappingPairs(children(el, 'AangevraagdProduct'), {
      startField: 'ToewijzingIngangsdatum',
      endField: 'ToewijzingEinddatum',
      ...(ctx.entry.standaard === 'iWmo' ? { exemptCategories: HULPMIDDELEN } : {}),
    });
    reportPairs(ctx, pairs);
  },
};
