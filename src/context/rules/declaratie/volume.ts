/**
 * Volume arithmetic of controleniveau 3 (TR321, TR322; invulinstructies IV076, IV077, IV081):
 * how much of a toegewezen Omvang (Volume per Eenheid and Frequentie) may be declared over a period.
 *
 * Dates are ISO `YYYY-MM-DD` (schema-valid input) and are handled as whole days since 1970-01-01,
 * so no time zone or daylight saving time can shift a day. Periods are closed: both ends count.
 *
 * Frequentie (WMO757): 1 per dag, 2 per week, 4 per maand, 6 totaal binnen geldigheidsduur.
 * Per week the werkwijze decides (IV076/IV077):
 * - inspanningsgericht: the number of calendar weeks (Monday to Sunday) the period touches, a broken
 *   week counting as a whole one; in iWmo a toewijzing of categorie 01 (huishoudelijke hulp) may use
 *   six weeks in every productperiode, whatever its length;
 * - outputgericht: the number of Sundays in the period; a toewijzing that does not end on a Sunday
 *   adds its last, broken week to the period holding its last Sunday (or, without any Sunday, to the
 *   period holding its Einddatum).
 */
import type { Standaard } from '../../../catalogue/index.js';
import type { Omvang } from '../../facts.js';

export type Werkwijze = 'inspanningsgericht' | 'outputgericht';

/** A closed period of ISO dates; `eind` undefined means open-ended. */
export interface Periode {
  readonly begin: string;
  readonly eind?: string;
}

/** What the arithmetic needs of a toewijzing. */
export interface ToegewezenOmvang {
  readonly standaard: Standaard;
  readonly categorie?: string;
  readonly ingangsdatum: string;
  readonly einddatum?: string;
  readonly omvang: Omvang;
}

export const EENHEID = { minuut: '01', uur: '04', etmaal: '14', dagdeel: '16', stuksOutput: '82', euro: '83', stuksInspanning: '84' } as const;
export const FREQUENTIE = { dag: '1', week: '2', maand: '4', totaal: '6' } as const;

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 (a Thursday) of an ISO date. */
export function dayNumber(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** The ISO date of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Index of the Monday-to-Sunday week a day falls in (day 0, a Thursday, is in week 0). */
const weekIndex = (day: number): number => Math.floor((day + 3) / 7);
/** Sundays on or before a day, counted from an arbitrary origin (day 3 is a Sunday). */
const sundaysUpTo = (day: number): number => Math.floor((day + 4) / 7);
const isSunday = (day: number): boolean => ((day + 4) % 7 + 7) % 7 === 0;

/** Number of days in a closed period (0 when it is empty). */
export function dagen(begin: string, eind: string): number {
  return Math.max(0, dayNumber(eind) - dayNumber(begin) + 1);
}

/** Number of calendar weeks (Monday to Sunday) a closed period touches; broken weeks count whole. */
export function kalenderweken(begin: string, eind: string): number {
  const b = dayNumber(begin);
  const e = dayNumber(eind);
  return e < b ? 0 : weekIndex(e) - weekIndex(b) + 1;
}

/** Number of Sundays in a closed period. */
export function zondagen(begin: string, eind: string): number {
  const b = dayNumber(begin);
  const e = dayNumber(eind);
  return e < b ? 0 : sundaysUpTo(e) - sundaysUpTo(b - 1);
}

/** Number of calendar months a closed period touches. */
export function kalendermaanden(begin: string, eind: string): number {
  if (eind < begin) return 0;
  const months = (iso: string): number => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7));
  return months(eind) - months(begin) + 1;
}

/**
 * The day that carries the last, broken week of an outputgerichte toewijzing per week: its last
 * Sunday, or its Einddatum when it holds no Sunday. Undefined when it ends on a Sunday or is open.
 */
export function gebrokenLaatsteWeek(ingangsdatum: string, einddatum: string | undefined): string | undefined {
  if (einddatum === undefined) return undefined;
  const e = dayNumber(einddatum);
  if (isSunday(e)) return undefined;
  const lastSunday = e - ((((e + 4) % 7) + 7) % 7);
  return lastSunday >= dayNumber(ingangsdatum) ? isoOfDay(lastSunday) : einddatum;
}

/** The part of a period that lies within the toewijzing; undefined when they do not overlap. */
export function binnenToewijzing(tw: ToegewezenOmvang, periode: Required<Periode>): Required<Periode> | undefined {
  const begin = periode.begin > tw.ingangsdatum ? periode.begin : tw.ingangsdatum;
  const eind = tw.einddatum !== undefined && tw.einddatum < periode.eind ? tw.einddatum : periode.eind;
  return begin <= eind ? { begin, eind } : undefined;
}

