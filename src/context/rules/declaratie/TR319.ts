import { both, value } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';
import { leesPrestatie, op } from './prestatie.js';

/**
 * TR319: a declaratie declares only prestaties of its own DeclaratiePeriode or of periods before it:
 * the ProductPeriode of every Prestatie ends on or before the Einddatum of the DeclaratiePeriode.
 * Reported on the ProductPeriode.
 */
export const TR319: ContextRule = {
  id: 'TR319',
  retourcode: '9319',
  berichten: both('323'),
  on: ['Prestatie'],
  description: {
    nl: 'Deze prestatie valt (deels) na de declaratieperiode; declareer alleen zorg uit deze of een eerdere declaratieperiode.',
    en: 'This prestatie lies (partly) after the declaration period; declare only care of this or an earlier declaration period.',
  },
  reading: '"Within the current or an earlier period" is read as: the ProductPeriode ends no later than the DeclaratiePeriode, so a correction of any earlier month is allowed.',
  check(el, ctx) {
    const declaratie = el.parent?.parent?.parent?.parent;
    if (declaratie?.local !== 'Declaratie') return;
    const eind = value(declaratie, 'DeclaratiePeriode/Einddatum');
    const p = leesPrestatie(el);
    if (eind !== undefined && p.einddatum > eind) ctx.report(op(el, 'ProductPeriode'));
  },
};
