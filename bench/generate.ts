/**
 * Generated benchmark messages: a JW323 with any number of prestaties (one client each, distinct
 * BSNs that pass the 11-proef, consistent totals) and the 5 KB golden JW301.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { elfproef } from '../src/rules/kit.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function jw301(products?: number): string {
  const golden = readFileSync(join(root, 'fixtures/ijw/JW301/golden.xml'), 'utf8');
  if (products === undefined) return golden;
  // Many toegewezen producten of one client: distinct ToewijzingNummers and product codes, so no
  // two lines overlap (TR302) or repeat (TR101).
  const first = golden.indexOf('<jw301:ToegewezenProduct>');
  const last = golden.lastIndexOf('</jw301:ToegewezenProduct>') + '</jw301:ToegewezenProduct>'.length;
  const template = golden.slice(first, golden.indexOf('</jw301:ToegewezenProduct>') + '</jw301:ToegewezenProduct>'.length).replace(/>\s+</g, '><');
  const parts: string[] = [];
  for (let i = 0; i < products; i++) {
    parts.push(
      template
        .replace('<jw301:ToewijzingNummer>4001<', `<jw301:ToewijzingNummer>${1_000_000 + i}<`)
        .replace('<ijw:Code>45A07<', `<ijw:Code>45${i.toString(36).toUpperCase().padStart(3, '0')}<`),
    );
  }
  return golden.slice(0, first) + parts.join('\n') + golden.slice(last);
}

function* bsns(): Generator<string> {
  for (let n = 100_000_000; ; n++) {
    const s = String(n);
    if (elfproef(s)) yield s;
  }
}

export function jw323(prestaties: number): string {
  const golden = readFileSync(join(root, 'fixtures/ijw/JW323/golden.xml'), 'utf8');
  const start = golden.indexOf('<jw323:Client>');
  const end = golden.indexOf('</jw323:Clienten>');
  // Without indentation, as most systems send messages: about 700 bytes a prestatie.
  const template = golden.slice(start, golden.indexOf('</jw323:Client>') + '</jw323:Client>'.length).replace(/>\s+</g, '><');
  const bedrag = 130050;
  const parts: string[] = [];
  const gen = bsns();
  for (let i = 0; i < prestaties; i++) {
    parts.push(
      template
        .replace(/<jw323:Bsn>\d+<\/jw323:Bsn>/, `<jw323:Bsn>${gen.next().value as string}</jw323:Bsn>`)
        .replace(/PR-0001/, `PR-${String(i + 1).padStart(7, '0')}`)
        .replace(/<jw323:ToewijzingNummer>\d+/, `<jw323:ToewijzingNummer>${100000 + i}`),
    );
  }
  return (
    golden.slice(0, start).replace(/<ijw:TotaalBedrag>\d+</, `<ijw:TotaalBedrag>${bedrag * prestaties}<`) +
    parts.join('\n') +
    '\n' +
    golden.slice(end)
  );
}
