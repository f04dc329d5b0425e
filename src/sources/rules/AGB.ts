import { CATALOGUE } from '../../catalogue/index.js';
import type { SourceRule } from '../types.js';

/**
 * bron.agb-onbekend (our own code; the standard has no rule for it) — the AGB code of the aanbieder in the
 * Header is one the AGB source knows. Runs only when the caller gives an AGB source (off by default).
 * The standard gives no retourcode, so a message with this finding is not answered (respond refuses it).
 */
export const AGB: SourceRule = {
  id: 'bron.agb-onbekend',
  retourcode: '',
  berichten: CATALOGUE.map((e) => e.bericht),
  on: ['Afzender', 'Ontvanger'],
  description: {
    nl: 'De AGB-code van de aanbieder is onbekend in het AGB-register dat is opgegeven.',
    en: 'The AGB code of the aanbieder is not known to the AGB register given.',
  },
  check(el, ctx) {
    const known = ctx.sources.agb;
    if (!known || el.parent?.local !== 'Header') return;
    if ((el.local === 'Afzender' ? ctx.entry.van : ctx.entry.naar) !== 'aanbieder') return;
    const ok = typeof known === 'function' ? known(el.text) : known.has(el.text);
    if (!ok) ctx.report(el);
  },
};
