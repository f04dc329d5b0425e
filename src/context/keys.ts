/**
 * The keys of the history. Every look-up a rule of controleniveau 3 makes is one key: a kind of
 * look-up plus the values it is made with, all of which stand in the message being judged (or in a
 * fact found with such a key). A fact is filed under every key that can find it; a store is then
 * nothing but facts filed under keys, and a snapshot for a message is the facts under its keys.
 *
 * Keys are plain strings so that every adapter (memory, SQLite, PostgreSQL) files them the same way:
 * `kind|standaard|gemeente|aanbieder|value` for look-ups between one gemeente and one aanbieder,
 * `kind|standaard|aanbieder|value` for the numbers an aanbieder keeps unique across gemeenten
 * (DeclaratieNummer, ReferentieNummer, ReferentieAanbieder: TR333, TR314, TR347),
 * `kind|standaard|gemeente|value` for the numbers a gemeente keeps unique across aanbieders
 * (ToewijzingNummer: TR332), and `kind|standaard|afzender|berichtCode|value` for the identity of a
 * message, unique per sender and berichtsoort (TR056).
 */
import { catalogueEntry } from '../catalogue/index.js';
import { value } from '../xml/query.js';
import type { XmlElement } from '../xml/scan.js';
import type { Fact, Parties } from './facts.js';

const pk = (p: Parties): string => `${p.standaard}|${p.gemeente}|${p.aanbieder}`;
const ak = (p: Parties): string => `${p.standaard}|${p.aanbieder}`;

/** One function per look-up of `ConversationStore`; the value is the key's last part. */
export const KEY = {
  /** The messages of one sender and BerichtCode with this Identificatie (TR056, TR337). */
  bericht: (standaard: string, afzender: string, berichtCode: string, identificatie: string): string => `b|${standaard}|${afzender}|${berichtCode}|${identificatie}`,
  /** Every toewijzing version with this number that the gemeente sent, to any aanbieder (TR332). */
  toewijzingGemeente: (p: Parties, toewijzingNummer: string): string => `tg|${p.standaard}|${p.gemeente}|${toewijzingNummer}`,
  /** Every request of the aanbieder with this ReferentieAanbieder, to any gemeente (TR347). */
  verzoekAanbieder: (p: Parties, referentieAanbieder: string): string => `va|${ak(p)}|${referentieAanbieder}`,
  /** The credit prestaties of the aanbieder that name this VorigReferentieNummer (TR390). */
  crediteringen: (p: Parties, vorigReferentieNummer: string): string => `pc|${ak(p)}|${vorigReferentieNummer}`,
  /**
   * The declarations of the aanbieder to the gemeente whose DeclaratiePeriode begins in this month
   * (YYYY-MM; TR318). Per month rather than one key for the pair, so that a look-up reads a few
   * declarations, not every declaration the pair ever exchanged.
   */
  declaratiesInMaand: (p: Parties, maand: string): string => `dm|${pk(p)}|${maand}`,
  /** Every version of a toewijzing (the last is the current one). */
  toewijzing: (p: Parties, toewijzingNummer: string): string => `t|${pk(p)}|${toewijzingNummer}`,
  /** Every toewijzing version that named this client. */
  toewijzingClient: (p: Parties, bsn: string): string => `tc|${pk(p)}|${bsn}`,
  /** Every toewijzing version that answers this ReferentieAanbieder. */
  toewijzingReferentie: (p: Parties, referentieAanbieder: string): string => `tr|${pk(p)}|${referentieAanbieder}`,
  /** Starts and stops of a client. */
  levering: (p: Parties, bsn: string): string => `l|${pk(p)}|${bsn}`,
  verzoek: (p: Parties, referentieAanbieder: string): string => `v|${pk(p)}|${referentieAanbieder}`,
  verzoekClient: (p: Parties, bsn: string): string => `vc|${pk(p)}|${bsn}`,
  antwoord: (p: Parties, referentieAanbieder: string): string => `a|${pk(p)}|${referentieAanbieder}`,
  declaratie: (p: Parties, declaratieNummer: string): string => `d|${ak(p)}|${declaratieNummer}`,
  prestatie: (p: Parties, referentieNummer: string): string => `p|${ak(p)}|${referentieNummer}`,
  prestatieToewijzing: (p: Parties, toewijzingNummer: string): string => `pt|${pk(p)}|${toewijzingNummer}`,
  declaratieAntwoord: (p: Parties, declaratieNummer: string): string => `da|${ak(p)}|${declaratieNummer}`,
} as const;

