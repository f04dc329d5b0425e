/**
 * A validator process for the concurrency tests (spawned with `node --import tsx`): opens the
 * PostgreSQL history of the job, says `ready`, waits for `go` on its standard input, then validates
 * the job's messages in order and prints one JSON line per message ({ recording, codes }).
 *
 *   node --import tsx test/history/pg-writer.ts job.json
 */
import { readFileSync } from 'node:fs';
import { openPostgresHistory } from '../../src/adapters/postgres.js';
import { checkAsync } from '../../src/pipeline/async.js';

interface Job {
  readonly url: string;
  readonly schema: string;
  readonly today: string;
  readonly messages: readonly string[];
}

const job = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Job;
const history = await openPostgresHistory(job.url, { schema: job.schema, max: 2 });
process.stdout.write('ready\n');
await new Promise<void>((resolve) => {
  let seen = '';
  process.stdin.on('data', (chunk: Buffer) => {
    seen += chunk.toString();
    if (seen.includes('go')) resolve();
  });
});
process.stdin.pause();
for (const xml of job.messages) {
  const r = await checkAsync(xml, { today: job.today, history });
  process.stdout.write(`${JSON.stringify({ recording: r.recording, codes: r.report.issues.filter((i) => i.severity === 'error').map((i) => i.code) })}\n`);
}
await history.close();
