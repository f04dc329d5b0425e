/**
 * Level 3 on the command line: a folder of earlier messages (an exchange) replayed in Dagtekening
 * order into a conversation store, optionally kept in a file between runs.
 */
import { readFileSync } from 'node:fs';
import { MemoryStore, type ConversationStore } from '../context/store.js';
import { FileStore } from '../adapters/jsonl.js';
import type { Report } from '../report/types.js';
import { validate, type ValidateOptions } from '../pipeline/validate.js';

const DAGTEKENING = /<(?:[A-Za-z_][\w.-]*:)?Dagtekening>\s*([^<\s]*)\s*</;

/** Files in Dagtekening order (the first Dagtekening of a message is its header's), then by name. */
export function inDagtekeningOrder(files: readonly string[]): Array<{ file: string; bytes: Buffer | null; error?: string }> {
  const read = files.map((file) => {
    try {
      const bytes = readFileSync(file);
      const dag = DAGTEKENING.exec(bytes.subarray(0, 4096).toString('utf8'))?.[1] ?? '';
      return { file, bytes, dag };
    } catch (e) {
      return { file, bytes: null, dag: '', error: (e as Error).message };
    }
  });
  read.sort((a, b) => (a.dag < b.dag ? -1 : a.dag > b.dag ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return read;
}

export function openStore(file: string | undefined): ConversationStore {
  return file ? new FileStore(file) : new MemoryStore();
}

/** Replays messages into the store (each judged against the ones before, accepted ones recorded). */
export function replay(files: readonly string[], store: ConversationStore, options: ValidateOptions): Array<{ file: string; report?: Report; error?: string }> {
  return inDagtekeningOrder(files).map(({ file, bytes, error }) => (bytes ? { file, report: validate(bytes, { ...options, context: store }) } : { file, error: error ?? 'unreadable' }));
}
