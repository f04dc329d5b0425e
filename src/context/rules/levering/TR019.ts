import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';
import { lineOf, removes } from './leveringen.js';

/**
 * TR019: under an inspannings- or outputgerichte werkwijze a StartProduct (305) or StopProduct (307)
 * names, by its ToewijzingNummer, a toewijzing the gemeente sent this aanbieder for this client.
 *
 * - The werkwijze comes from the uitvoeringsvariant of the line's product; without one the standard's
 *   default (inspannings- or outputgericht) applies.
 * - Taakgericht, profile istandaard: there is no toewijzing (IV096), so the rule does not apply.
 * - Taakgericht, profile sap: the SAP does work with toewijzingen, so a ToewijzingNummer that is
 *   given must name one; a missing number is left to the variant level.
 * - A line with StatusAanlevering 3 only removes an earlier line and is not checked further (TR063).
 */
export const TR019: ContextRule = {
  id: 'TR019',
  retourcode: '9019',
  berichten: both('305', '307'),
  on: ['StartProduct', 'StopProduct'],
  description: {
    nl: 'Deze start of stop hoort bij geen enkele toewijzing van deze cliënt: vul het ToewijzingNummer van een ontvangen toewijzing in.',
    en: 'This start or stop belongs to no toewijzing of this client: fill in the ToewijzingNummer of a toewijzing that was received.',
  },
  check(el, ctx) {
    const line = lineOf(el);
    if (removes(line)) return;
    const mode = ctx.werkwijze({ categorie: line.categorie, code: line.code });
    if (mode === 'taakgericht-istandaard') return;
    if (mode === 'taakgericht-sap' && line.toewijzingNummer === undefined) return;
    const toewijzing = line.toewijzingNummer === undefined ? undefined : ctx.store.toewijzing(ctx.parties, line.toewijzingNummer);
    if (toewijzing?.bsn !== line.bsn) ctx.report(el);
  },
};
