import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';
import { isCredit, leesPrestatie, op, toewijzingVan, werkwijze } from './prestatie.js';
import { inMaat, maxVolumeInPeriode } from './volume.js';

/**
 * TR321: when the ToegewezenProduct has an Omvang, the GeleverdVolume of one Prestatie fits the
 * volume that Omvang allows over the prestatie's ProductPeriode (the part within the toewijzing):
 * per dag times the days, per week times the weeks of IV077 (calendar weeks when
 * inspanningsgericht, Sundays when outputgericht), per maand once for the month, and the whole
 * total when the Frequentie is "totaal". Minutes on a toewijzing in hours count as 1/60 hour.
 * Debet prestaties only (a credit lowers what was declared); a unit that does not fit is TR341's.
 * Reported on the GeleverdVolume.
 */
export const TR321: ContextRule = {
  id: 'TR321',
  retourcode: '9321',
  berichten: both('323'),
  on: ['Prestatie'],
  description: {
    nl: 'Het geleverde volume is groter dan de toegewezen omvang toestaat over de productperiode; declareer niet meer dan toegewezen.',
    en: 'The delivered volume exceeds what the allocated volume allows over the product period; do not declare more than allocated.',
  },
  check(el, ctx) {
    const p = leesPrestatie(el);
    if (isCredit(p) || !Number.isFinite(p.geleverdVolume)) return;
    const tw = toewijzingVan(ctx, p);
    if (!tw?.omvang) return;
    const { eenheid } = tw.omvang;
    const gedeclareerd = inMaat(eenheid, p.eenheid, p.geleverdVolume);
    if (gedeclareerd === undefined) return;
    const max = maxVolumeInPeriode({ ...tw, omvang: tw.omvang }, { begin: p.begindatum, eind: p.einddatum }, werkwijze(ctx, p, tw));
    if (gedeclareerd > (inMaat(eenheid, eenheid, max) ?? Infinity)) ctx.report(op(el, 'GeleverdVolume'));
  },
};
