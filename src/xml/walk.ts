import type { XmlElement } from './scan.js';

/**
 * Rules per element local name: a plain object without prototype rather than a Map. The scanner's
 * names are canonical strings, so a property lookup with one is the engine's fastest keyed access.
 */
export type DispatchTable<R> = Readonly<Record<string, readonly R[] | undefined>>;

/**
 * The one walk both rule engines make: every element in document order, handed to the rules
 * registered for its local name. Iterative, so the depth of a message cannot exhaust the stack.
 */
export function walkDispatch<R>(root: XmlElement, table: DispatchTable<R>, call: (rule: R, el: XmlElement) => void): void {
  const stack: XmlElement[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    const rules = table[el.local];
    if (rules) for (const rule of rules) call(rule, el);
    const children = el.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/** Rules per element local name, for the rules that apply to one message type. */
export function dispatchTable<R extends { readonly on: readonly string[] }>(rules: readonly R[]): DispatchTable<R> {
  const table: Record<string, R[] | undefined> = Object.create(null);
  for (const rule of rules) {
    for (const name of rule.on) (table[name] ??= []).push(rule);
  }
  return table;
}
