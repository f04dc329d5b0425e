import { both } from '../../rules/kit.js';
import type { SourceRule } from '../types.js';

/**
 * TR378 — a gemeentecode (the gemeente in the Header, and the gemeente of the woonplaatsbeginsel in an
 * antwoordbericht) is a CBS gemeentecode that was current on the dates of the message: its dagtekening
 * or one of the begin dates of its products (Ingangsdatum, ToewijzingIngangsdatum, Begindatum, …). So a
 * gemeente that disappeared in a herindeling is accepted for the products that began while it existed.
 */
export const TR378: SourceRule = {
  id: 'TR378',
  retourcode: 'S300',
  berichten: both('301', '305', '307', '315', '317', '319', '323', '325'),
  on: ['Afzender', 'Ontvanger', 'Gemeente'],
  description: {
    nl: 'De gemeentecode moet in de CBS-lijst staan die gold op de dagtekening of de ingangsdatum van het product.',
    en: 'The gemeente code must be in the CBS list that was current on the dagtekening or the start date of the product.',
  },
  check(el, ctx) {
    const parent = el.parent?.local;
    if (el.local === 'Gemeente') {
      if (parent !== 'Woonplaatsbeginsel') return;
    } else if (parent !== 'Header' || (el.local === 'Afzender' ? ctx.entry.van : ctx.entry.naar) !== 'gemeente') return;
    const code = el.text;
    const list = ctx.sources.gemeenten;
    if (list.isCurrent(code, ctx.dagtekening)) return;
    if (ctx.referenceDates().some((d) => list.isCurrent(code, d))) return;
    ctx.report(el);
  },
};
