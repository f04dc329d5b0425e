/**
 * npm run bench:context — level 3: replaying an exchange through the in-memory store.
 * Per client a toewijzing (301, two products), a start (305) and a stop (307); time per message
 * should stay level as the exchange grows, and memory is reported per stored toewijzing.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MemoryStore } from '../src/context/store.js';
import { elfproef } from '../src/rules/kit.js';
import { validate } from '../src/validate.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const golden = (b: string): string => readFileSync(join(root, 'fixtures/ijw', b, 'golden.xml'), 'utf8');
const templates = ['JW301', 'JW305', 'JW307'].map(golden);

function* bsns(): Generator<string> {
  for (let n = 200_000_000; ; n++) if (elfproef(String(n))) yield String(n);
}

function exchange(clients: number): Buffer[] {
  const out: Buffer[] = [];
  const gen = bsns();
  for (let i = 0; i < clients; i++) {
    const bsn = gen.next().value as string;
    for (const t of templates) {
      out.push(
        Buffer.from(
          t
            .replaceAll('123456782', bsn)
            .replaceAll('>4001<', `>${100000 + 2 * i}<`)
            .replaceAll('>4002<', `>${100001 + 2 * i}<`),
        ),
      );
    }
  }
  return out;
}

console.log('clients | messages | ms | messages/s | µs per message | heap MB | bytes per toewijzing');
console.log('--- | --- | --- | --- | --- | --- | ---');
for (const clients of [1_000, 10_000, 33_334]) {
  const messages = exchange(clients);
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().heapUsed;
  const store = new MemoryStore();
  const start = process.hrtime.bigint();
  let rejected = 0;
  for (const m of messages) if (!validate(m, { context: store, today: '2026-11-23' }).valid) rejected++;
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  (globalThis as { gc?: () => void }).gc?.();
  const heap = process.memoryUsage().heapUsed - before;
  if (rejected) throw new Error(`${rejected} messages were rejected; the generated exchange must be clean`);
  const toewijzingen = 2 * clients;
  const stored = store.all().length + messages.length; // both stay alive until measured
  console.log(
    `${clients} | ${messages.length} | ${ms.toFixed(0)} | ${Math.round(messages.length / (ms / 1000))} | ${((ms * 1000) / messages.length).toFixed(1)} | ${(heap / 1e6).toFixed(1)} | ${Math.round(heap / toewijzingen)}`,
  );
  if (stored < messages.length) throw new Error('unreachable');
}
