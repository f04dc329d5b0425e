import { child } from '../../../xml/query.js';
import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';

/**
 * TR379: a ReferentieAanbieder on a ToegewezenProduct (301) is that of a verzoek om toewijzing (315)
 * or verzoek om wijziging (317) this aanbieder sent this gemeente, and one the gemeente honours: not
 * one it rejected with a 319 (VerzoekAntwoord 1). Reported on the ReferentieAanbieder.
 */
export const TR379: ContextRule = {
  id: 'TR379',
  retourcode: '9379',
  berichten: both('301'),
  on: ['ToegewezenProduct'],
  description: {
    nl: 'Deze ReferentieAanbieder hoort niet bij een ontvangen en niet afgewezen verzoek; vul alleen de referentie in van het verzoek dat deze toewijzing honoreert.',
    en: 'This ReferentieAanbieder belongs to no request received and not rejected; give only the reference of the request this toewijzing honours.',
  },
  reading:
    'Only the part that the history can prove is judged: a ReferentieAanbieder that is filled must name a request (315/317) of this aanbieder to this gemeente that was not rejected. ' +
    'Whether a toewijzing without one honours a request cannot be told from the messages, and a later version repeating the reference is not refused.',
  check(el, ctx) {
    const ref = child(el, 'ReferentieAanbieder');
    if (!ref) return;
    const v = ref.text.trim();
    const bekend = ctx.store.verzoeken(ctx.parties, v).length > 0;
    const afgewezen = ctx.store.antwoorden(ctx.parties, v).some((a) => a.verzoekAntwoord === '1');
    if (!bekend || afgewezen) ctx.report(ref);
  },
};
