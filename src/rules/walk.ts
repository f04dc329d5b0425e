import type { XmlElement } from '../xml/scan.js';

/**
 * The one walk both rule engines make: every element in document order, handed to the rules
 * registered for its local name. Iterative, so the depth of a message cannot exhaust the stack.
 */
export function walkDispatch<R>(root: XmlElement, table: ReadonlyMap<string, readonly R[]>, call: (rule: R, el: XmlElement) => void): void {
  const stack: XmlElement[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    const rules = table.get(el.local);
    if (rules) for (const rule of rules) call(rule, el);
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
}

/** Rules per element local name, for the rules that apply to one message type. */
export function dispatchTable<R extends { readonly on: readonly string[] }>(rules: readonly R[]): Map<string, R[]> {
  const table = new Map<string, R[]>();
  for (const rule of rules) {
    for (const name of rule.on) {
      const list = table.get(name);
      if (list) list.push(rule);
      else table.set(name, [rule]);
    }
  }
  return table;
}
