/**
 * Helpers shared by the TR rules: message numbers, header dates, the "greater than" comparison of
 * the official stylesheet, sibling groups and the linear overlap search of TR302/TR386/TR410.
 */
import type { XmlElement } from '../../xml/scan.js';
import { at, child, inDocumentOrder, rootOf } from '../kit.js';
import type { RuleContext } from '../types.js';

/** The Dagtekening of the message header. */
export function dagtekening(el: XmlElement): XmlElement | undefined {
  return at(rootOf(el), 'Header/BerichtIdentificatie/Dagtekening');
}

/** True when the element lives in the namespace of the message itself (not the basisschema). */
export function inMessageNs(el: XmlElement): boolean {
  return el.ns === rootOf(el).ns;
}

/** True when the ancestors of `el`, nearest last, have exactly these local names. */
export function up(el: XmlElement, ...names: string[]): boolean {
  let cur: XmlElement | null = el;
  for (let i = names.length - 1; i >= 0; i--) {
    cur = cur?.parent ?? null;
    if (!cur || cur.local !== names[i]) return false;
  }
  return true;
}

/** True when the local names above `el`, from far to near, end with `path` (`Client/Geboortedatum`). */
export function under(el: XmlElement, path: string): boolean {
  return up(el, ...path.split('/'));
}

/** A date of the message without dashes, as the stylesheet compares them (first 10 characters). */
function datum(el: XmlElement): string {
  return el.text.trim().slice(0, 10).replace(/-/g, '');
}

/**
 * The stylesheet's "not after" check: reports when either element is missing or when `earlier`
 * lies after `later`. The finding is reported on `on` and lists both elements in document order.
 */
export function checkNotAfter(ctx: RuleContext, later: XmlElement | undefined, earlier: XmlElement | undefined, on: XmlElement): void {
  if (later && earlier && datum(earlier) <= datum(later)) return;
  ctx.report(on, inDocumentOrder([later, earlier]));
}

/** Per rule run, per parent, the element names whose sibling group was handled already. */
export type SiblingMemo = WeakMap<RuleContext, WeakMap<XmlElement, Set<string>>>;

/**
 * Runs `fn` once per parent and element name: the first time a rule meets a same-named child of a
 * parent it handles all of them, later calls for the same siblings return at once. Keyed weakly on
 * the rule run (the context) and the parsed parent, so nothing outlives a validation and a second
 * run over the same tree starts afresh.
 */
export function oncePerSiblings(memo: SiblingMemo, ctx: RuleContext, el: XmlElement, fn: (siblings: XmlElement[]) => void): void {
  const parent = el.parent;
  if (!parent) return;
  let perParent = memo.get(ctx);
  if (!perParent) memo.set(ctx, (perParent = new WeakMap()));
  let names = perParent.get(parent);
  if (!names) perParent.set(parent, (names = new Set()));
  if (names.has(el.local)) return;
  names.add(el.local);
  fn(parent.children.filter((c) => c.local === el.local && c.ns === el.ns));
}

/**
 * XPath 1.0 `number()`: optional minus sign, digits with an optional fraction, surrounding white
 * space allowed; anything else (also a leading `+`) is NaN.
 */
export function xpathNumber(text: string | undefined): number {
  if (text === undefined) return NaN;
  const t = text.trim();
  return /^-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/.test(t) ? Number(t) : NaN;
}

/**
 * XPath `sum()` of the Bedrag of the IngediendBedrag elements whose DebetCredit text is exactly
 * `debetCredit` (the stylesheet compares the text as written).
 */
/** The IngediendBedrag of every Prestatie below a Declaratie or DeclaratieAntwoord (Clienten/Client/Prestaties/Prestatie). */
export function ingediendeBedragen(declaratie: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const clienten of declaratie.children) {
    if (clienten.local !== 'Clienten') continue;
    for (const client of clienten.children)
      for (const prestaties of client.children)
        for (const prestatie of prestaties.children) {
          const ib = child(prestatie, 'IngediendBedrag');
          if (prestatie.local === 'Prestatie' && ib) out.push(ib);
        }
  }
  return out;
}

