/**
 * Which variant applies: match the message to a contract (standaard, gemeente, AGB), then each
 * product line to the most specific product entry.
 *
 * - The gemeente and AGB come from Header/Afzender and Header/Ontvanger, by the message's direction.
 * - The AGB of the contract's aanbieder selects that contract. An AGB listed as an onderaannemer
 *   selects the contracts that list it; its products are then P×Q (inspanningsgericht) and other
 *   products are not contracted for it.
 * - For the main aanbieder a line's variant is, most specific first: a `producten` entry with the
 *   line's category and code; an onderaannemer product with that category and code (P×Q, the main
 *   aanbieder declaring it itself); a `producten` entry with the category only; an onderaannemer
 *   product with the category only; the contract's `variant`. At equal specificity `producten` wins.
 * - A line with a category but no code (aspecifiek) takes a category-only entry, else the contract's
 *   variant, else the variant shared by all entries of that category.
 * - A line without product (generiek, TeWijzigenProduct, Antwoord) takes the contract's variant, else
 *   the variant shared by all its product entries; otherwise no variant applies (only the rules that
 *   hold in every variant run).
 */
import type { CatalogueEntry, Standaard } from '../catalogue/index.js';
import { at, value } from '../xml/query.js';
import type { XmlElement } from '../xml/scan.js';
import { modeOf, type ContractEntry, type ContractProduct, type Mode, type Variant, type VariantConfig } from './types.js';

export interface LineProduct {
  readonly categorie?: string;
  readonly code?: string;
}

/** Why no contract covers a product line, in both languages. */
export interface NotCovered {
  readonly nl: string;
  readonly en: string;
}
export type LineResolution = { readonly mode: Mode | undefined; readonly bron: string } | { readonly notCovered: NotCovered };

export interface MessageResolution {
  readonly standaard: Standaard;
  readonly gemeente: string;
  readonly agb: string;
  /** Undefined when no contract matches. */
  readonly line: ((p: LineProduct) => LineResolution) | undefined;
}

/** Gemeente and AGB of a message, from its header and direction. */
export function parties(root: XmlElement, entry: CatalogueEntry): { gemeente: string; agb: string } {
  const afzender = value(root, 'Header/Afzender') ?? '';
  const ontvanger = value(root, 'Header/Ontvanger') ?? '';
  return entry.van === 'gemeente' ? { gemeente: afzender, agb: ontvanger } : { gemeente: ontvanger, agb: afzender };
}

const same = (a: ContractProduct, cat: string, code: string | undefined): boolean => a.categorie === cat && a.code === code;

function sharedVariant(variants: ReadonlyArray<Variant | undefined>): Variant | undefined {
  const set = new Set(variants.filter((v): v is Variant => v !== undefined));
  return set.size === 1 ? [...set][0] : undefined;
}

function mainResolver(c: ContractEntry, i: number): (p: LineProduct) => LineResolution {
  const profiel = c.taakgerichtProfiel ?? 'sap';
  const producten = c.producten ?? [];
  const subs = (c.onderaannemers ?? []).flatMap((o, j) => o.producten.map((p) => ({ p, bron: `contracten[${i}].onderaannemers[${j}]` })));
  const mode = (v: Variant): Mode => modeOf(v, profiel);
  const entry = (k: number): { mode: Mode; bron: string } => {
    const p = producten[k]!;
    return p.variant ? { mode: mode(p.variant), bron: `contracten[${i}].producten[${k}]` } : { mode: mode(c.variant!), bron: `contracten[${i}].producten[${k}] + contracten[${i}].variant` };
  };
  const fallback = c.variant ? { mode: mode(c.variant), bron: `contracten[${i}].variant` } : undefined;
  return ({ categorie, code }) => {
    if (categorie === undefined) {
      if (fallback) return fallback;
      const v = sharedVariant(producten.map((p) => p.variant));
      return { mode: v ? mode(v) : undefined, bron: `contracten[${i}].producten` };
    }
    if (code !== undefined) {
      const k = producten.findIndex((p) => same(p, categorie, code));
      if (k >= 0) return entry(k);
      const s = subs.find((x) => same(x.p, categorie, code));
      if (s) return { mode: 'inspanningsgericht', bron: s.bron };
    }
    const k = producten.findIndex((p) => same(p, categorie, undefined));
    if (k >= 0) return entry(k);
    const s = subs.find((x) => same(x.p, categorie, undefined));
    if (s) return { mode: 'inspanningsgericht', bron: s.bron };
    if (fallback) return fallback;
    if (code === undefined) {
      const v = sharedVariant(producten.filter((p) => p.categorie === categorie).map((p) => p.variant));
      if (v) return { mode: mode(v), bron: `contracten[${i}].producten` };
    }
    const where = `contracten[${i}] (gemeente ${c.gemeente}, aanbieder ${c.aanbieder})`;
    return { notCovered: { nl: `${where} noemt het niet en heeft geen eigen variant`, en: `${where} has no entry for it and no variant` } };
  };
}

function subResolver(matches: ReadonlyArray<{ c: ContractEntry; i: number; j: number }>, agb: string): (p: LineProduct) => LineResolution {
  const where = matches.map((m) => `contracten[${m.i}].onderaannemers[${m.j}]`).join(', ');
  return ({ categorie, code }) => {
    if (categorie === undefined) return { mode: 'inspanningsgericht', bron: where };
    for (const m of matches) {
      const list = m.c.onderaannemers![m.j]!.producten;
      const hit = list.some((p) => p.categorie === categorie && (p.code === undefined || code === undefined || p.code === code));
      if (hit) return { mode: 'inspanningsgericht', bron: `contracten[${m.i}].onderaannemers[${m.j}]` };
    }
    return { notCovered: { nl: `onderaannemer ${agb} (${where}) noemt het niet`, en: `onderaannemer ${agb} (${where}) does not list it` } };
  };
}

export function resolveMessage(root: XmlElement, entry: CatalogueEntry, config: VariantConfig): MessageResolution {
  const { gemeente, agb } = parties(root, entry);
  const standaard = entry.standaard;
  if ('variant' in config) {
    const resolution: LineResolution = { mode: modeOf(config.variant, config.taakgerichtProfiel ?? 'sap'), bron: '--variant' };
    return { standaard, gemeente, agb, line: () => resolution };
  }
  const contracten = config.contract.contracten;
  const forMessage = contracten.map((c, i) => ({ c, i })).filter(({ c }) => c.standaard === standaard && c.gemeente === gemeente);
  const main = forMessage.find(({ c }) => c.aanbieder === agb);
  if (main) return { standaard, gemeente, agb, line: mainResolver(main.c, main.i) };
  const subs = forMessage.flatMap(({ c, i }) => (c.onderaannemers ?? []).map((o, j) => ({ c, i, j, o })).filter((x) => x.o.agb === agb));
  if (subs.length) return { standaard, gemeente, agb, line: subResolver(subs, agb) };
  return { standaard, gemeente, agb, line: undefined };
}

/** The product of a line, read from the given relative paths. */
export function lineProduct(line: XmlElement, categorie?: string, code?: string): LineProduct {
  if (!categorie) return {};
  const cat = at(line, categorie) ? value(line, categorie) : undefined;
  const c = code ? value(line, code) : undefined;
  return { ...(cat !== undefined ? { categorie: cat } : {}), ...(c !== undefined ? { code: c } : {}) };
}
