/**
 * Sequences for the declaratie rules of controleniveau 3: toewijzingen (301), declaraties (323) and
 * declaratie-antwoorden (325) built from the golden messages, valid on levels 1 and 2, for iJw and iWmo.
 *
 *   const base = [toewijzing(s, BSN1, [uren(s)]), toewijzing(s, BSN2, [etmalen(s)], '301-B'), declaratie(s, 'D1', '2026-10', [...])];
 *   expect(hits(base, 'TR307')).toEqual([]);
 */
import { contextPaths, replay } from '../../support/context.js';
import { edit, golden, remove, replace, set } from '../../support/messages.js';
import type { Report } from '../../../src/report/types.js';
import type { ValidateOptions } from '../../../src/pipeline/validate.js';

export type Std = 'JW' | 'WMO';
export const STANDAARDEN: readonly Std[] = ['JW', 'WMO'];

export const BSN1 = '123456782';
export const BSN2 = '111222333';

/** The products of the goldens: hours (toewijzing 4001) and etmalen (4002), per standaard. */
export const PRODUCT = {
  JW: { uur: { categorie: '45', code: '45A07' }, etmaal: { categorie: '54', code: '54002' } },
  WMO: { uur: { categorie: '04', code: '04A07' }, etmaal: { categorie: '06', code: '06002' } },
} as const;

export const TARIEF = 7650;

/** A ToegewezenProduct. */
export interface Tw {
  readonly nummer: string;
  readonly categorie?: string;
  readonly code?: string;
  readonly ingang: string;
  readonly eind?: string;
  readonly omvang?: { readonly volume: number; readonly eenheid: string; readonly frequentie: string };
  readonly budget?: number;
  /** RedenWijziging (13: verwijderd, with Einddatum = Ingangsdatum). */
  readonly reden?: string;
}

/** Toewijzing 4001: 4 uur per week, October 2026 to April 2027. */
export const uren = (s: Std, extra: Partial<Tw> = {}): Tw => ({
  nummer: '4001',
  ...PRODUCT[s].uur,
  ingang: '2026-10-01',
  eind: '2027-04-30',
  omvang: { volume: 4, eenheid: '04', frequentie: '2' },
  ...extra,
});

/** Toewijzing 4002: 10 etmalen per maand, October 2026 to October 2027. */
export const etmalen = (s: Std, extra: Partial<Tw> = {}): Tw => ({
  nummer: '4002',
  ...PRODUCT[s].etmaal,
  ingang: '2026-10-01',
  eind: '2027-10-31',
  omvang: { volume: 10, eenheid: '14', frequentie: '4' },
  ...extra,
});

/** A 301 for one client with these toegewezen producten. */
export function toewijzing(s: Std, bsn: string, producten: readonly Tw[], id = '301-A'): string {
  const tps = producten
    .map(
      (t) =>
        '<ToegewezenProduct>' +
        `<ToewijzingNummer>${t.nummer}</ToewijzingNummer>` +
        (t.categorie ? `<Product><b:Categorie>${t.categorie}</b:Categorie>${t.code ? `<b:Code>${t.code}</b:Code>` : ''}</Product>` : '') +
        '<Toewijzingsdatum>2026-08-28</Toewijzingsdatum><Toewijzingstijd>10:15:00</Toewijzingstijd>' +
        `<Ingangsdatum>${t.ingang}</Ingangsdatum>` +
        (t.eind ? `<Einddatum>${t.eind}</Einddatum>` : '') +
        (t.reden ? `<RedenWijziging>${t.reden}</RedenWijziging>` : '') +
        (t.omvang ? `<Omvang><b:Volume>${t.omvang.volume}</b:Volume><b:Eenheid>${t.omvang.eenheid}</b:Eenheid><b:Frequentie>${t.omvang.frequentie}</b:Frequentie></Omvang>` : '') +
        (t.budget !== undefined ? `<Budget>${t.budget}</Budget>` : '') +
        '</ToegewezenProduct>',
    )
    .join('');
  return edit(golden(`${s}301`), set('Header/BerichtIdentificatie/Identificatie', id), set('Client/Bsn', bsn), replace('Client/ToegewezenProducten', `<ToegewezenProducten>${tps}</ToegewezenProducten>`));
}

/** A Prestatie; the amount follows from volume × tarief (euro's: the volume itself). */
export interface Pr {
  readonly ref: string;
  readonly vorig?: string;
  readonly tw: string;
  readonly categorie: string;
  readonly code: string;
  readonly begin: string;
  readonly eind: string;
  readonly volume: number;
  readonly eenheid: string;
  readonly tarief?: number | null;
  readonly bedrag?: number;
  readonly dc?: 'D' | 'C';
}

