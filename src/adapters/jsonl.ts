/**
 * The JSON Lines file of earlier versions (one fact per line): read by `store import`, written by
 * `store export`. Reading names the file and line of anything that is not a fact.
 */
import { readFileSync } from 'node:fs';
import type { Fact } from '../context/facts.js';

const KINDS = new Set(['bericht', 'toewijzing', 'levering', 'verzoek', 'antwoord', 'declaratie', 'prestatie', 'declaratie-antwoord']);

/** Why a value is not a fact of iwmo-ijw, or undefined when it is one (its kind and parties are checked). */
export function notAFact(value: unknown): string | undefined {
  const v = value as { type?: unknown; standaard?: unknown; gemeente?: unknown; aanbieder?: unknown } | null;
  if (!v || typeof v !== 'object' || typeof v.type !== 'string' || !KINDS.has(v.type) || typeof v.standaard !== 'string' || typeof v.gemeente !== 'string' || typeof v.aanbieder !== 'string') {
    return 'not a fact of iwmo-ijw (type, standaard, gemeente and aanbieder expected)';
  }
  return undefined;
}

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
    const why = notAFact(value);
    if (why) throw new Error(`${name}:${i + 1}: ${why}`);
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
