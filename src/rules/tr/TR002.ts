import { addYears, formatISO, parseISO } from 'date-fns';
import { inDocumentOrder, value } from '../../xml/query.js';
import { both } from '../kit.js';
import type { Rule } from '../types.js';
import { dagtekening, raw } from './util.js';

/**
 * TR002: a Geboortedatum may lie at most 120 years before the Dagtekening of the message. The
 * stylesheet checks every Geboortedatum/Datum and skips the "unknown" birth date (DatumGebruik 3
 * with 1900-01-01); the finding names the Dagtekening and the Datum.
 */
export const TR002: Rule = {
  id: 'TR002',
  retourcode: '0001',
  berichten: both('301', '302', '305', '306', '307', '308', '315', '316'),
  on: ['Datum'],
  description: {
    nl: 'De geboortedatum ligt meer dan 120 jaar voor de dagtekening van het bericht; controleer de datum of geef een onbekende geboortedatum aan met DatumGebruik 3 en 1900-01-01.',
    en: 'The birth date lies more than 120 years before the message date; check it, or mark an unknown birth date with DatumGebruik 3 and 1900-01-01.',
  },
  check(el, ctx) {
    const parent = el.parent;
    if (!parent || parent.local !== 'Geboortedatum' || el.ns !== ctx.entry.basisNamespace) return;
    // The "unknown" birth date is recognised on the text as written.
    if (raw(parent, 'DatumGebruik') === '3' && el.text === '1900-01-01') return;
    const datum = value(el) ?? '';
    const dag = dagtekening(ctx, el);
    if (!dag || !/^\d{4}-\d{2}-\d{2}$/.test(datum)) return;
    const limit = formatISO(addYears(parseISO(datum), 120), { representation: 'date' });
    if (limit < dag.text.trim().slice(0, 10)) ctx.report(el, inDocumentOrder([dag, el]));
  },
};
