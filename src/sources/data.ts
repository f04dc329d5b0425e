/**
 * The shipped lists as snapshot parts: CBS gemeentecodes with their periods, and the national
 * productcodelijsten. Built once, on first use.
 */
import type { Standaard } from '../catalogue/index.js';
import { CBS_GEMEENTEN } from './cbs-gemeenten.generated.js';
import { IJW_PRODUCTCODES, IWMO_PRODUCTCODES } from './productcodes.generated.js';
import type { GemeenteList, ProductcodeList, SourcesSnapshot } from './types.js';

type Row = readonly [code: string, naam: string, begin: string, einde: string];

/** A GemeenteList over rows `[code, naam, begin (inclusive), einde (exclusive, '' = open)]`. */
export function gemeenteList(rows: Iterable<Row>): GemeenteList {
  const periods = new Map<string, Array<{ begin: string; einde: string }>>();
  for (const [code, , begin, einde] of rows) {
    const list = periods.get(code) ?? [];
    list.push({ begin, einde });
    periods.set(code, list);
  }
  return {
    isCurrent(code, date) {
      const list = periods.get(code);
      return !!list && list.some((p) => p.begin <= date && (p.einde === '' || date < p.einde));
    },
    isKnown: (code) => periods.has(code),
  };
}

/** The name CBS gives a gemeentecode (its latest), or undefined. */
export function gemeenteNaam(code: string): string | undefined {
  let naam: string | undefined;
  for (const r of CBS_GEMEENTEN) if (r[0] === code) naam = r[1];
  return naam;
}

/** code → category ('' = category not stated) from the generated `category → codes` blocks. */
function codeTable(blocks: Readonly<Record<string, string>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [cat, codes] of Object.entries(blocks)) for (const code of codes.split(' ')) if (code) out.set(code, cat);
  return out;
}

/** A regional list: product codes with their category, for one standaard and gemeente. */
export interface RegionalCodes {
  readonly standaard: Standaard;
  readonly gemeente: string;
  readonly codes: ReadonlyArray<{ readonly categorie: string; readonly code: string }>;
}

/**
 * A ProductcodeList: the national lists, overridden and extended per gemeente by regional lists
 * (a regional entry wins over the national list for its gemeente).
 */
export function productcodeList(national: Readonly<Record<Standaard, ReadonlyMap<string, string>>>, regional: readonly RegionalCodes[] = []): ProductcodeList {
  const regions = new Map<string, Map<string, string>>();
  for (const r of regional) {
    const key = `${r.standaard}|${r.gemeente}`;
    const table = regions.get(key) ?? new Map<string, string>();
    for (const c of r.codes) table.set(c.code, c.categorie);
    regions.set(key, table);
  }
  return {
    categorieOf(standaard, gemeente, code) {
      const own = regions.get(`${standaard}|${gemeente}`)?.get(code);
      return own ?? national[standaard].get(code);
    },
  };
}

let shipped: { gemeenten: GemeenteList; national: Record<Standaard, ReadonlyMap<string, string>> } | undefined;

function load(): NonNullable<typeof shipped> {
  shipped ??= { gemeenten: gemeenteList(CBS_GEMEENTEN), national: { iJw: codeTable(IJW_PRODUCTCODES), iWmo: codeTable(IWMO_PRODUCTCODES) } };
  return shipped;
}

/** The CBS gemeentecodes shipped with the library (1990 up to the division of 2026). */
export function shippedGemeenten(): GemeenteList {
  return load().gemeenten;
}

/** The national product code lists shipped with the library, per standaard (code → category). */
export function nationalProductcodes(): Readonly<Record<Standaard, ReadonlyMap<string, string>>> {
  return load().national;
}

/** The snapshot of the shipped lists only: no tarieven, no AGB. */
let shippedSnapshot: SourcesSnapshot | undefined;
export function shippedSources(): SourcesSnapshot {
  return (shippedSnapshot ??= { gemeenten: shippedGemeenten(), productcodes: productcodeList(nationalProductcodes()) });
}
