import type { Mode } from '../variants/index.js';
import type { Parties } from './facts.js';
import type { ConversationStore } from './store.js';
import type { RuleContext, RuleShape } from '../rules/types.js';

/** What a rule across messages sees besides the element it is called on: the level-2 context and more. */
export interface ContextRuleContext extends RuleContext {
  /** Everything accepted before this message. */
  readonly store: ConversationStore;
  /** Gemeente and aanbieder of this message (by its direction). */
  readonly parties: Parties;
  /** Dagtekening of this message. */
  readonly dagtekening: string;
  /**
   * The uitvoeringsvariant (with taakgericht profile) of a product, when the caller gave a contract
   * or variant; undefined otherwise, and then the rules assume the standard's default werkwijze
   * (inspannings- or outputgericht).
   */
  werkwijze(product: { categorie?: string; code?: string }): Mode | undefined;
  /** Per message run: a value kept for the rule under `key` (for duplicates within one message). */
  memo<T>(key: string, init: () => T): T;
}

/**
 * One rule of controleniveau 3 (berichtoverstijgend): data plus a check against the store; its
 * retourcode is its own (e.g. 9019), or empty where the standard gives none (the rules on a 325,
 * which no message answers).
 */
export type ContextRule = RuleShape<ContextRuleContext> & {
  /**
   * Where the standard's text leaves room: the reading this rule follows and why, in English
   * (docs/rules.md lists it under the table).
   */
  readonly reading?: string;
};