export function sumBedrag(ingediend: readonly XmlElement[], debetCredit: 'D' | 'C'): number {
  let sum = 0;
  for (const ib of ingediend) if (raw(ib, 'DebetCredit') === debetCredit) sum += xpathNumber(raw(ib, 'Bedrag'));
  return sum;
}

/** The character data of the element at `path` exactly as written; undefined when absent. */
export function raw(el: XmlElement | undefined, path: string): string | undefined {
  return at(el, path)?.text;
}

/** XPath `normalize-space()`: trimmed, inner runs of white space collapsed to one space. */
export function normalizeSpace(text: string | undefined): string {
  return (text ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
}

/** First child whose local name ends with `suffix` (the stylesheet finds period fields this way). */
export function childEndingWith(el: XmlElement, suffix: string): XmlElement | undefined {
  for (const c of el.children) if (c.local.endsWith(suffix)) return c;
  return undefined;
}

/** A product line as the overlap rules see it. */
export interface OverlapItem {
  readonly el: XmlElement;
  /** Product/Categorie, undefined when absent. */
  readonly categorie: string | undefined;
  /** Product/Code, undefined when absent. */
  readonly code: string | undefined;
  /** Start of the period (YYYY-MM-DD); '' when absent. */
  readonly start: string;
  /** End of the period; undefined when open. */
  readonly end: string | undefined;
}

export interface OverlapOptions {
  /** Local-name suffixes of the start and end fields (`Ingangsdatum`, `Einddatum`). */
  readonly startField: string;
  readonly endField: string;
  /** Lines left out of the comparison altogether (TR302: removed toewijzingen). */
  readonly ignore?: (el: XmlElement) => boolean;
  /** Categories never compared (iWmo: hulpmiddelen 11-14). */
  readonly exemptCategories?: ReadonlySet<string>;
}

const OPEN_END = '9999-99-99';

/** Overlap of two closed periods as the stylesheet tests it (an absent end is open). */
function overlaps(a: OverlapItem, b: OverlapItem): boolean {
  if (a.end !== undefined && b.end !== undefined) return !(a.end < b.start || b.end < a.start);
  if (a.end !== undefined) return a.end >= b.start;
  if (b.end !== undefined) return b.end >= a.start;
  return true;
}

/** A min-heap on the end date of its items (open ends last). */
class EndHeap {
  readonly items: OverlapItem[] = [];
  private key(i: number): string {
    return this.items[i]!.end ?? OPEN_END;
  }
  push(item: OverlapItem): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.key(p) <= this.key(i)) break;
      [a[p], a[i]] = [a[i]!, a[p]!];
      i = p;
    }
  }
  /** Drops every item that ended before `start`: it cannot overlap anything starting later. */
  prune(start: string): void {
    const a = this.items;
    while (a.length && this.key(0) < start) {
      const last = a.pop()!;
      if (!a.length) break;
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.key(l) < this.key(m)) m = l;
        if (r < a.length && this.key(r) < this.key(m)) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i]!, a[m]!];
        i = m;
      }
    }
  }
}

/** Candidates examined per line; bounds the work when very many lines overlap each other. */
const MAX_CANDIDATES = 64;

/**
 * Pairs of lines of the same product whose periods overlap, the way TR302/TR386/TR410 compare them:
 * two lines concern the same product when their Categorie is equal and their Codes are equal or at
 * least one has no Code, and a line without Product (no Categorie) concerns every product.
 *
 * A sweep over the lines sorted by start date with, per product class, a heap of the periods still
 * open: O(n log n), plus at most MAX_CANDIDATES comparisons per line. Pairs come back as
 * [earlier, later] in document order, sorted like the stylesheet reports them.
 */
