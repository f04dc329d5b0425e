import { child } from '../../../xml/query.js';
import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';
import { teWijzigenToewijzing } from './wijziging.js';

/**
 * TR357: a change that does not start in the future covers the whole toewijzing: a
 * GewensteIngangsdatum on or before the Dagtekening of the 317 equals the Ingangsdatum of the
 * toewijzing being changed. Reported on the GewensteIngangsdatum.
 */
export const TR357: ContextRule = {
  id: 'TR357',
  retourcode: '9357',
  berichten: both('317'),
  on: ['TeWijzigenProduct'],
  description: {
    nl: 'Een wijziging die niet in de toekomst ingaat, geldt voor de hele toewijzing: vul als gewenste ingangsdatum de ingangsdatum van de toewijzing in.',
    en: 'A change that does not start in the future applies to the whole toewijzing: give the Ingangsdatum of the toewijzing as the desired start date.',
  },
  reading: '"The original ToegewezenProduct" is read as the current version of the toewijzing with the ToewijzingNummer (its Ingangsdatum).',
  check(el, ctx) {
    const gewenst = child(el, 'GewensteIngangsdatum');
    const t = teWijzigenToewijzing(ctx, el);
    if (!gewenst || !t) return;
    const datum = gewenst.text.trim();
    if (datum <= ctx.dagtekening && datum !== t.ingangsdatum) ctx.report(gewenst);
  },
};
