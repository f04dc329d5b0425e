/**
 * The JSON Lines file of earlier versions (one fact per line): read for `store import`, written by
 * `store export`. Reading names the file and line of anything that is not a fact.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { MemoryStore } from '../context/store.js';
import type { Fact } from '../context/facts.js';

const KINDS = new Set(['bericht', 'toewijzing', 'levering', 'verzoek', 'antwoord', 'declaratie', 'prestatie', 'declaratie-antwoord']);

/** Parses the facts of a JSON Lines text; throws an Error naming the line of the first bad one. */
export function parseFactLines(text: string, name: string): Fact[] {
  const facts: Fact[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`${name}:${i + 1}: not a JSON value (the file is cut or not a facts file)`);
    }
    const v = value as { type?: unknown; standaard?: unknown; gemeente?: unknown; aanbieder?: unknown } | null;
    if (!v || typeof v !== 'object' || typeof v.type !== 'string' || !KINDS.has(v.type) || typeof v.standaard !== 'string' || typeof v.gemeente !== 'string' || typeof v.aanbieder !== 'string') {
      throw new Error(`${name}:${i + 1}: not a fact of iwmo-ijw (type, standaard, gemeente and aanbieder expected)`);
    }
    facts.push(value as Fact);
  }
  return facts;
}

export function readFactFile(file: string): Fact[] {
  return parseFactLines(readFileSync(file, 'utf8'), file);
}

export function factLine(fact: Fact): string {
  return JSON.stringify(fact) + '\n';
}

/**
 * Transitional: the JSON Lines file as a whole-history store, kept until `--store` means SQLite.
 * Written to a temporary file and renamed over the old one, so a crash never leaves half a file.
 */
export class FileStore extends MemoryStore {
  private saved = 0;
  constructor(readonly file: string) {
    super();
    if (existsSync(file)) for (const f of readFactFile(file)) this.add(f);
    this.saved = this.all().length;
  }
  save(): void {
    if (this.saved === this.all().length && existsSync(this.file)) return;
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, this.all().map(factLine).join(''));
    renameSync(tmp, this.file);
    this.saved = this.all().length;
  }
}
