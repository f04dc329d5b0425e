import type { XmlElement } from './scan.js';

interface SiblingIndex {
  readonly position: Map<XmlElement, number>;
  readonly count: Map<string, number>;
}

const indexes = new WeakMap<XmlElement, SiblingIndex>();

/** Positions among same-name siblings, computed once per parent (so paths stay linear in total). */
function siblingIndex(parent: XmlElement): SiblingIndex {
  let idx = indexes.get(parent);
  if (!idx) {
    const position = new Map<XmlElement, number>();
    const count = new Map<string, number>();
    for (const child of parent.children) {
      const n = (count.get(child.local) ?? 0) + 1;
      count.set(child.local, n);
      position.set(child, n);
    }
    idx = { position, count };
    indexes.set(parent, idx);
  }
  return idx;
}

/**
 * The path of an element written like the official validation report's Locatie:
 * local names from the root, with a 1-based position where an element has siblings of the same name
 * (`/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]/Omvang`).
 */
export function elementPath(el: XmlElement): string {
  const parts: string[] = [];
  for (let e: XmlElement | null = el; e; e = e.parent) {
    let step = e.local;
    if (e.parent) {
      const idx = siblingIndex(e.parent);
      if (idx.count.get(e.local)! > 1) step += `[${idx.position.get(e)}]`;
    }
    parts.push(step);
  }
  return '/' + parts.reverse().join('/');
}
