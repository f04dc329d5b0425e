import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';

/**
 * TR304: the Bsn of a Client in a verzoek om wijziging (317), a declaratie (323) or a
 * declaratie-antwoord (325) is that of a client the gemeente allocated care to this aanbieder:
 * some toewijzing (301) between these parties named it. Reported on the Bsn (class Client).
 */
export const TR304: ContextRule = {
  id: 'TR304',
  retourcode: '8187',
  berichten: both('317', '323', '325'),
  on: ['Bsn'],
  description: {
    nl: 'Deze cliënt is onbekend: de gemeente heeft deze aanbieder voor dit BSN nooit een toewijzing gestuurd.',
    en: 'This client is unknown: the gemeente never sent this aanbieder a toewijzing for this BSN.',
  },
  reading:
    '"A Client" is read as a client of this gemeente and aanbieder, known from a toewijzing (301) between them: the 317 changes, the 323 declares and the 325 answers care allocated in a 301. ' +
    'Any version of any toewijzing that named the BSN counts, also one that has ended.',
  check(el, ctx) {
    if (el.parent?.local !== 'Client') return;
    if (ctx.store.toewijzingenVan(ctx.parties, el.text.trim()).length === 0) ctx.report(el);
  },
};
