import type { BerichtType, Standaard } from '../catalogue/index.js';

import type { Level } from './levels.js';

/** Which check found an issue: see `LEVELS` in ./levels.ts (schema, rule, context, external, variant). */
export type { Level } from './levels.js';
export type Severity = 'error' | 'warning';
export type Lang = 'nl' | 'en';

export interface Location {
  /** XPath-like path written like the official validation report's Locatie. */
  readonly path: string;
  readonly line: number;
  readonly column: number;
}

export interface Issue {
  /** Official rule id (`CD079`, `TR101`) or one of this library's own codes (`xml.doctype`, `xsd.unexpected-element`). */
  readonly code: string;
  readonly level: Level;
  readonly severity: Severity;
  /** Retourcode the standard attaches to the finding, where it gives one. */
  readonly retourcode?: string;
  /** Location of the (first) element concerned. */
  readonly path: string;
  readonly line: number;
  readonly column: number;
  /** Every location concerned (a duplicate pair lists both), when there is more than one. */
  readonly locations?: readonly Location[];
  readonly message: string;
}

/**
 * The identifying data of a message's Header, as written in the message (text, not checked): what a
 * formatter needs to name the message (the Rapport's Header, for one) without reading it again.
 * A field is absent when the message does not have it (a message that fails level 1 may lack any).
 */
export interface MessageHeader {
  readonly berichtCode?: string;
  readonly berichtVersie?: string;
  readonly berichtSubversie?: string;
  readonly afzender?: string;
  readonly ontvanger?: string;
  /** BerichtIdentificatie/Identificatie. */
  readonly identificatie?: string;
  /** BerichtIdentificatie/Dagtekening. */
  readonly dagtekening?: string;
}

export interface Report {
  readonly standaard: Standaard | null;
  readonly bericht: BerichtType | null;
  readonly release: string | null;
  /** The levels that ran, in order. A level runs only when the one before it passed. */
  readonly levels: readonly Level[];
  /** False whenever any issue has severity `error`. */
  readonly valid: boolean;
  readonly issues: readonly Issue[];
  /** The message's Header data, when the input could be parsed and has a Header under its root. */
  readonly header?: MessageHeader;
}