export function overlappingPairs(lines: readonly XmlElement[], opts: OverlapOptions): Array<[XmlElement, XmlElement]> {
  const items: OverlapItem[] = [];
  for (const el of lines) {
    if (opts.ignore?.(el)) continue;
    const categorie = raw(el, 'Product/Categorie');
    if (categorie !== undefined && opts.exemptCategories?.has(normalizeSpace(categorie))) continue;
    const startEl = childEndingWith(el, opts.startField);
    const endEl = childEndingWith(el, opts.endField);
    items.push({ el, categorie, code: raw(el, 'Product/Code'), start: startEl ? startEl.text.trim() : '', end: endEl ? endEl.text.trim() : undefined });
  }
  const index = new Map<XmlElement, number>(lines.map((el, i) => [el, i]));
  const order = items.map((_, i) => i).sort((a, b) => (items[a]!.start < items[b]!.start ? -1 : items[a]!.start > items[b]!.start ? 1 : a - b));

  const all = new EndHeap();
  const wildcards = new EndHeap();
  const perCategorie = new Map<string, EndHeap>();
  const uncodedPerCategorie = new Map<string, EndHeap>();
  const perCode = new Map<string, EndHeap>();
  const heap = (m: Map<string, EndHeap>, k: string): EndHeap => {
    let h = m.get(k);
    if (!h) m.set(k, (h = new EndHeap()));
    return h;
  };

  const pairs: Array<[XmlElement, XmlElement]> = [];
  for (const i of order) {
    const item = items[i]!;
    const candidates: EndHeap[] = [];
    const cat = item.categorie;
    if (cat === undefined) {
      candidates.push(all);
    } else if (item.code === undefined) {
      candidates.push(heap(perCategorie, cat), wildcards);
    } else {
      candidates.push(heap(uncodedPerCategorie, cat), heap(perCode, `${cat}\u0000${item.code}`), wildcards);
    }
    let budget = MAX_CANDIDATES;
    for (const h of candidates) {
      h.prune(item.start);
      for (const other of h.items) {
        if (budget-- <= 0) break;
        if (!overlaps(item, other)) continue;
        const a = index.get(other.el)!;
        const b = index.get(item.el)!;
        pairs.push(a < b ? [other.el, item.el] : [item.el, other.el]);
      }
    }
    all.push(item);
    if (cat === undefined) wildcards.push(item);
    else {
      heap(perCategorie, cat).push(item);
      if (item.code === undefined) heap(uncodedPerCategorie, cat).push(item);
      else heap(perCode, `${cat}\u0000${item.code}`).push(item);
    }
  }
  pairs.sort((p, q) => index.get(p[1])! - index.get(q[1])! || index.get(p[0])! - index.get(q[0])!);
  return pairs;
}

/**
 * Reports overlap pairs. Findings are keyed by the element reported on, so each pair is reported on
 * its earlier line when that is still free, else on its later line; both lines are listed.
 */
export function reportPairs(ctx: RuleContext, pairs: ReadonlyArray<readonly [XmlElement, XmlElement]>): void {
  const used = new Set<XmlElement>();
  for (const [a, b] of pairs) {
    const on = !used.has(a) ? a : !used.has(b) ? b : undefined;
    if (!on) continue;
    used.add(on);
    ctx.report(on, [a, b]);
  }
}

/** Text of a child for keys: raw character data, or undefined when the child is absent or empty. */
export function keyPart(el: XmlElement, path: string): string | undefined {
  const target = at(el, path);
  return target && target.text !== '' ? target.text : undefined;
}

/** The ProductReferenties of all Prestaties below a Clienten element, in document order. */
export function productReferenties(clienten: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const client of clienten.children) {
    if (client.local !== 'Client') continue;
    for (const prestaties of client.children) {
      if (prestaties.local !== 'Prestaties') continue;
      for (const prestatie of prestaties.children) {
        if (prestatie.local !== 'Prestatie') continue;
        const ref = prestatie.children.find((c) => c.local === 'ProductReferentie');
        if (ref) out.push(ref);
      }
    }
  }
  return out;
}
