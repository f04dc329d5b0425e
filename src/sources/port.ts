/**
 * The port for pluggable level-4 sources (an AGB register, a regional productcodelijst service, a
 * tarievenbestand): asynchronous, and resolved BEFORE the check, the way the history is prefetched for
 * level 3. The rules never call a port; they read the snapshot `resolveSources` returns.
 *
 *   const keys = sourceKeys(root, entry);
 *   const sources = await resolveSources(keys, { agb: myAgbRegister }, sourcesSnapshot({ contract }));
 *   validate(xml, { sources });
 *
 * No Node imports: a port may be backed by fetch, a database or a file read by the caller.
 */
import type { CatalogueEntry, Standaard } from '../catalogue/index.js';
import { child } from '../xml/query.js';
import type { XmlElement } from '../xml/scan.js';
import type { RegionalCodes } from './data.js';
import { shippedSources } from './data.js';
import { partiesOf } from './engine.js';
import type { AgbSource, ProductcodeList, SourcesSnapshot, Tarief } from './types.js';

/** What one message needs from outside: the values a source is asked about. */
export interface SourceKeys {
  readonly standaard: Standaard;
  readonly gemeente: string;
  /** AGB code of the aanbieder in the Header. */
  readonly aanbieder: string;
  /** Every (category, code) pair of the message's products and prestaties. */
  readonly producten: ReadonlyArray<{ readonly categorie: string; readonly code: string }>;
}

/** One external source: asked once per message (or batch) for the keys, before the check. */
export interface ExternalSource<T> {
  resolve(keys: SourceKeys): Promise<T>;
}

/** The pluggable sources; each one absent is simply not asked. */
export interface SourcePorts {
  /** Known AGB codes among the keys (a set, or a predicate over what was fetched). */
  readonly agb?: ExternalSource<AgbSource>;
  /** Regional product codes for the gemeente; they win over the base list. */
  readonly productcodes?: ExternalSource<readonly RegionalCodes[]>;
  /** Contractual tarieven; added to the base snapshot's. */
  readonly tarieven?: ExternalSource<readonly Tarief[]>;
}

/** The keys of a parsed message. */
export function sourceKeys(root: XmlElement, entry: CatalogueEntry): SourceKeys {
  const producten: Array<{ categorie: string; code: string }> = [];
  const seen = new Set<string>();
  const stack = [root];
  while (stack.length) {
    const el = stack.pop()!;
    const product = el.local === 'Product' ? [child(el, 'Categorie'), child(el, 'Code')] : el.local === 'Prestatie' ? [child(el, 'ProductCategorie'), child(el, 'ProductCode')] : undefined;
    if (product?.[0] && product[1] && !seen.has(`${product[0].text}/${product[1].text}`)) {
      seen.add(`${product[0].text}/${product[1].text}`);
      producten.push({ categorie: product[0].text, code: product[1].text });
    }
    for (const c of el.children) stack.push(c);
  }
  return { standaard: entry.standaard, ...partiesOf(root, entry), producten };
}

/** Regional codes first, then the base list. */
function layered(regional: readonly RegionalCodes[], base: ProductcodeList): ProductcodeList {
  const table = new Map<string, string>();
  for (const r of regional) for (const c of r.codes) table.set(`${r.standaard}|${r.gemeente}|${c.code}`, c.categorie);
  return { categorieOf: (standaard, gemeente, code) => table.get(`${standaard}|${gemeente}|${code}`) ?? base.categorieOf(standaard, gemeente, code) };
}

/**
 * Asks every given port for the keys (in parallel) and returns the snapshot to check against: the
 * base (default the shipped lists) with what the ports returned. A port that fails rejects the
 * promise: the caller reports that the level could not run; it never turns into "valid".
 */
export async function resolveSources(keys: SourceKeys, ports: SourcePorts, base: SourcesSnapshot = shippedSources()): Promise<SourcesSnapshot> {
  const [agb, productcodes, tarieven] = await Promise.all([ports.agb?.resolve(keys), ports.productcodes?.resolve(keys), ports.tarieven?.resolve(keys)]);
  return {
    ...base,
    productcodes: productcodes ? layered(productcodes, base.productcodes) : base.productcodes,
    ...(tarieven ? { tarieven: [...(base.tarieven ?? []), ...tarieven] } : {}),
    ...(agb ? { agb } : {}),
  };
}
