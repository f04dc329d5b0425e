/**
 * Hostile shapes of a message, generated instead of committed: one element with a million
 * attributes, a million sibling elements that each fail the schema, a 100 MB text node. Used by the
 * hostile-input tests (with a time bound per case) and by `bench/hostile-run.ts` (time, peak memory).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const golden = (bericht: string): string => readFileSync(join(root, `fixtures/ijw/${bericht}/golden.xml`), 'utf8');

/**
 * A JW301 whose Client start tag carries `count` attributes ` a<i>="<i>"`: the million-attribute
 * case is 16.8 MB, nearly all of it in one start tag on one line.
 */
export function manyAttributes(count: number): Buffer {
  const xml = golden('JW301');
  const at = xml.indexOf('<jw301:Client>') + '<jw301:Client'.length;
  const parts: string[] = [xml.slice(0, at)];
  for (let i = 0; i < count; i++) parts.push(` a${i}="${i}"`);
  parts.push(xml.slice(at));
  return Buffer.from(parts.join(''));
}

/**
 * A JW302 whose last RetourCodes holds `count` RetourCode siblings with a code that is no retourcode
 * (each one an xsd.invalid-value), one per line: the million-sibling case is about 30 MB.
 */
export function manySiblingErrors(count: number): Buffer {
  const xml = golden('JW302');
  const last = '<jw302:RetourCodes><jw302:RetourCode>0200</jw302:RetourCode></jw302:RetourCodes>';
  const at = xml.lastIndexOf(last);
  const ns = 'http://www.istandaarden.nl/ijw/3_2/jw302/schema';
  const parts: string[] = [xml.slice(0, at), `<jw302:RetourCodes xmlns="${ns}">`];
  for (let i = 0; i < count; i++) parts.push('\n<RetourCode>XXXX</RetourCode>');
  parts.push('</jw302:RetourCodes>', xml.slice(at + last.length));
  return Buffer.from(parts.join(''));
}

/** A JW301 whose client's Achternaam is one text node of `bytes` bytes (far beyond its maximum length). */
export function hugeText(bytes: number): Buffer {
  const xml = golden('JW301');
  const name = '<ijw:Achternaam>Vermeulen</ijw:Achternaam>';
  const at = xml.indexOf(name);
  const head = Buffer.from(xml.slice(0, at) + '<ijw:Achternaam>');
  const tail = Buffer.from('</ijw:Achternaam>' + xml.slice(at + name.length));
  const out = Buffer.allocUnsafe(head.length + bytes + tail.length);
  head.copy(out, 0);
  out.fill('a', head.length, head.length + bytes);
  tail.copy(out, head.length + bytes);
  return out;
}
