import { formatISO, parseISO, subMonths } from 'date-fns';
import { ancestor, child, inDocumentOrder, value } from '../../xml/query.js';
import { both } from '../kit.js';
import type { Rule } from '../types.js';

/**
 * TR335: the Einddatum of the ProductPeriode of a Prestatie may not lie more than 60 months before
 * the DeclaratieDagtekening (the limit is that date minus 60 months, the day clipped to the end of
 * a shorter month). The finding names the DeclaratieDagtekening and the Einddatum.
 */
/** The earliest end date still declarable on a dagtekening: 60 months before it (one date per message, cached). */
const grenzen = new Map<string, string>();
function grensVoor(dag: string): string {
  let g = grenzen.get(dag);
  if (g === undefined) {
    if (grenzen.size > 1000) grenzen.clear();
    grenzen.set(dag, (g = formatISO(subMonths(parseISO(dag), 60), { representation: 'date' })));
  }
  return g;
}

export const TR335: Rule = {
  id: 'TR335',
  retourcode: '0001',
  berichten: both('323'),
  on: ['Einddatum'],
  description: {
    nl: 'Deze prestatie eindigt meer dan 5 jaar (60 maanden) voor de dagtekening van de declaratie en mag niet meer gedeclareerd worden.',
    en: 'This prestatie ended more than 5 years (60 months) before the declaration date and may no longer be declared.',
  },
  check(el, ctx) {
    if (el.parent?.local !== 'ProductPeriode' || el.parent.parent?.local !== 'Prestatie') return;
    const declaratie = ancestor(el, 'Declaratie');
    const dagtekening = child(declaratie, 'DeclaratieDagtekening');
    const dag = value(dagtekening);
    const eind = value(el);
    if (!dagtekening || !dag || !eind) return;
    const grens = grensVoor(dag.slice(0, 10));
    if (eind < grens) ctx.report(el, inDocumentOrder([dagtekening, el]));
  },
};
