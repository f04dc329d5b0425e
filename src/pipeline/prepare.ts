/**
 * prepare(): readies the synchronous `validate()` for the messages at hand.
 *
 * Where every validator is at hand (Node, and any build without the `browser` condition) this is a
 * no-op. The browser build loads the compiled XSD validator of a message type only when a message of
 * that type comes along, so a page that checks one JW301 downloads JW301's validator and no other
 * message's; `await prepare(bytes)` before `validate(bytes)` makes sure it is there. Without it,
 * `validate()` still never says "valid" wrongly: a schema-invalid message whose validator is missing
 * gets an `internal.not-loaded` error. `validateAsync()`, `checkAsync()` and `respondAsync()`
 * prepare by themselves.
 */
import { CATALOGUE, byNamespaceUri, catalogueEntry } from '../catalogue/index.js';
import { loadValidator, validatorAtHand } from '../schema/validate.js';

/** A message (bytes or text), or a message type (`JW301`, `wmo325`). */
export type Preparable = string | Uint8Array;

const NAMESPACE = /http:\/\/www\.istandaarden\.nl\/(?:ijw|iwmo)\/3_2\/(?:jw|wmo)\d{3}\/schema/g;
/** The namespaces are ASCII: any single-byte decoding finds them, whatever else the bytes hold. */
const latin1 = new TextDecoder('latin1');

/**
 * The root's namespace is declared in the root's start tag, near the top: the first 64 KB are read
 * first and the rest only when they name no message type (a message with a longer prolog).
 */
const HEAD = 64 * 1024;

/** The message types a message may be: the iJw/iWmo 3.2 namespaces it names (its root's among them). */
export function berichtenIn(input: Preparable): Set<string> {
  const out = new Set<string>();
  if (typeof input === 'string') {
    const asType = catalogueEntry(input);
    if (asType) return out.add(asType.bericht);
  }
  const text = (from: number, to?: number): string => (typeof input === 'string' ? input.slice(from, to) : latin1.decode(input.subarray(from, to)));
  const find = (t: string): void => {
    for (const m of t.matchAll(NAMESPACE)) {
      const entry = byNamespaceUri(m[0]);
      if (entry) out.add(entry.bericht);
    }
  };
  find(text(0, HEAD));
  // Read again from a little before the cut, so that a namespace across it is found.
  if (out.size === 0 && input.length > HEAD) find(text(HEAD - 64));
  return out;
}

/**
 * Loads the validators of the given messages' types (a message, a message type, or a list of them).
 * Resolves when the synchronous `validate()` has all it needs for them; rejects with the message
 * type in the error when a validator cannot be loaded (a missing file on the web server, say).
 */
export async function prepare(input: Preparable | Iterable<Preparable>): Promise<void> {
  const items = itemsOf(input);
  // Where every validator is at hand (Node), there is nothing to look for: the input is not read.
  if (CATALOGUE.every((e) => validatorAtHand(e.bericht))) return;
  const wanted = new Set<string>();
  for (const item of items) for (const b of berichtenIn(item)) if (!validatorAtHand(b)) wanted.add(b);
  await Promise.all(
    [...wanted].map((b) =>
      loadValidator(b).catch((e: unknown) => {
        throw new Error(`iwmo-ijw: the XSD validator of ${b} could not be loaded (${e instanceof Error ? e.message : String(e)})`, { cause: e });
      }),
    ),
  );
}

const USAGE = 'prepare() takes a message (a string or bytes), a message type such as JW301, or a list of them';

/** One preparable item, or null: bytes by ArrayBuffer.isView, not instanceof (they may come from another realm: an iframe, a worker). */
function preparable(x: unknown): Preparable | null {
  if (typeof x === 'string') return x;
  if (ArrayBuffer.isView(x)) return x instanceof Uint8Array ? x : new Uint8Array(x.buffer, x.byteOffset, x.byteLength);
  if (x instanceof ArrayBuffer) return new Uint8Array(x);
  return null;
}

/** The items of prepare()'s argument, checked the same way wherever the validators come from. */
function itemsOf(input: unknown): Preparable[] {
  const one = preparable(input);
  if (one !== null) return [one];
  if (input === null || typeof input !== 'object' || !(Symbol.iterator in input)) throw new TypeError(USAGE);
  const out: Preparable[] = [];
  for (const x of input as Iterable<unknown>) {
    const item = preparable(x);
    if (item === null) throw new TypeError(USAGE);
    out.push(item);
  }
  return out;
}

/** prepare() for the pipeline's own async entries: a failure to load shows in the report (`internal.not-loaded`), not as a rejection. */
export async function prepareQuietly(input: Preparable): Promise<void> {
  try {
    await prepare(input);
  } catch {
    // validate() reports the missing validator where it would have needed it.
  }
}
