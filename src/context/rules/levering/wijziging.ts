/** The toewijzing a TeWijzigenProduct of a verzoek om wijziging (317) changes (TR357, TR373, TR375, TR411, TR412). */
import { ancestor, value } from '../../../xml/query.js';
import type { XmlElement } from '../../../xml/scan.js';
import type { ToewijzingFact } from '../../facts.js';
import type { ContextRuleContext } from '../../types.js';

/**
 * The current version of the toewijzing with the TeWijzigenProduct's ToewijzingNummer, between these
 * parties and for this client; undefined when there is none (then TR351 reports it).
 */
export function teWijzigenToewijzing(ctx: ContextRuleContext, el: XmlElement): ToewijzingFact | undefined {
  const nummer = value(el, 'ToewijzingNummer');
  if (nummer === undefined) return undefined;
  const t = ctx.store.toewijzing(ctx.parties, nummer);
  return t && t.bsn === (value(ancestor(el, 'Client'), 'Bsn') ?? '') ? t : undefined;
}

/** TR375, TR412: a toewijzing without Product (or Code) that ends after 2020 (or not at all) takes no Omvang. */
export const naDecember2020 = (t: ToewijzingFact): boolean => t.einddatum === undefined || t.einddatum > '2020-12-31';
