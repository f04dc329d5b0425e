import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  eenheidPast,
  gebrokenLaatsteWeek,
  inMaat,
  isoOfDay,
  kalendermaanden,
  kalenderweken,
  maxVolumeInPeriode,
  maxVolumeToewijzing,
  werkwijzeVan,
  zondagen,
  type ToegewezenOmvang,
} from '../../../src/context/rules/declaratie/volume.js';

const tw = (ingangsdatum: string, einddatum: string | undefined, volume: number, eenheid: string, frequentie: string, extra: Partial<ToegewezenOmvang> = {}): ToegewezenOmvang => ({
  standaard: 'iJw',
  ingangsdatum,
  ...(einddatum ? { einddatum } : {}),
  omvang: { volume, eenheid, frequentie },
  ...extra,
});
const maand = (begin: string, eind: string) => ({ begin, eind });

describe('days, weeks and Sundays', () => {
  it('counts days from 1970-01-01 and back', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(isoOfDay(dayNumber('2024-02-29'))).toBe('2024-02-29');
    expect(dayNumber('2026-03-30') - dayNumber('2026-03-28')).toBe(2); // across the DST change
  });

  it('counts the calendar weeks a period touches (IV077: weeknummers)', () => {
    expect(kalenderweken('2025-10-07', '2025-10-31')).toBe(4); // week 41..44
    expect(kalenderweken('2025-11-01', '2025-11-30')).toBe(5); // week 44..48
    expect(kalenderweken('2025-12-01', '2025-12-30')).toBe(5); // week 49..52, 1
    expect(kalenderweken('2025-10-07', '2025-12-30')).toBe(13);
    expect(kalenderweken('2025-07-07', '2025-09-07')).toBe(9);
    expect(kalenderweken('2026-02-01', '2026-02-28')).toBe(5); // Sunday 1 Feb is the end of a week
    expect(kalenderweken('2021-02-01', '2021-02-28')).toBe(4); // Monday to Sunday: exactly 4
    expect(kalenderweken('2026-08-01', '2026-08-31')).toBe(6); // Saturday 1 .. Monday 31
    expect(kalenderweken('2025-10-08', '2025-10-07')).toBe(0);
  });

  it('counts Sundays', () => {
    expect(zondagen('2025-07-07', '2025-07-31')).toBe(3);
    expect(zondagen('2025-08-01', '2025-08-31')).toBe(5);
    expect(zondagen('2025-09-01', '2025-09-07')).toBe(1);
    expect(zondagen('2025-11-01', '2025-11-30')).toBe(5);
    expect(zondagen('2025-12-01', '2025-12-31')).toBe(4);
    expect(zondagen('2025-09-01', '2025-09-06')).toBe(0);
    expect(zondagen('2025-09-07', '2025-09-07')).toBe(1);
  });

  it('counts calendar months', () => {
    expect(kalendermaanden('2026-10-05', '2026-10-16')).toBe(1);
    expect(kalendermaanden('2026-11-01', '2027-10-31')).toBe(12);
    expect(kalendermaanden('2026-12-31', '2027-01-01')).toBe(2);
  });

  it('finds the day that carries the broken last week of an outputgerichte toewijzing', () => {
    expect(gebrokenLaatsteWeek('2025-07-07', '2025-09-07')).toBeUndefined(); // ends on a Sunday
    expect(gebrokenLaatsteWeek('2025-07-07', '2025-09-06')).toBe('2025-08-31');
    expect(gebrokenLaatsteWeek('2025-07-07', '2025-09-05')).toBe('2025-08-31');
    expect(gebrokenLaatsteWeek('2025-09-01', '2025-09-05')).toBe('2025-09-05'); // no Sunday at all
    expect(gebrokenLaatsteWeek('2025-09-01', undefined)).toBeUndefined();
  });
});