/** Number of weeks of a period that a per-week Omvang allows (IV076/IV077); `periode` lies within the toewijzing. */
function weken(tw: ToegewezenOmvang, periode: Required<Periode>, werkwijze: Werkwijze): number {
  if (werkwijze === 'inspanningsgericht') return kalenderweken(periode.begin, periode.eind);
  const extra = gebrokenLaatsteWeek(tw.ingangsdatum, tw.einddatum);
  const plus = extra !== undefined && extra >= periode.begin && extra <= periode.eind ? 1 : 0;
  return zondagen(periode.begin, periode.eind) + plus;
}

/** True when iWmo's fixed six weeks per productperiode apply (huishoudelijke hulp, inspanningsgericht, per week). */
export function zesWeken(tw: ToegewezenOmvang, werkwijze: Werkwijze): boolean {
  return tw.standaard === 'iWmo' && tw.categorie === '01' && werkwijze === 'inspanningsgericht' && tw.omvang.frequentie === FREQUENTIE.week;
}

/**
 * The largest volume, in the Eenheid of the toewijzing, that may be declared for a productperiode
 * (TR321). Only the part of the period within the toewijzing counts; Infinity for an unknown
 * Frequentie (nothing to check against).
 */
export function maxVolumeInPeriode(tw: ToegewezenOmvang, productPeriode: Required<Periode>, werkwijze: Werkwijze): number {
  const { volume, frequentie } = tw.omvang;
  if (!Number.isFinite(volume)) return Infinity;
  if (frequentie === FREQUENTIE.totaal) return volume;
  if (zesWeken(tw, werkwijze)) return 6 * volume;
  const p = binnenToewijzing(tw, productPeriode);
  return p ? volumeOver(tw, p, werkwijze) : 0;
}

/** Volume per dag, week or maand over a period (within the toewijzing); Infinity for an unknown Frequentie. */
function volumeOver(tw: ToegewezenOmvang, p: { begin: string; eind: string }, werkwijze: Werkwijze): number {
  const { volume, frequentie } = tw.omvang;
  switch (frequentie) {
    case FREQUENTIE.dag:
      return volume * dagen(p.begin, p.eind);
    case FREQUENTIE.week:
      return volume * weken(tw, p, werkwijze);
    case FREQUENTIE.maand:
      return volume * kalendermaanden(p.begin, p.eind);
    default:
      return Infinity;
  }
}

/**
 * The largest volume, in the Eenheid of the toewijzing, that may be declared over its whole
 * duration (TR322). Infinity when that is unbounded: an open-ended toewijzing per dag, week or maand,
 * or an unknown Frequentie.
 */
export function maxVolumeToewijzing(tw: ToegewezenOmvang, werkwijze: Werkwijze): number {
  const { volume, frequentie } = tw.omvang;
  if (!Number.isFinite(volume)) return Infinity;
  if (frequentie === FREQUENTIE.totaal) return volume;
  if (tw.einddatum === undefined || tw.einddatum < tw.ingangsdatum) return tw.einddatum === undefined ? Infinity : 0;
  return volumeOver(tw, { begin: tw.ingangsdatum, eind: tw.einddatum }, werkwijze);
}

/** True when a declared Eenheid fits the toegewezen one (TR341, IV081): the same unit, or minutes on a toewijzing in hours. */
export function eenheidPast(toegewezen: string, gedeclareerd: string): boolean {
  return toegewezen === gedeclareerd || (toegewezen === EENHEID.uur && gedeclareerd === EENHEID.minuut);
}

/**
 * A volume in `eenheid` expressed in the finest unit of a toewijzing in `toegewezen`, so that
 * toegewezen and declared volumes compare as whole numbers: minutes for a toewijzing in hours
 * (60 to the hour, IV081), the toewijzing's own unit otherwise. Undefined when the unit does not fit.
 */
export function inMaat(toegewezen: string, eenheid: string, volume: number): number | undefined {
  if (!eenheidPast(toegewezen, eenheid)) return undefined;
  return toegewezen === EENHEID.uur && eenheid === EENHEID.uur ? volume * 60 : volume;
}

/**
 * The werkwijze the week arithmetic follows: the uitvoeringsvariant of the product when the caller
 * gave a contract or variant, otherwise derived from the Eenheid of the toewijzing — stuks (output)
 * and euro's are the outputgerichte units (WJ756), every other unit is inspanningsgericht.
 */
export function werkwijzeVan(mode: string | undefined, eenheid: string): Werkwijze {
  if (mode === 'inspanningsgericht' || mode === 'outputgericht') return mode;
  return eenheid === EENHEID.stuksOutput || eenheid === EENHEID.euro ? 'outputgericht' : 'inspanningsgericht';
}
