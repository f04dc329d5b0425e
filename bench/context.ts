/**
 * npm run bench:context — level 3: replaying an exchange through the in-memory store.
 *
 * Per client ten messages: a toewijzing (301, two products), four start/stop pairs on the first
 * product (305/307), and a declaration (323) on the second. Each message is judged against the ones
 * before it (all levels) and recorded; time per message should stay level as the store grows, and
 * memory is reported per stored toewijzing.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MemoryStore } from '../src/context/store.js';
import { elfproef } from '../src/rules/kit.js';
import { validate } from '../src/pipeline/validate.js';
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
  const C = 'Declaratie/Clienten/Client[2]';
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
    set(`${C.replace('[2]', '')}/Bsn`, '123456782'),
    set(`${C.replace('[2]', '')}/Prestaties/Prestatie/ToewijzingNummer`, '4002'),
    set(`${C.replace('[2]', '')}/Prestaties/Prestatie/ProductPeriode/Begindatum`, '2026-11-05'),
    set(`${C.replace('[2]', '')}/Prestaties/Prestatie/ProductPeriode/Einddatum`, '2026-11-16'),
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

function exchange(clients: number): Buffer[] {
  const ts = templates();
  const out: Buffer[] = [];
  const gen = bsns();
  for (let i = 0; i < clients; i++) {
    const bsn = gen.next().value as string;
    for (const t of ts) {
      out.push(
        Buffer.from(
          t
            .replaceAll('123456782', bsn)
            .replaceAll('>4001<', `>${100000 + 2 * i}<`)
            .replaceAll('>4002<', `>${100001 + 2 * i}<`)
            .replace('>D202610001<', `>D${String(i).padStart(9, '0')}<`)
            .replace('>PR-0002<', `>PR-${i}<`),
        ),
      );
    }
  }
  return out;
}

console.log('clients | messages | ms | messages/s | µs per message | heap MB | bytes per toewijzing');
console.log('--- | --- | --- | --- | --- | --- | ---');
for (const clients of (process.argv[2] ? [Number(process.argv[2])] : [1_000, 3_000, 10_000])) {
  const messages = exchange(clients);
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().heapUsed;
  const store = new MemoryStore();
  const start = process.hrtime.bigint();
  const rejected: string[] = [];
  for (const m of messages) {
    const r = validate(m, { context: store, today: '2026-12-10' });
    if (!r.valid && rejected.length < 3) rejected.push(`${r.bericht}: ${r.issues.map((i) => `${i.code} ${i.path}`).join('; ')}`);
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  (globalThis as { gc?: () => void }).gc?.();
  const heap = process.memoryUsage().heapUsed - before;
  if (rejected.length) throw new Error(`the generated exchange must be clean; rejected: ${rejected.join(' | ')}`);
  const stored = store.all().length + messages.length; // both stay alive until measured
  const toewijzingen = 2 * clients;
  console.log(
    `${clients} | ${messages.length} | ${ms.toFixed(0)} | ${Math.round(messages.length / (ms / 1000))} | ${((ms * 1000) / messages.length).toFixed(1)} | ${(heap / 1e6).toFixed(1)} | ${Math.round(heap / toewijzingen)}`,
  );
  if (stored < messages.length) throw new Error('unreachable');
}
