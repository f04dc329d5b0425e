import { at, path, type Path } from '../../xml/query.js';
import { both } from '../kit.js';
import type { BerichtNummer } from '../../catalogue/index.js';
import type { XmlElement } from '../../xml/scan.js';
import type { Rule } from '../types.js';
import { inMessageNs, oncePerSiblings, type SiblingMemo } from './util.js';

/**
 * The identifying fields (logische sleutel) per message and class, as the stylesheet compares them.
 * Paths are relative to the class element.
 */
const KEYS: Readonly<Partial<Record<BerichtNummer, Readonly<Record<string, readonly string[]>>>>> = {
  '301': { Client: ['Bsn'], Contact: ['Soort'], Relatie: ['Nummer'], ToegewezenProduct: ['ToewijzingNummer'] },
  '305': { Client: ['Bsn'], StartProduct: ['Begindatum', 'Product/Categorie', 'Product/Code', 'ToewijzingNummer'] },
  '307': {
    Client: ['Bsn'],
    StopProduct: ['Begindatum', 'Einddatum', 'Product/Categorie', 'Product/Code', 'RedenBeeindiging', 'ToewijzingNummer'],
  },
  '315': { Client: ['Bsn'], AangevraagdProduct: ['ReferentieAanbieder'] },
  '317': {
    Client: ['Bsn'],
    Verzoek: ['ReferentieAanbieder'],
    OngewijzigdProduct: ['ToewijzingNummer'],
    TeWijzigenProduct: ['ToewijzingNummer'],
    NieuwProduct: ['GewensteIngangsdatum', 'Product/Categorie', 'Product/Code'],
  },
  '319': { Antwoord: ['ReferentieAanbieder', 'VerzoekAntwoord'], Woonplaatsbeginsel: ['Gemeente'] },
  '323': { Declaratie: ['DeclaratieNummer'], Client: ['Bsn'], Prestatie: ['ProductReferentie/ReferentieNummer', 'ProductReferentie/VorigReferentieNummer'] },
  '325': {
    DeclaratieAntwoord: ['DeclaratieNummer'],
    Client: ['Bsn'],
    Prestatie: ['ProductReferentie/ReferentieNummer', 'ProductReferentie/VorigReferentieNummer'],
  },
};

const CLASSES = [...new Set(Object.values(KEYS).flatMap((k) => Object.keys(k ?? {})))];
const memo: SiblingMemo = new WeakMap();

/** KEYS with the paths split once: per message, per class, the identifying fields. */
const FIELDS: ReadonlyMap<string, ReadonlyMap<string, readonly Path[]>> = new Map(
  Object.entries(KEYS).map(([nummer, classes]) => [nummer, new Map(Object.entries(classes ?? {}).map(([cls, fields]) => [cls, fields.map(path)]))]),
);

/**
 * The key of a line: its identifying fields as written, an absent or empty field counting as a
 * value of its own.
 */
function keyOf(el: XmlElement, fields: readonly Path[]): string {
  let key = '';
  for (let i = 0; i < fields.length; i++) {
    const text = at(el, fields[i]!)?.text;
    const part = text === undefined || text === '' ? '\u0001' : text;
    key = i === 0 ? part : `${key}\u0000${part}`;
  }
  return key;
}

/**
 * TR101: no duplicate lines. Per class only the identifying fields count (a Prestatie, for example,
 * by ReferentieNummer and VorigReferentieNummer) and only lines under the same parent are compared.
 * The stylesheet reports each group of lines with the same key once, naming every line of the group.
 * Lines are grouped with a hash map, so the check stays linear in the number of lines.
 */
export const TR101: Rule = {
  id: 'TR101',
  retourcode: '0001',
  berichten: both('301', '305', '307', '315', '317', '319', '323', '325'),
  on: CLASSES,
  stylesheetContext: 'parent',
  description: {
    nl: 'Deze regels hebben dezelfde identificerende gegevens; maak ze uniek of verwijder de dubbele regel.',
    en: 'These lines share the same identifying data; make them unique or remove the duplicate line.',
  },
  check(el, ctx) {
    const fields = FIELDS.get(ctx.entry.nummer)?.get(el.local);
    // The stylesheet compares the children of every element below the root, not those of the root.
    if (!fields || !el.parent?.parent || !inMessageNs(el)) return;
    oncePerSiblings(memo, ctx, el, (siblings) => {
      if (siblings.length < 2) return;
      // Per key its one line, or all its lines once there are more: no array for the many unique keys.
      const groups = new Map<string, XmlElement | XmlElement[]>();
      for (const s of siblings) {
        const k = keyOf(s, fields);
        const g = groups.get(k);
        if (g === undefined) groups.set(k, s);
        else if (Array.isArray(g)) g.push(s);
        else groups.set(k, [g, s]);
      }
      for (const g of groups.values()) if (Array.isArray(g)) ctx.report(g[0]!, g);
    });
  },
};
