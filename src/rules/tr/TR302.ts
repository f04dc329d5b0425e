import type { XmlElement } from '../../xml/scan.js';
import { children } from '../../xml/query.js';
import { both } from '../kit.js';
import type { Rule } from '../types.js';
import { normalizeSpace, overlappingPairs, raw, reportPairs } from './util.js';

/** iWmo: hulpmiddelen (categories 11-14) may overlap. */
export const HULPMIDDELEN: ReadonlySet<string> = new Set(['11', '12', '13', '14']);

/** A removed toewijzing (RedenWijziging 01 or 13 with Einddatum equal to Ingangsdatum) does not count. */
function verwijderd(el: XmlElement): boolean {
  const reden = raw(el, 'RedenWijziging');
  if (reden !== '01' && reden !== '13') return false;
  const eind = raw(el, 'Einddatum');
  if (normalizeSpace(eind) === '') return false;
  return (raw(el, 'Ingangsdatum') ?? '').replace(/-/g, '') === (eind ?? '').replace(/-/g, '');
}

/**
 * TR302: a product may occur more than once in a toewijzing only when the periods do not overlap.
 * Two ToegewezenProducten concern the same product when their Categorie matches and their Codes
 * match or one of them has no Code; one without Product concerns every product. Removed
 * toewijzingen are left out, and in iWmo so are hulpmiddelen (categories 11-14). The finding names
 * both ToegewezenProducten. Linear-logarithmic: see `overlappingPairs`.
 */
export const TR302: Rule = {
  id: 'TR302',
  retourcode: '0001',
  berichten: both('301'),
  on: ['ToegewezenProducten'],
  stylesheetContext: 'child',
  description: {
    nl: 'Deze twee toegewezen producten betreffen hetzelfde product (of dezelfde categorie zonder productcode) met overlappende periodes; laat de periodes aansluiten zonder overlap.',
    en: 'These two assigned products concern the same product (or the same category without a product code) with overlapping periods; make the periods follow each other without overlap.',
  },
  check(el, ctx) {
    const pairs = overlappingPairs(children(el, 'ToegewezenProduct'), {
      startField: 'Ingangsdatum',
      endField: 'Einddatum',
      ignore: verwijderd,
      ...(ctx.entry.standaard === 'iWmo' ? { exemptCategories: HULPMIDDELEN } : {}),
    });
    reportPairs(ctx, pairs);
  },
};
