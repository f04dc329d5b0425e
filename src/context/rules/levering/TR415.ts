import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';
import { tegenStaandeStops } from './stops.js';

/**
 * TR415: after a final stop nothing more is stopped: a StopProduct with StatusAanlevering 1 or 2 is
 * refused while a stop with a RedenBeeindiging other than 20 (tijdelijk beëindigd) stands for the
 * same Bsn, ToewijzingNummer and Begindatum (see `stops.ts`). Reported on the StopProduct.
 */
export const TR415: ContextRule = {
  id: 'TR415',
  retourcode: '9415',
  berichten: both('307'),
  on: ['StopProduct'],
  description: {
    nl: 'Deze levering is al definitief beëindigd (reden anders dan 20); er kan geen stop meer volgen. Verwijder eerst de eerdere stop.',
    en: 'This delivery has already been stopped for good (a reason other than 20); no further stop can follow. Remove the earlier stop first.',
  },
  reading:
    'Read as: no new stop while a non-temporary stop stands for the same start. A stop equal to the standing one is then both a duplicate (TR074) and this, and both are reported. ' +
    'A standing stop without RedenBeeindiging counts as final.',
  check(el, ctx) {
    tegenStaandeStops(ctx, el, (_line, earlier) => earlier.some((s) => s.redenBeeindiging !== '20'));
  },
};
