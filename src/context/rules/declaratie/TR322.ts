import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';
import { werkwijze } from './prestatie.js';
import { checkSom } from './som.js';
import { inMaat, maxVolumeToewijzing } from './volume.js';

/**
 * TR322: when the ToegewezenProduct has an Omvang, everything declared on it together fits the
 * volume the Omvang allows over the whole duration of the toewijzing (IV077 step 4: per week the
 * weeks of the whole toewijzing, so broken weeks at month ends are not counted twice). The total is
 * the store's prestaties on the toewijzing (credits subtracted, rejected ones left out) with this
 * message's credits and then its debets in document order (see som.ts); minutes count as 1/60 hour
 * on a toewijzing in hours. Not checked when the duration is open (no Einddatum, per dag or maand).
 * Reported on the GeleverdVolume of each debet prestatie that brings the total above the maximum.
 */
export const TR322: ContextRule = {
  id: 'TR322',
  retourcode: '9322',
  berichten: both('323'),
  on: ['Declaratie'],
  description: {
    nl: 'Met deze prestatie komt het totaal gedeclareerde volume op de toewijzing boven wat over de hele looptijd is toegewezen.',
    en: 'With this prestatie the total volume declared on the toewijzing exceeds what was allocated over its whole duration.',
  },
  check(el, ctx) {
    checkSom(el, ctx, {
      reportOn: 'GeleverdVolume',
      maximum(tw, eerste) {
        if (!tw.omvang) return undefined;
        return inMaat(tw.omvang.eenheid, tw.omvang.eenheid, maxVolumeToewijzing({ ...tw, omvang: tw.omvang }, werkwijze(ctx, eerste, tw)));
      },
      bijdrage(tw, p) {
        return tw.omvang && Number.isFinite(p.geleverdVolume) ? inMaat(tw.omvang.eenheid, p.eenheid, p.geleverdVolume) : undefined;
      },
    });
  },
};
