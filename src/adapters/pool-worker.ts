/**
 * A worker thread of `ValidationPool`: judges one message at a time with the ordinary pipeline
 * (`app/`), its history a proxy that forwards every step of the unit of work to the pool's thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { answerMessage, validateMessage, withinScope, type JudgeOptions } from '../app/index.js';
import { HistoryError, type HistoryErrorKind, type HistoryPort, type HistoryUnit } from '../ports/history.js';
import type { VariantConfig } from '../variants/index.js';
import type { FromWorker, ToWorker } from './pool.js';

const port = parentPort!;
const { variants } = workerData as { variants?: VariantConfig };
const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
let nextReq = 1;

type Request = FromWorker extends infer F ? (F extends { req: number } ? Omit<F, 'req'> : never) : never;

function request(m: Request): Promise<unknown> {
  const req = nextReq++;
  return new Promise((resolve, reject) => {
    waiting.set(req, { resolve, reject });
    port.postMessage({ ...m, req } as FromWorker);
  });
}

/** The history as seen from this thread: each step is done by the pool's thread. */
function remoteHistory(id: number): HistoryPort {
  return {
    async unit<T>(scope: string | readonly string[], work: (unit: HistoryUnit) => Promise<T>): Promise<T> {
      await request({ t: 'open', id, scope });
      const unit: HistoryUnit = {
        load: (keys) => request({ t: 'load', id, keys: [...keys] }) as ReturnType<HistoryUnit['load']>,
        record: (message) => request({ t: 'record', id, message }) as Promise<boolean>,
      };
      let result: T;
      try {
        result = await work(unit);
      } catch (e) {
        await request({ t: 'end', id, commit: false }).catch(() => undefined);
        throw e;
      }
      await request({ t: 'end', id, commit: true });
      return result;
    },
    async close() {},
  };
}

port.on('message', (m: ToWorker) => {
  if (m.t === 'reply') {
    const w = waiting.get(m.req);
    waiting.delete(m.req);
    if (!w) return;
    if (m.ok) w.resolve(m.value);
    else w.reject(m.kind === 'internal' ? new Error(m.message) : new HistoryError(m.kind as HistoryErrorKind, m.message));
    return;
  }
  void run(m);
});

async function run(task: Extract<ToWorker, { t: 'task' }>): Promise<void> {
  try {
    const { scope, identificatie, ...rest } = task.options;
    const options: JudgeOptions = {
      ...rest,
      variants: rest.variants ?? variants,
      ...(task.history ? { history: remoteHistory(task.id) } : {}),
      ...(scope ? { admit: (parties) => withinScope(scope, parties) } : {}),
    };
    const value = task.kind === 'validate' ? await validateMessage(task.bytes, options) : await answerMessage(task.bytes, { ...options, identificatie });
    port.postMessage({ t: 'done', id: task.id, ok: true, value } satisfies FromWorker);
  } catch (e) {
    port.postMessage({ t: 'done', id: task.id, ok: false, message: e instanceof Error ? e.message : String(e) } satisfies FromWorker);
  }
}