/** A prestatie in hours on toewijzing 4001 for October 2026 (17 hours). */
export const uurPrestatie = (s: Std, extra: Partial<Pr> = {}): Pr => ({ ref: 'PR-0001', tw: '4001', ...PRODUCT[s].uur, begin: '2026-10-01', eind: '2026-10-31', volume: 17, eenheid: '04', ...extra });

/** A prestatie in etmalen on toewijzing 4002 (5 etmalen in October 2026: a ProductPeriode is a whole month, TR387/TR388). */
export const etmaalPrestatie = (s: Std, extra: Partial<Pr> = {}): Pr => ({ ref: 'PR-0002', tw: '4002', ...PRODUCT[s].etmaal, begin: '2026-10-01', eind: '2026-10-31', volume: 5, eenheid: '14', tarief: 11540, ...extra });

const tariefVan = (p: Pr): number | undefined => (p.tarief === null ? undefined : (p.tarief ?? (p.eenheid === '83' ? undefined : TARIEF)));
export const bedragVan = (p: Pr): number => p.bedrag ?? (p.eenheid === '83' ? p.volume : p.volume * (tariefVan(p) ?? 0));
const signed = (p: Pr): number => (p.dc === 'C' ? -bedragVan(p) : bedragVan(p));

function prestatieXml(p: Pr, retour?: string): string {
  const tarief = tariefVan(p);
  return (
    '<Prestatie>' +
    `<ProductReferentie><b:ReferentieNummer>${p.ref}</b:ReferentieNummer>${p.vorig ? `<b:VorigReferentieNummer>${p.vorig}</b:VorigReferentieNummer>` : ''}</ProductReferentie>` +
    `<ToewijzingNummer>${p.tw}</ToewijzingNummer><ProductCategorie>${p.categorie}</ProductCategorie><ProductCode>${p.code}</ProductCode>` +
    `<ProductPeriode><b:Begindatum>${p.begin}</b:Begindatum><b:Einddatum>${p.eind}</b:Einddatum></ProductPeriode>` +
    `<GeleverdVolume>${p.volume}</GeleverdVolume><Eenheid>${p.eenheid}</Eenheid>` +
    (tarief !== undefined ? `<ProductTarief>${tarief}</ProductTarief>` : '') +
    `<IngediendBedrag><b:Bedrag>${bedragVan(p)}</b:Bedrag><b:DebetCredit>${p.dc ?? 'D'}</b:DebetCredit></IngediendBedrag>` +
    (retour ? `<RetourCodes><RetourCode>${retour}</RetourCode></RetourCodes>` : '') +
    '</Prestatie>'
  );
}

export interface Clt {
  readonly bsn: string;
  readonly prestaties: readonly Pr[];
}

const lastDay = (maand: string): string => new Date(Date.UTC(Number(maand.slice(0, 4)), Number(maand.slice(5, 7)), 0)).toISOString().slice(0, 10);
const totaal = (clienten: readonly Clt[]): number => clienten.flatMap((c) => c.prestaties).reduce((sum, p) => sum + signed(p), 0);
const totaalXml = (n: number): string => `<b:TotaalBedrag>${Math.abs(n)}</b:TotaalBedrag><b:DebetCredit>${n < 0 ? 'C' : 'D'}</b:DebetCredit>`;

/** A 323 with DeclaratieNummer `nummer` over the month `maand` (YYYY-MM); its Identificatie is `323-<nummer>`. */
export function declaratie(s: Std, nummer: string, maand: string, clienten: readonly Clt[], id = `323-${nummer}`): string {
  const clientenXml = clienten.map((c) => `<Client><Bsn>${c.bsn}</Bsn><Prestaties>${c.prestaties.map((p) => prestatieXml(p)).join('')}</Prestaties></Client>`).join('');
  return edit(
    golden(`${s}323`),
    set('Header/BerichtIdentificatie/Identificatie', id),
    set('Declaratie/DeclaratieNummer', nummer),
    set('Declaratie/DeclaratiePeriode/Begindatum', `${maand}-01`),
    set('Declaratie/DeclaratiePeriode/Einddatum', lastDay(maand)),
    replace('Declaratie/TotaalIngediendBedrag', `<TotaalIngediendBedrag>${totaalXml(totaal(clienten))}</TotaalIngediendBedrag>`),
    replace('Declaratie/Clienten', `<Clienten>${clientenXml}</Clienten>`),
  );
}

/**
 * A 325 answering declaration `nummer` (all of `ingediend`): the prestaties of `afgewezen` are listed
 * as rejected (retourcode 9341, their own values unless changed), the rest is granted.
 */
