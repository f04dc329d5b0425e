/** The 323 a declaratie-antwoord (325) names in its DeclaratieIdentificatie (TR337, TR371). */
import { catalogueEntry } from '../../../catalogue/index.js';
import { value } from '../../../xml/query.js';
import type { XmlElement } from '../../../xml/scan.js';
import type { BerichtFact } from '../../facts.js';
import type { ContextRuleContext } from '../../types.js';

/**
 * The 323 this aanbieder sent this gemeente with the Identificatie and Dagtekening of the 325's
 * DeclaratieIdentificatie; undefined when there is none.
 */
export function beantwoordeDeclaratie(ctx: ContextRuleContext, header: XmlElement): BerichtFact | undefined {
  const id = value(header, 'DeclaratieIdentificatie/Identificatie');
  if (id === undefined) return undefined;
  const dagtekening = value(header, 'DeclaratieIdentificatie/Dagtekening');
  const code = catalogueEntry(ctx.parties.standaard === 'iJw' ? 'JW323' : 'WMO323')!.berichtCode;
  return ctx.store.berichten(ctx.parties.standaard, ctx.parties.aanbieder, code, id).find((b) => b.gemeente === ctx.parties.gemeente && b.dagtekening === dagtekening);
}
