/**
 * Helpers shared by the TR rules: message numbers, header dates, the "greater than" comparison of
 * the official stylesheet, sibling groups and the linear overlap search of TR302/TR386/TR410.
 */
import type { XmlElement } from '../../xml/scan.js';
import { at, child, inDocumentOrder, path, rootOf, type Path } from '../../xml/query.js';
import { isDigits, PerRun, plainDateNumber } from '../kit.js';
import type { RuleContext } from '../types.js';

const DAGTEKENING = path('Header/BerichtIdentificatie/Dagtekening');

/** Per message root, its Dagtekening (looked up once per rule run: many dates are held against it). */
const dagtekeningOf = new PerRun((root) => at(root, DAGTEKENING));

/** The Dagtekening of the message header. */
export function dagtekening(ctx: RuleContext, el: XmlElement): XmlElement | undefined {
  return dagtekeningOf.of(ctx, rootOf(el));
}

/** True when the element lives in the namespace of the message itself (not the basisschema). */
export function inMessageNs(el: XmlElement): boolean {
  return el.ns === rootOf(el).ns;
}

/** True when the local names above `el`, from far to near, end with `names` (`path('Client/Geboortedatum')`). */
export function under(el: XmlElement, names: Path): boolean {
  let cur: XmlElement | null = el;
  for (let i = names.length - 1; i >= 0; i--) {
    cur = cur?.parent ?? null;
    if (!cur || cur.local !== names[i]) return false;
  }
  return true;
}

/** A date of the message without dashes, as the stylesheet compares them (first 10 characters). */
function datum(el: XmlElement): string {
  return el.text.trim().slice(0, 10).replace(/-/g, '');
}

/** `earlier <= later` on the dates as the stylesheet compares them. */
function notAfter(earlier: XmlElement, later: XmlElement): boolean {
  const e = plainDateNumber(earlier.text);
  const l = plainDateNumber(later.text);
  // Two plain YYYY-MM-DD dates compare as their numbers; any other form takes the stylesheet's cut.
  if (!Number.isNaN(e) && !Number.isNaN(l)) return e <= l;
  return datum(earlier) <= datum(later);
}

/**
 * The stylesheet's "not after" check: reports when either element is missing or when `earlier`
 * lies after `later`. The finding is reported on `on` and lists both elements in document order.
 */
export function checkNotAfter(ctx: RuleContext, later: XmlElement | undefined, earlier: XmlElement | undefined, on: XmlElement): void {
  if (later && earlier && notAfter(earlier, later)) return;
  ctx.report(on, inDocumentOrder([later, earlier]));
}

/** Per rule run, per parent, the element names whose sibling group was handled already. */
export type SiblingMemo = WeakMap<RuleContext, WeakMap<XmlElement, Set<string>>>;

/**
 * Runs `fn` once per parent and element name: the first time a rule meets a same-named child of a
 * parent it handles all of them (the children with its local name and namespace), later calls for
 * the same siblings return at once. A child that is the only one of its local name under its parent
 * forms no group: `fn` is not called for it, and nothing is recorded, so the many one-child parents
 * of a large message cost no memo entry. Keyed weakly on the rule run (the context) and the parsed
 * parent, so nothing outlives a validation and a second run over the same tree starts afresh.
 */
export function oncePerSiblings(memo: SiblingMemo, ctx: RuleContext, el: XmlElement, fn: (siblings: XmlElement[]) => void): void {
  const parent = el.parent;
  if (!parent) return;
  if (parent.children.length < 2) return;
  let perParent = memo.get(ctx);
  if (!perParent) memo.set(ctx, (perParent = new WeakMap()));
  let names = perParent.get(parent);
  if (names?.has(el.local)) return;
  if (!hasNamesake(parent, el)) return;
  if (!names) perParent.set(parent, (names = new Set()));
  names.add(el.local);
  fn(parent.children.filter((c) => c.local === el.local && c.ns === el.ns));
}

/** True when another child of `parent` has the local name of `el` (stops at the first one). */
function hasNamesake(parent: XmlElement, el: XmlElement): boolean {
  for (const c of parent.children) if (c !== el && c.local === el.local) return true;
  return false;
}

/**
 * XPath 1.0 `number()`: optional minus sign, digits with an optional fraction, surrounding white
 * space allowed; anything else (also a leading `+`) is NaN.
 */
export function xpathNumber(text: string | undefined): number {
  if (text === undefined) return NaN;
  // Plain digits, the common case, need neither the trim nor the pattern.
  if (isDigits(text)) return Number(text);
  const t = text.trim();
  return /^-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/.test(t) ? Number(t) : NaN;
}

/**
 * XPath `sum()` of the debet Bedragen minus that of the credit ones, over IngediendBedrag elements
 * (the stylesheet compares the DebetCredit text as written). Both sums are kept apart and added up
 * in document order, as the two sum() calls of the stylesheet do, in one pass over the elements.
 */
export function saldoBedrag(ingediend: readonly XmlElement[]): number {
  let debet = 0;
  let credit = 0;
  for (const ib of ingediend) {
    const dc = child(ib, 'DebetCredit')?.text;
    if (dc === 'D') debet += xpathNumber(child(ib, 'Bedrag')?.text);
    else if (dc === 'C') credit += xpathNumber(child(ib, 'Bedrag')?.text);
  }
  return debet - credit;
}

