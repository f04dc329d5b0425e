/**
 * API tokens: `--tokens FILE` is JSON,
 *
 *   {"tokens": [{"token": "…", "gemeenten": ["0384"], "aanbieders": ["12345678"], "personalData": false}]}
 *
 * A token holds gemeenten (CBS codes, 4 digits) and/or aanbieders (AGB codes, 8 digits); an empty or
 * absent list allows none of that kind. Only the SHA-256 of each token is kept in memory, and a
 * presented token is compared with every one of them in constant time (timingSafeEqual over the
 * digests, never an early exit), so neither the tokens nor which one matched leak through timing.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { PartyScope } from '../app/index.js';

export interface Grant extends PartyScope {
  /** Whether this token sees personal data (BSNs, names, dates of birth) unmasked. */
  readonly personalData: boolean;
  /** Position of the token in the file (1-based), for logs; never the token itself. */
  readonly index: number;
}

export interface TokenRegistry {
  /** The grant of the bearer token in an Authorization header, or null when there is none or it is unknown. */
  authenticate(authorization: string | undefined): Grant | null;
  readonly size: number;
}

const sha256 = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

function codes(v: unknown, what: string, pattern: RegExp, at: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || !v.every((c) => typeof c === 'string' && pattern.test(c))) throw new Error(`${at}: ${what} must be a list of codes like ${what === 'gemeenten' ? '"0384"' : '"12345678"'}`);
  return v as string[];
}

/** Reads a token file's text; throws an Error naming the first mistake (never echoing a token). */
export function loadTokens(text: string): TokenRegistry {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`not JSON: ${(e as Error).message}`);
  }
  const list = (data as { tokens?: unknown } | null)?.tokens;
  if (!Array.isArray(list)) throw new Error('expected {"tokens": [ … ]}');
  const entries = list.map((t: unknown, i) => {
    const at = `tokens[${i}]`;
    if (typeof t !== 'object' || t === null) throw new Error(`${at}: expected an object`);
    const o = t as Record<string, unknown>;
    if (typeof o.token !== 'string' || o.token.length < 16) throw new Error(`${at}: token must be a string of at least 16 characters`);
    if (o.personalData !== undefined && typeof o.personalData !== 'boolean') throw new Error(`${at}: personalData must be true or false`);
    for (const k of Object.keys(o)) if (!['token', 'gemeenten', 'aanbieders', 'personalData'].includes(k)) throw new Error(`${at}: unknown field '${k}'`);
    const grant: Grant = {
      gemeenten: codes(o.gemeenten, 'gemeenten', /^\d{4}$/, at),
      aanbieders: codes(o.aanbieders, 'aanbieders', /^\d{8}$/, at),
      personalData: o.personalData === true,
      index: i + 1,
    };
    return { digest: sha256(o.token), grant };
  });
  return {
    size: entries.length,
    authenticate(authorization) {
      const m = /^Bearer[ ]+(\S+)[ ]*$/i.exec(authorization ?? '');
      if (!m) return null;
      const presented = sha256(m[1]!);
      let found: Grant | null = null;
      // Every digest is compared, whatever matched before: the time does not depend on which one matches.
      for (const e of entries) if (timingSafeEqual(e.digest, presented) && found === null) found = e.grant;
      return found;
    },
  };
}
