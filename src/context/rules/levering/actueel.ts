/**
 * "Actuele toewijzing" for the verzoek om wijziging (TR349–TR351).
 *
 * A toewijzing is actual when it is valid on the peildatum or later: no Einddatum, or an Einddatum
 * on or after the peildatum (so one that starts in the future counts too). A toewijzing that was
 * cancelled outright (Einddatum equal to Ingangsdatum with RedenWijziging 13 Verwijderd or 01
 * Administratieve correctie (vervallen)) never is.
 *
 * The peildatum is the Dagtekening of the 317: the aanbieder composes the request as things stand
 * on that day, and the verdict on a message must not change with the day it happens to be checked
 * (level 2 also takes the Dagtekening as the message's "now", e.g. TR380).
 */
import type { ToewijzingFact } from '../../facts.js';
import type { ContextRuleContext } from '../../types.js';

const VERVALLEN = new Set(['13', '01']);

export function isActueel(t: ToewijzingFact, peildatum: string): boolean {
  if (t.einddatum !== undefined && t.einddatum === t.ingangsdatum && t.redenWijziging !== undefined && VERVALLEN.has(t.redenWijziging)) return false;
  return t.einddatum === undefined || t.einddatum >= peildatum;
}

/** The actual toewijzing with this number for this client, by one keyed look-up. */
export function actueleToewijzing(ctx: ContextRuleContext, bsn: string, toewijzingNummer: string | undefined): ToewijzingFact | undefined {
  if (toewijzingNummer === undefined) return undefined;
  const t = ctx.store.toewijzing(ctx.parties, toewijzingNummer);
  return t && t.bsn === bsn && isActueel(t, ctx.dagtekening) ? t : undefined;
}
