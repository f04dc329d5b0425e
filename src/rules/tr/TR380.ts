import { inDocumentOrder } from '../../xml/query.js';
import { both } from '../kit.js';
import type { Rule } from '../types.js';
import { dagtekening } from './util.js';

/**
 * TR380: the GewensteIngangsdatum of a NieuwProduct lies after the Dagtekening of the message
 * (strictly). The finding names the Dagtekening and the GewensteIngangsdatum.
 */
export const TR380: Rule = {
  id: 'TR380',
  retourcode: '0001',
  berichten: both('317'),
  on: ['GewensteIngangsdatum'],
  description: {
    nl: 'De gewenste ingangsdatum van een nieuw product moet na de dagtekening van het bericht liggen.',
    en: 'The requested start date of a new product must lie after the date of the message.',
  },
  check(el, ctx) {
    if (el.parent?.local !== 'NieuwProduct') return;
    const dag = dagtekening(ctx, el);
    const d = (e: { text: string }): string => e.text.trim().slice(0, 10).replace(/-/g, '');
    if (dag && d(dag) < d(el)) return;
    ctx.report(el, inDocumentOrder([dag, el]));
  },
};
