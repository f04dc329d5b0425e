/**
 * The exchange of the level-3 benchmarks: per client ten messages — a toewijzing (301, two
 * products), four start/stop pairs on the first product (305/307), and a declaration (323) on the
 * second — all between gemeente 0344 and one aanbieder. The same workload as bench/context.ts.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { elfproef } from '../src/rules/kit.js';
import { edit, remove, set } from '../test/support/messages.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const golden = (b: string): string => readFileSync(join(root, 'fixtures/ijw', b, 'golden.xml'), 'utf8');

const dag = (d: string) => set('Header/BerichtIdentificatie/Dagtekening', d);
const SP = 'Client/StartProducten/StartProduct';
const ST = 'Client/StopProducten/StopProduct';

/** The ten messages of one client, as templates with BSN 123456782 and toewijzingen 4001/4002. */
function templates(): string[] {
  const jw305 = golden('JW305');
  const start = (begin: string, d: string): string => edit(jw305, remove(`${SP}[2]`), set(`${SP}/Begindatum`, begin), dag(d));
  const stop = (begin: string, d: string): string => edit(golden('JW307'), set(`${ST}/Begindatum`, begin), set(`${ST}/Einddatum`, begin), dag(d));
  const C = 'Declaratie/Clienten/Client';
  const declaratie = edit(
    golden('JW323'),
    remove('Declaratie/Clienten/Client[1]'),
    set('Declaratie/DeclaratiePeriode/Begindatum', '2026-11-01'),
    set('Declaratie/DeclaratiePeriode/Einddatum', '2026-11-30'),
    set('Declaratie/DeclaratieDagtekening', '2026-12-02'),
    set('Declaratie/TotaalIngediendBedrag/TotaalBedrag', '57700'),
    dag('2026-12-02'),
  );
  const d323 = edit(
    declaratie,
    set(`${C}/Bsn`, '123456782'),
    set(`${C}/Prestaties/Prestatie/ToewijzingNummer`, '4002'),
    set(`${C}/Prestaties/Prestatie/ProductPeriode/Begindatum`, '2026-11-01'),
    set(`${C}/Prestaties/Prestatie/ProductPeriode/Einddatum`, '2026-11-30'),
  );
  return [
    golden('JW301'),
    edit(jw305, dag('2026-11-02')),
    stop('2026-11-01', '2026-11-02'),
    start('2026-11-03', '2026-11-05'),
    stop('2026-11-03', '2026-11-05'),
    start('2026-11-06', '2026-11-07'),
    stop('2026-11-06', '2026-11-07'),
    start('2026-11-08', '2026-11-09'),
    stop('2026-11-08', '2026-11-09'),
    d323,
  ];
}

function* bsns(): Generator<string> {
  for (let n = 200_000_000; ; n++) if (elfproef(String(n))) yield String(n);
}

/** The golden messages' aanbieder (AGB code). */
export const AANBIEDER = '56781234';

/** The golden messages' gemeente (CBS code). */
export const GEMEENTE = '0344';

/**
 * The messages of `clients` clients, in order; with another AGB code, the same exchange for another
 * aanbieder — and then with another gemeente too (one derived from the AGB code), because a gemeente's
 * Identificaties and ToewijzingNummers are unique across its aanbieders (TR056, TR332).
 */
export function exchange(clients: number, aanbieder = AANBIEDER, gemeente = aanbieder === AANBIEDER ? GEMEENTE : `9${aanbieder.slice(-3)}`): Buffer[] {
  const ts = templates();
  const out: Buffer[] = [];
  const gen = bsns();
  for (let i = 0; i < clients; i++) {
    const bsn = gen.next().value as string;
    ts.forEach((t, j) => {
      out.push(
        Buffer.from(
          t
            // Every message an Identificatie of its own (TR056: unique per sender and BerichtCode).
            .replace(/(<[\w]+:Identificatie>)[^<]*/, `$1X${i.toString(36)}-${j}`)
            .replaceAll('123456782', bsn)
            .replaceAll('>4001<', `>${100000 + 2 * i}<`)
            .replaceAll('>4002<', `>${100001 + 2 * i}<`)
            .replace('>D202610001<', `>D${String(i).padStart(9, '0')}<`)
            .replace('>PR-0002<', `>PR-${i}<`)
            .replaceAll(`>${AANBIEDER}<`, `>${aanbieder}<`)
            .replaceAll(`>${GEMEENTE}<`, `>${gemeente}<`),
        ),
      );
    });
  }
  return out;
}
