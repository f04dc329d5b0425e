import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';
import { tegenStaandeStops } from './stops.js';

/** RedenBeeindiging 20: levering tijdelijk beëindigd. */
const TIJDELIJK = '20';

/**
 * TR413: a start is stopped temporarily (RedenBeeindiging 20) at most once: a StopProduct with
 * StatusAanlevering 1 or 2 and RedenBeeindiging 20 is refused while a stop with reden 20 stands for
 * the same Bsn, ToewijzingNummer and Begindatum (see `stops.ts`). Reported on the StopProduct.
 */
export const TR413: ContextRule = {
  id: 'TR413',
  retourcode: '9413',
  berichten: both('307'),
  on: ['StopProduct'],
  description: {
    nl: 'Deze levering is al tijdelijk beëindigd; een volgende stop heeft een andere reden dan 20 (tijdelijk beëindigd).',
    en: 'This delivery has already been stopped temporarily; a next stop has a reason other than 20 (temporarily stopped).',
  },
  reading: 'A stop counts while it stands: a stop removed since (StatusAanlevering 3, also in this message) does not; a stop earlier in the same message does.',
  check(el, ctx) {
    tegenStaandeStops(ctx, el, (line, earlier) => line.redenBeeindiging === TIJDELIJK && earlier.some((s) => s.redenBeeindiging === TIJDELIJK));
  },
};