/** The character data of the element at `path` exactly as written; undefined when absent. */
export function raw(el: XmlElement | undefined, path: string): string | undefined {
  return at(el, path)?.text;
}

/** XPath `normalize-space()`: trimmed, inner runs of white space collapsed to one space. */
export function normalizeSpace(text: string | undefined): string {
  if (text === undefined) return '';
  // Most values hold no space, tab or line end: then only the trim can change them (no regex pass).
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13 || c === 10) return text.replace(/[ \t\r\n]+/g, ' ').trim();
  }
  return text.trim();
}

/** First child whose local name ends with `suffix` (the stylesheet finds period fields this way). */
export function childEndingWith(el: XmlElement, suffix: string): XmlElement | undefined {
  for (const c of el.children) if (c.local.endsWith(suffix)) return c;
  return undefined;
}

/** A product line as the overlap rules see it. */
export interface OverlapItem {
  readonly el: XmlElement;
  /** Position of the line among the lines compared (document order). */
  readonly index: number;
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
const PRODUCT_CATEGORIE = path('Product/Categorie');
const PRODUCT_CODE = path('Product/Code');

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
  lines.forEach((el, index) => {
    if (opts.ignore?.(el)) return;
    const categorie = at(el, PRODUCT_CATEGORIE)?.text;
    if (categorie !== undefined && opts.exemptCategories?.has(normalizeSpace(categorie))) return;
    const startEl = childEndingWith(el, opts.startField);
    const endEl = childEndingWith(el, opts.endField);
    const code = at(el, PRODUCT_CODE)?.text;
    items.push({ el, index, categorie, code, start: startEl ? startEl.text.trim() : '', end: endEl ? endEl.text.trim() : undefined });
  });
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

  // Pairs of items, [earlier, later] in document order.
  const pairs: Array<[OverlapItem, OverlapItem]> = [];
  for (const i of order) {
    const item = items[i]!;
    const candidates: EndHeap[] = [];
    const cat = item.categorie;
    const sameCode = cat !== undefined && item.code !== undefined ? heap(perCode, `${cat}\u0000${item.code}`) : undefined;
    if (cat === undefined) {
      candidates.push(all);
    } else if (sameCode === undefined) {
      candidates.push(heap(perCategorie, cat), wildcards);
    } else {
      candidates.push(heap(uncodedPerCategorie, cat), sameCode, wildcards);
    }
    let budget = MAX_CANDIDATES;
    for (const h of candidates) {
      h.prune(item.start);
      for (const other of h.items) {
        if (budget-- <= 0) break;
        if (!overlaps(item, other)) continue;
        pairs.push(other.index < item.index ? [other, item] : [item, other]);
      }
    }
    all.push(item);
    if (cat === undefined) wildcards.push(item);
    else {
      heap(perCategorie, cat).push(item);
      if (sameCode === undefined) heap(uncodedPerCategorie, cat).push(item);
      else sameCode.push(item);
    }
  }
  pairs.sort((p, q) => p[1].index - q[1].index || p[0].index - q[0].index);
  return pairs.map(([a, b]) => [a.el, b.el]);
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

/**
 * What the declaratie rules read of the Prestaties below a Declaratie (or DeclaratieAntwoord),
 * gathered in one pass per rule run: TR315, TR316 and TR358 would otherwise each walk all
 * Prestaties of a large message again.
 */
interface DeclaratieLines {
  /** The IngediendBedrag of every Prestatie two levels below a Clienten element (any names between), in document order. */
  readonly ingediend: readonly XmlElement[];
  /** Per Clienten element, the ProductReferentie of every Prestatie at Client/Prestaties/Prestatie, in document order. */
  readonly referenties: ReadonlyMap<XmlElement, readonly XmlElement[]>;
}

const declaratieLines = new PerRun<DeclaratieLines>((declaratie) => {
  const ingediend: XmlElement[] = [];
  const referenties = new Map<XmlElement, XmlElement[]>();
  for (const clienten of declaratie.children) {
    if (clienten.local !== 'Clienten') continue;
    const refs: XmlElement[] = [];
    referenties.set(clienten, refs);
    for (const client of clienten.children)
      for (const prestaties of client.children) {
        // Amounts are summed over any Prestatie two levels down, references read on the Client/Prestaties path only.
        const withRefs = client.local === 'Client' && prestaties.local === 'Prestaties';
        for (const prestatie of prestaties.children) {
          if (prestatie.local !== 'Prestatie') continue;
          const ib = child(prestatie, 'IngediendBedrag');
          if (ib) ingediend.push(ib);
          const ref = withRefs ? child(prestatie, 'ProductReferentie') : undefined;
          if (ref) refs.push(ref);
        }
      }
  }
  return { ingediend, referenties };
});

/**
 * The IngediendBedrag of every Prestatie below a Declaratie or DeclaratieAntwoord
 * (Clienten/Client/Prestaties/Prestatie in a valid message), in document order.
 */
export function ingediendeBedragen(ctx: RuleContext, declaratie: XmlElement): readonly XmlElement[] {
  return declaratieLines.of(ctx, declaratie).ingediend;
}

/** The ProductReferenties of all Prestaties below a Clienten element of a Declaratie, in document order. */
export function productReferenties(ctx: RuleContext, clienten: XmlElement): readonly XmlElement[] {
  return clienten.parent ? (declaratieLines.of(ctx, clienten.parent).referenties.get(clienten) ?? []) : [];
}
