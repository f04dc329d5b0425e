import type { XmlElement } from '../xml/scan.js';
import type { ChildDecl } from './model.js';

export type SequenceResult =
  | { readonly ok: true }
  /** A child that does not fit where it stands; `expected` names what could stand there. */
  | { readonly ok: false; readonly unexpected: XmlElement; readonly expected: readonly string[] }
  /** The children end while a required element is still due. */
  | { readonly ok: false; readonly missing: string }
  /** `visit` stopped the walk. */
  | { readonly ok: false; readonly stopped: true };

/**
 * Replays an xs:sequence (`decls`, all in namespace `ns`) over the children of an element, greedily
 * as XSD's unique particle attribution allows, and stops at the first deviation, as an XSD validator
 * does. `visit` is called for every child that fits, with its declaration; returning false stops.
 */
const OK: SequenceResult = Object.freeze({ ok: true });

export function matchSequence(children: readonly XmlElement[], decls: readonly ChildDecl[], ns: string, visit?: (child: XmlElement, decl: ChildDecl) => boolean): SequenceResult {
  let i = 0;
  let count = 0;
  // An indexed loop: this runs for every element of a message, and for-of costs twice as much here.
  for (let k = 0; k < children.length; k++) {
    const child = children[k]!;
    for (;;) {
      const d = decls[i];
      if (d && child.local === d.name && child.ns === ns && (d.max === -1 || count < d.max)) {
        count++;
        break;
      }
      if (d && count >= d.min) {
        i++;
        count = 0;
        continue;
      }
      const expected: string[] = [];
      for (let j = i; j < decls.length; j++) {
        const e = decls[j]!;
        const used = j === i ? count : 0;
        if (e.max === -1 || used < e.max) expected.push(e.name);
        if (used < e.min) break;
      }
      return { ok: false, unexpected: child, expected };
    }
    if (visit && !visit(child, decls[i]!)) return { ok: false, stopped: true };
  }
  for (let j = i; j < decls.length; j++) if ((j === i ? count : 0) < decls[j]!.min) return { ok: false, missing: decls[j]!.name };
  return OK;
}
