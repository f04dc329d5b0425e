import type { BerichtType, CatalogueEntry } from '../catalogue/index.js';
import type { Mode } from '../variants/index.js';
import type { XmlElement } from '../xml/scan.js';
import type { Parties } from './facts.js';
import type { ConversationStore } from './store.js';

/** What a rule across messages sees besides the element it is called on. */
export interface ContextRuleContext {
  readonly entry: CatalogueEntry;
  /** Everything accepted before this message. */
  readonly store: ConversationStore;
  /** Gemeente and aanbieder of this message (by its direction). */
  readonly parties: Parties;
  /** Dagtekening of this message. */
  readonly dagtekening: string;
  /** ISO date used as "today" (injectable). */
  readonly today: string;
  /**
   * The uitvoeringsvariant (with taakgericht profile) of a product, when the caller gave a contract
   * or variant; undefined otherwise, and then the rules assume the standard's default werkwijze
   * (inspannings- or outputgericht).
   */
  werkwijze(product: { categorie?: string; code?: string }): Mode | undefined;
  /** Per message run: a value kept for the rule under `key` (for duplicates within one message). */
  memo<T>(key: string, init: () => T): T;
  /** Reports a finding of the rule on `el` (see the level-2 RuleContext). */
  report(el: XmlElement, related?: readonly XmlElement[], distinct?: string): void;
}

/**
 * One rule of controleniveau 3 (berichtoverstijgend): data plus a check against the store.
 * The engine calls `check` on every element whose local name is in `on`, for the messages listed.
 */
export interface ContextRule {
  readonly id: string;
  /** The rule's own retourcode (e.g. 9019), put on the failing class of the retourbericht. */
  readonly retourcode: string;
  readonly berichten: readonly BerichtType[];
  readonly on: readonly string[];
  readonly description: { readonly nl: string; readonly en: string };
  check(el: XmlElement, ctx: ContextRuleContext): void;
}