/** The keys a fact is filed under. */
export function indexKeysOf(fact: Fact): string[] {
  switch (fact.type) {
    case 'bericht':
      return [KEY.bericht(fact.standaard, fact.afzender, fact.berichtCode, fact.identificatie)];
    case 'toewijzing': {
      const keys = [KEY.toewijzing(fact, fact.toewijzingNummer), KEY.toewijzingClient(fact, fact.bsn), KEY.toewijzingGemeente(fact, fact.toewijzingNummer)];
      if (fact.referentieAanbieder !== undefined) keys.push(KEY.toewijzingReferentie(fact, fact.referentieAanbieder));
      return keys;
    }
    case 'levering':
      return [KEY.levering(fact, fact.bsn)];
    case 'verzoek':
      return [KEY.verzoek(fact, fact.referentieAanbieder), KEY.verzoekClient(fact, fact.bsn), KEY.verzoekAanbieder(fact, fact.referentieAanbieder)];
    case 'antwoord':
      return [KEY.antwoord(fact, fact.referentieAanbieder)];
    case 'declaratie':
      return [KEY.declaratie(fact, fact.declaratieNummer), KEY.declaratiesInMaand(fact, fact.begindatum.slice(0, 7))];
    case 'prestatie': {
      const keys = [KEY.prestatie(fact, fact.referentieNummer), KEY.prestatieToewijzing(fact, fact.toewijzingNummer)];
      if (fact.debetCredit === 'C' && fact.vorigReferentieNummer !== undefined) keys.push(KEY.crediteringen(fact, fact.vorigReferentieNummer));
      return keys;
    }
    case 'declaratie-antwoord':
      return fact.declaratieNummer === undefined ? [] : [KEY.declaratieAntwoord(fact, fact.declaratieNummer)];
  }
}

/**
 * The keys a message's rules will look up, read from the message in one walk: every client,
 * ToewijzingNummer, ReferentieAanbieder, DeclaratieNummer and ReferentieNummer it names, with every
 * look-up that value can serve. Asking for a key too many costs an index probe; a key too few is
 * caught by the snapshot (`SnapshotStore.misses`), so completeness never rests on this list alone.
 */
export function lookupKeysOf(root: XmlElement, parties: Parties): Set<string> {
  const keys = new Set<string>();
  // The message's own identity (TR056) and, in a 325, that of the 323 it answers (TR337, TR371).
  const afzender = value(root, 'Header/Afzender') ?? '';
  keys.add(KEY.bericht(parties.standaard, afzender, value(root, 'Header/BerichtCode') ?? '', value(root, 'Header/BerichtIdentificatie/Identificatie') ?? ''));
  const declaratieId = value(root, 'Header/DeclaratieIdentificatie/Identificatie');
  if (declaratieId !== undefined) keys.add(KEY.bericht(parties.standaard, parties.aanbieder, declaratieCode(parties.standaard), declaratieId));
  const dagtekening = value(root, 'Header/BerichtIdentificatie/Dagtekening') ?? '';
  const stack: XmlElement[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    const children = el.children;
    if (children.length) {
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
      continue;
    }
    const v = el.text.trim();
    if (!v) continue;
    switch (el.local) {
      case 'Bsn':
        keys.add(KEY.toewijzingClient(parties, v)).add(KEY.levering(parties, v)).add(KEY.verzoekClient(parties, v));
        break;
      case 'ToewijzingNummer':
        keys.add(KEY.toewijzing(parties, v)).add(KEY.prestatieToewijzing(parties, v));
        if (el.parent?.local === 'ToegewezenProduct') keys.add(KEY.toewijzingGemeente(parties, v));
        break;
      case 'ReferentieAanbieder':
        keys.add(KEY.toewijzingReferentie(parties, v)).add(KEY.verzoek(parties, v)).add(KEY.antwoord(parties, v)).add(KEY.verzoekAanbieder(parties, v));
        break;
      case 'DeclaratieNummer':
        keys.add(KEY.declaratie(parties, v)).add(KEY.declaratieAntwoord(parties, v));
        break;
      case 'ReferentieNummer':
        keys.add(KEY.prestatie(parties, v));
        break;
      case 'VorigReferentieNummer':
        keys.add(KEY.prestatie(parties, v)).add(KEY.crediteringen(parties, v));
        break;
      case 'Begindatum':
        if (el.parent?.local === 'DeclaratiePeriode') for (const m of maandenNa(v, dagtekening)) keys.add(KEY.declaratiesInMaand(parties, m));
        break;
    }
  }
  return keys;
}

