/**
 * Shared predicates for rules: dates, digits, the BSN 11-proef, the messages of a number, per-run
 * memos. (Element queries — child, at, value, … — are in ../xml/query.ts.)
 * Messages reach level 2 only when they are XSD-valid, so rules may rely on the schema's
 * structure and lexical forms (dates are YYYY-MM-DD and compare correctly as strings).
 */
import type { BerichtNummer, BerichtType } from '../catalogue/index.js';
import type { XmlElement } from '../xml/scan.js';
import type { RuleContext } from './types.js';

/** The BSN 11-proef: 9 digits, 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11. */
export function elfproef(bsn: string): boolean {
  if (bsn.length !== 9 || !isDigits(bsn)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * (bsn.charCodeAt(i) - 48);
  sum -= bsn.charCodeAt(8) - 48;
  return sum % 11 === 0;
}

/** The iJw and the iWmo message of each number: `both('301')` = JW301 and WMO301. */
export function both(...nummers: BerichtNummer[]): BerichtType[] {
  return nummers.flatMap((n) => [`JW${n}`, `WMO${n}`] as BerichtType[]);
}

/** True when `text` is one or more ASCII digits and nothing else. */
export function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * A date written exactly `YYYY-MM-DD` as the number YYYYMMDD; NaN for any other form (white space,
 * a time zone, a sign, a longer year). Nearly every date of a message has this form, and for it the
 * number compares like the stylesheet's dash-less text: rules take this path first and keep their
 * general string handling for the other forms.
 */
export function plainDateNumber(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return NaN;
  let n = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/** What the rules of each run keep in PerRun memos, dropped by endRun. */
const runs = new WeakMap<RuleContext, Map<PerRun<unknown>, Map<XmlElement, unknown>>>();

/**
 * A value derived from an element once per rule run and shared by the rules of that run (the
 * Prestaties of a declaratie, which several rules read): declare one per kind of value at module
 * level. The engine drops the values when its walk ends, so they keep no message alive afterwards;
 * for a rule called outside the engine they live as long as its context. (A module-level WeakMap
 * from elements to values that point back into the tree would do, but measured: V8 then keeps whole
 * messages alive through minor collections, and many small messages pay for that in GC.)
 */
export class PerRun<T> {
  constructor(private readonly compute: (el: XmlElement) => T) {}

  of(ctx: RuleContext, el: XmlElement): T {
    let memos = runs.get(ctx);
    if (!memos) runs.set(ctx, (memos = new Map()));
    let values = memos.get(this) as Map<XmlElement, T> | undefined;
    if (!values) memos.set(this, (values = new Map()));
    if (values.has(el)) return values.get(el) as T;
    const value = this.compute(el);
    values.set(el, value);
    return value;
  }
}

/** Drops the PerRun values of a run (the engine calls this when its walk is done). */
export function endRun(ctx: RuleContext): void {
  runs.delete(ctx);
}
