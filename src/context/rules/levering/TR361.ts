import { all } from '../../facts.js';
import { ancestor, value } from '../../../xml/query.js';
import { both } from '../../../rules/kit.js';
import type { XmlElement } from '../../../xml/scan.js';
import type { ContextRule, ContextRuleContext } from '../../types.js';

/** A product with its period as a 317 asks for it. */
interface Gevraagd {
  readonly categorie?: string;
  readonly code?: string;
  readonly begin: string;
  /** Undefined: open-ended. */
  readonly eind?: string;
}

/** Same product: by code where both have one, else by category; a product without category matches every product. */
function zelfdeProduct(a: Gevraagd, b: Gevraagd): boolean {
  if (a.categorie === undefined || b.categorie === undefined) return true;
  if (a.code !== undefined && b.code !== undefined) return a.code === b.code;
  return a.categorie === b.categorie;
}

const overlappen = (a: Gevraagd, b: Gevraagd): boolean => (a.eind === undefined || b.begin <= a.eind) && (b.eind === undefined || a.begin <= b.eind);

/** The products a 317 keeps or changes, each with the product and period of its toewijzing (by ToewijzingNummer). */
function bestaand(ctx: ContextRuleContext, verzoek: XmlElement, bsn: string): Gevraagd[] {
  const out: Gevraagd[] = [];
  const lees = (el: XmlElement, wijzigt: boolean): void => {
    const t = ctx.store.toewijzing(ctx.parties, value(el, 'ToewijzingNummer') ?? '');
    if (!t || t.bsn !== bsn) return;
    const eind = wijzigt ? (value(el, 'Einddatum') ?? t.einddatum) : t.einddatum;
    out.push({ categorie: t.categorie, code: t.code, begin: t.ingangsdatum, eind });
  };
  for (const el of all(verzoek, 'OngewijzigdeProducten/OngewijzigdProduct')) lees(el, false);
  for (const el of all(verzoek, 'TeWijzigenProducten/TeWijzigenProduct')) lees(el, true);
  return out;
}

/**
 * TR361: a product occurs more than once in a verzoek om wijziging (317) only in periods that do not
 * overlap. The products kept (OngewijzigdProduct) and changed (TeWijzigenProduct) are known by their
 * ToewijzingNummer, so their product and period come from the toewijzing in the history; each is
 * compared with every NieuwProduct. Products compare by ProductCode, by category where a code is
 * missing, and a product without category overlaps with any. Reported once on the Verzoek.
 * NieuwProducten among themselves are level 2 (TR410).
 */
export const TR361: ContextRule = {
  id: 'TR361',
  retourcode: '9361',
  berichten: both('317'),
  on: ['Verzoek'],
  description: {
    nl: 'Een nieuw product overlapt in periode met een toewijzing van hetzelfde product die in dit verzoek blijft of gewijzigd wordt; vraag een product alleen aan voor een periode die niet overlapt.',
    en: 'A new product overlaps in period with a toewijzing of the same product that this request keeps or changes; request a product only for a period that does not overlap.',
  },
  reading:
    'The period of a kept product is that of its toewijzing; of a changed product, from the Ingangsdatum of its toewijzing to the Einddatum the TeWijzigenProduct asks for (the toewijzing\'s own when it gives none). ' +
    'A period without Einddatum is open-ended. A product number the history does not know is left to TR350/TR351.',
  check(el, ctx) {
    const bsn = value(ancestor(el, 'Client'), 'Bsn') ?? '';
    const nieuw: Gevraagd[] = all(el, 'NieuweProducten/NieuwProduct').map((n) => ({
      categorie: value(n, 'Product/Categorie'),
      code: value(n, 'Product/Code'),
      begin: value(n, 'GewensteIngangsdatum') ?? '',
      eind: value(n, 'Einddatum'),
    }));
    if (!nieuw.length) return;
    const oud = bestaand(ctx, el, bsn);
    if (oud.some((o) => nieuw.some((n) => zelfdeProduct(o, n) && overlappen(o, n)))) ctx.report(el);
  },
};