/** The BerichtCode of the declaratie (323) of a standaard. */
function declaratieCode(standaard: string): string {
  return catalogueEntry(standaard === 'iJw' ? 'JW323' : 'WMO323')?.berichtCode ?? '';
}

/** Months after a message's own Dagtekening in which an earlier declaration may still begin (messages can arrive out of order). */
const SPEELRUIMTE_MAANDEN = 24;

/**
 * The months (YYYY-MM) after `begin`'s month in which a declaration recorded earlier could begin: up to
 * the Dagtekening's month plus a margin. A recorded declaration's period never lies after its own
 * Dagtekening (TR137), so this bounds what TR318 must read to a few dozen keys. `begin`'s own month is
 * not among them: a DeclaratiePeriode is one whole calendar month (CS340, checked before level 3 runs
 * and true of every recorded declaration), so no declaration of that month begins after `begin`, and
 * the month's own declarations, however many an aanbieder sends, are never read.
 */
export function maandenNa(begin: string, dagtekening: string): string[] {
  const from = /^(\d{4})-(\d{2})/.exec(begin);
  if (!from) return [];
  const until = /^(\d{4})-(\d{2})/.exec(dagtekening) ?? from;
  // From the month after begin's.
  let y = Number(from[1]) + (from[2] === '12' ? 1 : 0);
  let m = from[2] === '12' ? 1 : Number(from[2]) + 1;
  const last = Number(until[1]) * 12 + Number(until[2]) - 1 + SPEELRUIMTE_MAANDEN;
  const out: string[] = [];
  while (y * 12 + m - 1 <= last && out.length <= 1200) {
    out.push(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`);
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/**
 * The keys that facts found for a message lead to: the current version of every toewijzing of a
 * client, the answers and toewijzingen of every request of a client, the 325s of every declaration a
 * found prestatie belongs to.
 */
export function followUpKeys(facts: Iterable<Fact>): Set<string> {
  const keys = new Set<string>();
  for (const f of facts) {
    switch (f.type) {
      case 'toewijzing':
        keys.add(KEY.toewijzing(f, f.toewijzingNummer));
        break;
      case 'verzoek':
        keys.add(KEY.antwoord(f, f.referentieAanbieder)).add(KEY.toewijzingReferentie(f, f.referentieAanbieder));
        break;
      case 'prestatie':
        keys.add(KEY.declaratieAntwoord(f, f.declaratieNummer));
        break;
    }
  }
  return keys;
}

/**
 * The aanbieder's scope: one standaard and one aanbieder. Most look-ups of a message stay inside it
 * (the aanbieder's numbers are unique across gemeenten).
 */
export function scopeOf(p: Parties): string {
  return ak(p);
}

/**
 * The scopes a message competes in, which its unit of work locks: always its aanbieder's; for a
 * message the gemeente sends also the gemeente's, because some of its look-ups span the gemeente's
 * traffic with every aanbieder — its own message Identificatie (TR056, unique per sender and
 * BerichtCode) and its ToewijzingNummers (TR332, unique per gemeente). An aanbieder's messages
 * touch gemeente-wide keys only inside its own scope, so they lock the aanbieder alone.
 */
export function scopesOf(p: Parties, sender: 'gemeente' | 'aanbieder'): string[] {
  return sender === 'gemeente' ? [ak(p), `${p.standaard}|gemeente|${p.gemeente}`] : [ak(p)];
}

/** The scopes of a unit as given (one or several), each once, in one order: so that two units never wait for each other crosswise. */
export function lockOrder(scope: string | readonly string[]): string[] {
  return typeof scope === 'string' ? [scope] : [...new Set(scope)].sort();
}
