/**
 * An exchange (a folder of earlier messages, a batch) judged as one conversation: the messages in
 * Dagtekening order, each against the ones before, through the history port. Over named bytes: the
 * shell reads the files or the request.
 *
 *   for (const { name, judgement } of await replayExchange(messages, { history })) …
 */
import { validateMessage, type JudgeOptions, type Judgement } from './judge.js';

export interface NamedMessage {
  readonly name: string;
  readonly bytes: Uint8Array;
}

const DAGTEKENING = /<(?:[A-Za-z_][\w.-]*:)?Dagtekening>\s*([^<\s]*)\s*</;
const HEAD = 4096;

/** The first Dagtekening of a message (its header's), or '' when none stands in its first 4 KB. */
export function dagtekeningOfBytes(bytes: Uint8Array): string {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, HEAD));
  return DAGTEKENING.exec(head)?.[1] ?? '';
}

/** The messages in Dagtekening order, then by name (a stable order for equal dates). */
export function inDagtekeningOrder<M extends NamedMessage>(messages: readonly M[]): M[] {
  const keyed = messages.map((m) => ({ m, dag: dagtekeningOfBytes(m.bytes) }));
  keyed.sort((a, b) => (a.dag < b.dag ? -1 : a.dag > b.dag ? 1 : a.m.name < b.m.name ? -1 : a.m.name > b.m.name ? 1 : 0));
  return keyed.map((k) => k.m);
}

/** An exchange replayed: every message judged so far and, when the history itself failed, where. */
export interface Replayed {
  readonly results: Array<{ name: string; judgement: Judgement }>;
  /** The history failed on this message (its report says so); the messages after it were not judged. */
  readonly failure?: { readonly name: string; readonly message: string };
}

/**
 * Judges the messages one after the other in Dagtekening order, each against the history as the
 * ones before left it (accepted ones are recorded unless `dryRun`). Stops at the first failure of
 * the history itself (a judgement against a history that lost a message would be wrong). Never throws.
 */
export async function replayExchange(messages: readonly NamedMessage[], options: JudgeOptions = {}): Promise<Replayed> {
  const results: Array<{ name: string; judgement: Judgement }> = [];
  for (const m of inDagtekeningOrder(messages)) {
    const judgement = await validateMessage(m.bytes, options);
    results.push({ name: m.name, judgement });
    if (judgement.recording === 'failed') {
      const failed = judgement.report.issues.find((i) => i.code === 'history.failed');
      if (failed) return { results, failure: { name: m.name, message: failed.message } };
    }
  }
  return { results };
}