export function antwoord(s: Std, nummer: string, ingediend: readonly Clt[], afgewezen: readonly Clt[], id = '325-A'): string {
  const totaalIngediend = totaal(ingediend);
  const toegekend = totaalIngediend - totaal(afgewezen);
  const clientenXml = afgewezen
    .map((c) => `<Client><Bsn>${c.bsn}</Bsn><Prestaties>${c.prestaties.map((p) => prestatieXml(p, '9341')).join('')}</Prestaties><RetourCodes><RetourCode>0200</RetourCode></RetourCodes></Client>`)
    .join('');
  return edit(
    golden(`${s}325`),
    set('Header/BerichtIdentificatie/Identificatie', id),
    set('Header/DeclaratieIdentificatie/Identificatie', `323-${nummer}`),
    set('DeclaratieAntwoord/DeclaratieNummer', nummer),
    replace('DeclaratieAntwoord/TotaalIngediendBedrag', `<TotaalIngediendBedrag>${totaalXml(totaalIngediend)}</TotaalIngediendBedrag>`),
    replace('DeclaratieAntwoord/TotaalToegekendBedrag', `<TotaalToegekendBedrag>${totaalXml(toegekend)}</TotaalToegekendBedrag>`),
    afgewezen.length ? replace('DeclaratieAntwoord/Clienten', `<Clienten>${clientenXml}</Clienten>`) : remove('DeclaratieAntwoord/Clienten'),
  );
}

/** The two toewijzingen of the base scenario: 4001 (hours per week) for BSN1, 4002 (etmalen per maand) for BSN2. */
export const basis301 = (s: Std, t1: Partial<Tw> = {}, t2: Partial<Tw> = {}): string[] => [toewijzing(s, BSN1, [uren(s, t1)], '301-A'), toewijzing(s, BSN2, [etmalen(s, t2)], '301-B')];

/** The clients of the base declaration D1 (October 2026): one prestatie on each toewijzing. */
export const basisClienten = (s: Std, p1: Partial<Pr> = {}, p2: Partial<Pr> = {}): Clt[] => [
  { bsn: BSN1, prestaties: [uurPrestatie(s, p1)] },
  { bsn: BSN2, prestaties: [etmaalPrestatie(s, p2)] },
];

/**
 * Gives a message whose BerichtCode and Identificatie repeat an earlier one of the sequence an
 * Identificatie of its own (TR056 refuses a repeat), leaving first uses alone so that a 325 still
 * names the 323 it answers. A test about TR056 itself replays its messages directly.
 */
export function ownIdentifications(messages: readonly string[]): string[] {
  const seen = new Set<string>();
  return messages.map((xml, i) => {
    const code = /<(?:\w+:)?BerichtCode>([^<]*)</.exec(xml)?.[1] ?? '';
    const id = /<(?:\w+:)?Identificatie>([^<]*)</.exec(xml)?.[1] ?? '';
    const key = `${code}|${id}`;
    if (!seen.has(key)) {
      seen.add(key);
      return xml;
    }
    const fresh = `SEQ-${String(i + 1).padStart(4, '0')}`;
    seen.add(`${code}|${fresh}`);
    return edit(xml, set('Header/BerichtIdentificatie/Identificatie', fresh));
  });
}

const describeIssues = (r: Report): string => r.issues.map((i) => `${i.code} ${i.path}: ${i.message}`).join('; ');

/**
 * Replays the messages through one store and gives the findings of `code` on the last one as
 * `<retourcode> <path>`. Every message before the last must be accepted, and the last one must
 * reach level 3, or the sequence itself is wrong and this throws.
 */
export function hits(messages: readonly string[], code: string, options: ValidateOptions = {}): string[] {
  const reports = replay(ownIdentifications(messages), options);
  reports.slice(0, -1).forEach((r, i) => {
    if (r.issues.some((x) => x.severity === 'error' && x.level !== 'variant')) throw new Error(`message ${i + 1} was not accepted: ${describeIssues(r)}`);
  });
  const last = reports.at(-1)!;
  if (!last.levels.includes('context')) throw new Error(`the last message did not reach level 3: ${describeIssues(last)}`);
  const paths = contextPaths(last, code);
  const codes = last.issues.filter((i) => i.code === code).map((i) => `${i.level === 'context' ? '' : `${i.level}:`}${i.retourcode ?? '?'}`);
  return paths.map((p, i) => `${codes[i]} ${p}`);
}

/** Every finding on the last message of a sequence (code and path), for near misses that must stay clean. */
export function allHits(messages: readonly string[]): string[] {
  const reports = replay(ownIdentifications(messages));
  return reports.at(-1)!.issues.map((i) => `${i.code} ${i.path}`);
}

/** Path of a Prestatie of a 323: `client`/`n` are the 1-based positions, left out when the element is the only one. */
export const PRESTATIE = (client?: number, n?: number): string => `/Bericht/Declaratie/Clienten/Client${client ? `[${client}]` : ''}/Prestaties/Prestatie${n ? `[${n}]` : ''}`;