describe('IV076/IV077 per week, inspanningsgericht (calendar weeks)', () => {
  const t = tw('2025-10-07', '2025-12-30', 3, '04', '2');
  it('gives 4, 5 and 5 weeks to the months of the IV077 example', () => {
    expect(maxVolumeInPeriode(t, maand('2025-10-07', '2025-10-31'), 'inspanningsgericht')).toBe(12);
    expect(maxVolumeInPeriode(t, maand('2025-11-01', '2025-11-30'), 'inspanningsgericht')).toBe(15);
    expect(maxVolumeInPeriode(t, maand('2025-12-01', '2025-12-30'), 'inspanningsgericht')).toBe(15);
  });
  it('gives 13 weeks to the whole toewijzing, less than the sum of the months', () => {
    expect(maxVolumeToewijzing(t, 'inspanningsgericht')).toBe(39);
  });
  it('only counts the part of the productperiode within the toewijzing', () => {
    expect(maxVolumeInPeriode(t, maand('2025-10-01', '2025-10-31'), 'inspanningsgericht')).toBe(12);
    expect(maxVolumeInPeriode(t, maand('2026-01-01', '2026-01-31'), 'inspanningsgericht')).toBe(0);
  });
  it('follows the IV076 example (07-07 to 07-09-2025: 4 + 5 + 1 weeks per month, 9 in all)', () => {
    const v = tw('2025-07-07', '2025-09-07', 3, '04', '2');
    expect(maxVolumeInPeriode(v, maand('2025-07-01', '2025-07-31'), 'inspanningsgericht')).toBe(12);
    expect(maxVolumeInPeriode(v, maand('2025-08-01', '2025-08-31'), 'inspanningsgericht')).toBe(15);
    expect(maxVolumeInPeriode(v, maand('2025-09-01', '2025-09-30'), 'inspanningsgericht')).toBe(3);
    expect(maxVolumeToewijzing(v, 'inspanningsgericht')).toBe(27);
  });
  it('gives iWmo huishoudelijke hulp (categorie 01) six weeks in every productperiode', () => {
    const hh = tw('2025-10-07', '2025-12-30', 3, '04', '2', { standaard: 'iWmo', categorie: '01' });
    expect(maxVolumeInPeriode(hh, maand('2025-10-07', '2025-10-31'), 'inspanningsgericht')).toBe(18);
    expect(maxVolumeToewijzing(hh, 'inspanningsgericht')).toBe(39);
    expect(maxVolumeInPeriode({ ...hh, standaard: 'iJw' }, maand('2025-10-07', '2025-10-31'), 'inspanningsgericht')).toBe(12);
    expect(maxVolumeInPeriode(hh, maand('2025-10-07', '2025-10-31'), 'outputgericht')).toBe(9);
  });
});

describe('IV076/IV077 per week, outputgericht (Sundays)', () => {
  it('follows IV076 example 1 (ends on a Sunday)', () => {
    const t = tw('2025-07-07', '2025-09-07', 30000, '83', '2');
    expect(maxVolumeInPeriode(t, maand('2025-07-01', '2025-07-31'), 'outputgericht')).toBe(90000);
    expect(maxVolumeInPeriode(t, maand('2025-08-01', '2025-08-31'), 'outputgericht')).toBe(150000);
    expect(maxVolumeInPeriode(t, maand('2025-09-01', '2025-09-30'), 'outputgericht')).toBe(30000);
    expect(maxVolumeToewijzing(t, 'outputgericht')).toBe(270000);
  });
  it('follows IV076 example 2 (ends on a Saturday: the broken week goes to August)', () => {
    const t = tw('2025-07-07', '2025-09-06', 30000, '83', '2');
    expect(maxVolumeInPeriode(t, maand('2025-07-01', '2025-07-31'), 'outputgericht')).toBe(90000);
    expect(maxVolumeInPeriode(t, maand('2025-08-01', '2025-08-31'), 'outputgericht')).toBe(180000);
    expect(maxVolumeInPeriode(t, maand('2025-09-01', '2025-09-30'), 'outputgericht')).toBe(0);
    expect(maxVolumeToewijzing(t, 'outputgericht')).toBe(270000);
  });
  it('follows IV077 example 1 (November 5 Sundays, December 4 + 1)', () => {
    const t = tw('2025-10-01', '2025-12-31', 30000, '83', '2');
    expect(maxVolumeInPeriode(t, maand('2025-11-01', '2025-11-30'), 'outputgericht')).toBe(150000);
    expect(maxVolumeInPeriode(t, maand('2025-12-01', '2025-12-31'), 'outputgericht')).toBe(150000);
  });
  it('gives a toewijzing without a Sunday one week, in the period of its Einddatum', () => {
    const t = tw('2025-09-01', '2025-09-05', 2, '82', '2');
    expect(maxVolumeInPeriode(t, maand('2025-09-01', '2025-09-30'), 'outputgericht')).toBe(2);
    expect(maxVolumeToewijzing(t, 'outputgericht')).toBe(2);
  });
});

