/** The declared prestatie a Prestatie of a declaratie-antwoord (325) relates to (TR366, TR367). */
import type { PrestatieFact } from '../../facts.js';
import { value } from '../../../xml/query.js';
import type { ContextRuleContext } from '../../types.js';
import type { XmlElement } from '../../../xml/scan.js';
import type { Prestatie } from './prestatie.js';

/**
 * The prestatie in the store with the same ProductReferentie (ReferentieNummer and
 * VorigReferentieNummer) that this aanbieder declared to this gemeente in the declaration the
 * DeclaratieAntwoord answers (its DeclaratieNummer); undefined when there is none.
 */
export function gedeclareerd(ctx: ContextRuleContext, p: Prestatie): PrestatieFact | undefined {
  const declaratieNummer = value(antwoordVan(p.el), 'DeclaratieNummer');
  const f = ctx.store.prestatie(ctx.parties, p.referentieNummer);
  if (!f || f.gemeente !== ctx.parties.gemeente || f.declaratieNummer !== declaratieNummer) return undefined;
  return f.vorigReferentieNummer === p.vorigReferentieNummer ? f : undefined;
}

/** The DeclaratieAntwoord around a Prestatie (…/Clienten/Client/Prestaties/Prestatie). */
function antwoordVan(el: XmlElement): XmlElement | undefined {
  const a = el.parent?.parent?.parent?.parent;
  return a?.local === 'DeclaratieAntwoord' ? a : undefined;
}
