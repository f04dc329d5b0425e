import { both } from '../../../rules/kit.js';
import type { XmlElement } from '../../../xml/scan.js';
import type { ContextRule } from '../../types.js';
import { leesPrestatie, op } from './prestatie.js';

/**
 * TR314: the ReferentieNummer of a Prestatie is used only once by the aanbieder within the
 * standaard (iJw or iWmo), whatever the gemeente: not by a prestatie accepted before (store), and
 * not by an earlier prestatie of this message (kept per message run). Reported on the
 * ReferentieNummer; a repeat within the message names both.
 */
export const TR314: ContextRule = {
  id: 'TR314',
  retourcode: '8021',
  berichten: both('323'),
  on: ['Prestatie'],
  description: {
    nl: 'Dit referentienummer is al gebruikt voor een andere prestatie van deze aanbieder; geef iedere prestatie een nieuw referentienummer.',
    en: 'This reference number was used for another prestatie of this aanbieder already; give every prestatie a new reference number.',
  },
  check(el, ctx) {
    const p = leesPrestatie(el);
    const nummer = op(el, 'ProductReferentie/ReferentieNummer');
    const gezien = ctx.memo('referenties', () => new Map<string, XmlElement>());
    const eerder = gezien.get(p.referentieNummer);
    if (eerder) ctx.report(nummer, [eerder, nummer]);
    else gezien.set(p.referentieNummer, nummer);
    if (ctx.store.prestatie(ctx.parties, p.referentieNummer)) ctx.report(nummer);
  },
};