describe('per dag, per maand and totaal', () => {
  it('per dag: the days of the period within the toewijzing', () => {
    const t = tw('2026-10-10', '2026-12-31', 2, '04', '1');
    expect(maxVolumeInPeriode(t, maand('2026-10-01', '2026-10-31'), 'inspanningsgericht')).toBe(44);
    expect(maxVolumeToewijzing(t, 'inspanningsgericht')).toBe(2 * 83);
    expect(maxVolumeToewijzing(tw('2026-10-10', undefined, 2, '04', '1'), 'inspanningsgericht')).toBe(Infinity);
  });
  it('per maand: once for a productperiode within one month, whatever its length', () => {
    const t = tw('2026-11-01', '2027-10-31', 10, '14', '4');
    expect(maxVolumeInPeriode(t, maand('2026-11-05', '2026-11-16'), 'inspanningsgericht')).toBe(10);
    expect(maxVolumeToewijzing(t, 'inspanningsgericht')).toBe(120);
    expect(maxVolumeToewijzing(tw('2026-11-01', undefined, 10, '14', '4'), 'inspanningsgericht')).toBe(Infinity);
  });
  it('totaal binnen geldigheidsduur: the total, in every period and over the toewijzing', () => {
    const t = tw('2026-11-01', undefined, 40, '16', '6');
    expect(maxVolumeInPeriode(t, maand('2026-11-01', '2026-11-30'), 'inspanningsgericht')).toBe(40);
    expect(maxVolumeToewijzing(t, 'inspanningsgericht')).toBe(40);
  });
  it('an unknown Frequentie bounds nothing', () => {
    const t = tw('2026-11-01', '2026-12-31', 4, '04', '9');
    expect(maxVolumeInPeriode(t, maand('2026-11-01', '2026-11-30'), 'inspanningsgericht')).toBe(Infinity);
    expect(maxVolumeToewijzing(t, 'inspanningsgericht')).toBe(Infinity);
  });
});

describe('hours and minutes (TR341, IV081)', () => {
  it('lets minutes fit a toewijzing in hours, and nothing else across units', () => {
    expect(eenheidPast('04', '04')).toBe(true);
    expect(eenheidPast('04', '01')).toBe(true);
    expect(eenheidPast('01', '04')).toBe(false);
    expect(eenheidPast('16', '04')).toBe(false);
    expect(eenheidPast('83', '82')).toBe(false);
  });
  it('compares in minutes on a toewijzing in hours', () => {
    expect(inMaat('04', '04', 3)).toBe(180);
    expect(inMaat('04', '01', 180)).toBe(180);
    expect(inMaat('14', '14', 5)).toBe(5);
    expect(inMaat('01', '04', 3)).toBeUndefined();
  });
});

describe('werkwijze', () => {
  it('takes the variant when known, else derives it from the Eenheid', () => {
    expect(werkwijzeVan('outputgericht', '04')).toBe('outputgericht');
    expect(werkwijzeVan('inspanningsgericht', '83')).toBe('inspanningsgericht');
    expect(werkwijzeVan(undefined, '83')).toBe('outputgericht');
    expect(werkwijzeVan(undefined, '82')).toBe('outputgericht');
    expect(werkwijzeVan('taakgericht-sap', '82')).toBe('outputgericht');
    expect(werkwijzeVan(undefined, '04')).toBe('inspanningsgericht');
    expect(werkwijzeVan(undefined, '')).toBe('inspanningsgericht');
  });
});
