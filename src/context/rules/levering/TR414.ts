import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';
import { tegenStaandeStops } from './stops.js';

/**
 * TR414: a further StopProduct for the same Bsn, ToewijzingNummer and Begindatum does not end
 * before the actual stop: its Einddatum is on or after the Einddatum of the stop that stands last
 * (see `stops.ts`). Reported on the StopProduct.
 */
export const TR414: ContextRule = {
  id: 'TR414',
  retourcode: '9414',
  berichten: both('307'),
  on: ['StopProduct'],
  description: {
    nl: 'Deze stop eindigt vóór de einddatum van de stop die al voor deze start geldt; de einddatum mag niet eerder liggen.',
    en: 'This stop ends before the end date of the stop already in force for this start; the end date may not be earlier.',
  },
  reading: '"The actual StopProduct" is read as the standing stop received last for the same start (removed stops do not count). StatusAanlevering 3 lines are not judged.',
  check(el, ctx) {
    tegenStaandeStops(ctx, el, (line, earlier) => {
      const actueel = earlier[earlier.length - 1]!;
      return line.einddatum !== undefined && actueel.einddatum !== undefined && line.einddatum < actueel.einddatum;
    });
  },
};
