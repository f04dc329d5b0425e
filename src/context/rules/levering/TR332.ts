import { ancestor, child, value } from '../../../xml/query.js';
import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';

/**
 * TR332: a gemeente gives every ToegewezenProduct its own ToewijzingNummer within the standaard: a
 * 301 may send a new version of its own toewijzing (same number, same aanbieder, same client), but
 * not use a number the gemeente already gave a toewijzing for another aanbieder or another client.
 * Reported on the ToewijzingNummer. Within one message, a number used twice is level 2 (TR101).
 */
export const TR332: ContextRule = {
  id: 'TR332',
  retourcode: '9332',
  berichten: both('301'),
  on: ['ToegewezenProduct'],
  description: {
    nl: 'Dit toewijzingnummer heeft de gemeente al gebruikt voor een toewijzing aan een andere aanbieder of voor een andere cliënt; geef ieder toegewezen product een eigen nummer.',
    en: 'The gemeente already used this toewijzing number for a toewijzing to another aanbieder or for another client; give every allocated product a number of its own.',
  },
  reading:
    'A later 301 with the same ToewijzingNummer for the same aanbieder and client is a new version of the same ToegewezenProduct (that is how a toewijzing is changed), not a second product. ' +
    'The number is unique per gemeente within iJw or iWmo ("per wettelijk domein").',
  check(el, ctx) {
    const nummer = child(el, 'ToewijzingNummer');
    if (!nummer) return;
    const bsn = value(ancestor(el, 'Client'), 'Bsn') ?? '';
    const ander = ctx.store.toewijzingenVanGemeente(ctx.parties, nummer.text.trim()).some((t) => t.aanbieder !== ctx.parties.aanbieder || t.bsn !== bsn);
    if (ander) ctx.report(nummer);
  },
};
