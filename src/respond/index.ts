/**
 * respond(): the retourbericht (302, 306, 308, 316, 318, 320) or the declaratie-antwoord (325) that
 * the receiver of a heen message sends back, following invulinstructies IV028/IV032 (retour) and
 * IV087/IV088 (325):
 *
 * - controleniveau 1 failed: no retourbericht exists; the sender gets an error (the report);
 * - controleniveau 2 failed: only the Header, with retourcode 0001 and the XsltVersie;
 * - fully approved: only the Header, without retourcodes (325: Header 0200 and a DeclaratieAntwoord
 *   with 8001 and TotaalToegekendBedrag = TotaalIngediendBedrag; approved prestaties are not listed).
 *
 * - controleniveau 3 failed (findings of level `context`): a finding on the Header gives the Header
 *   with that rule's retourcode; otherwise the classes of the client are answered one by one — the
 *   rule's retourcode on a class with a finding, 0200 on the others (325, IV087: a rejected Client
 *   with its prestaties at 0233, a rejected prestatie listed with its codes under its Client at 0200,
 *   approved prestaties left out, TotaalToegekendBedrag the sum of the approved ones, and a finding on
 *   the Declaratie itself rejecting the whole declaration with TotaalToegekendBedrag 0).
 *
 * - controleniveau 4 failed (findings of level `external`, with `options.sources`): answered like
 *   level 3, each finding with its rule's retourcode (TR135 8848 and TR378 S300 on the Header, TR381
 *   S329 on the product's class, TR418 0611 and TR346 9346 on the Prestatie). A level-4 finding the
 *   standard gives no retourcode (our own `bron.agb-onbekend`: the aanbieder is not in the AGB
 *   register) is not answered at all: a message from an unknown party gets no retourbericht.
 *
 * Level 3 runs only with a conversation store (`options.context`) or, in `respondAsync`, a durable
 * history (`options.history`, judged and recorded as `validateAsync` does), level 4 only with
 * `options.sources`; without them a message that passes levels 1 and 2 is answered as approved.
 * Variant findings are not part of the standard's retour traffic and do not change the answer.
 */
import { catalogueEntry, todayIso, XSLT_VERSIE, XSD_VERSIE, type BerichtType, type CatalogueEntry } from '../catalogue/index.js';
import { build } from '../build/index.js';
import { toTyped } from '../parse.js';
import { MODEL } from '../schema/model.generated.js';
import type { Report } from '../report/types.js';
import { levelInfo } from '../report/levels.js';
import { check, type ValidateOptions } from '../pipeline/validate.js';
import { checkAsync, type AsyncValidateOptions, type Recording } from '../pipeline/async.js';
import type { XmlElement } from '../xml/scan.js';

export { XSLT_VERSIE, XSD_VERSIE };

export interface RespondOptions extends Pick<ValidateOptions, 'lang' | 'today' | 'maxBytes' | 'context' | 'record' | 'variants' | 'sources'> {
  /** Identification of the retourbericht (max. 12 characters); default derived from the heen message. */
  readonly identificatie?: string;
  /** The report of the heen message, when it was validated already (with the same options). */
  readonly report?: Report;
}

export type RespondResult =
  | { readonly ok: true; readonly bericht: BerichtType; readonly xml: string; readonly report: Report }
  | { readonly ok: false; readonly reason: string; readonly report: Report };

type Obj = { [key: string]: unknown };

export interface RespondAsyncOptions extends Pick<AsyncValidateOptions, 'lang' | 'today' | 'maxBytes' | 'variants' | 'sources' | 'history' | 'dryRun'> {
  /** Identification of the retourbericht (max. 12 characters); default derived from the heen message. */
  readonly identificatie?: string;
}

/** Answers a heen message; never throws on input. */
export function respond(heen: string | Uint8Array, options: RespondOptions = {}): RespondResult {
  const checked = check(heen, { lang: options.lang, today: options.today, maxBytes: options.maxBytes, context: options.context, record: options.record, variants: options.variants, sources: options.sources });
  const report = options.report ?? checked.report;
  if (schemaFailed(checked.root, checked.report)) return { ok: false, reason: SCHEMA_FAILED, report };
  return answer(checked.root!, checked.report.bericht!, report, options);
}

/**
 * Answers a heen message that was judged already (e.g. by `checkAsync` against a durable history):
 * from its parsed root and its report. Never throws on input.
 */
export function respondTo(root: XmlElement | null, report: Report, options: Pick<RespondOptions, 'today' | 'identificatie'> = {}): RespondResult {
  if (schemaFailed(root, report)) return { ok: false, reason: SCHEMA_FAILED, report };
  return answer(root!, report.bericht!, report, options);
}

/**
 * Answers a heen message judged against a durable history (prefetch → check → commit, as
 * `validateAsync`): an accepted message is recorded unless `dryRun`. Never throws on input; a
 * failing history is an error in the report, and no retourbericht is written then.
 */
export async function respondAsync(heen: string | Uint8Array, options: RespondAsyncOptions = {}): Promise<RespondResult & { readonly recording: Recording }> {
  const checked = await checkAsync(heen, { lang: options.lang, today: options.today, maxBytes: options.maxBytes, variants: options.variants, sources: options.sources, history: options.history, dryRun: options.dryRun });
  if (checked.recording === 'failed') {
    return { ok: false, reason: 'the history could not be used: no retourbericht is written', report: checked.report, recording: checked.recording };
  }
  return { ...respondTo(checked.root, checked.report, options), recording: checked.recording };
}

const SCHEMA_FAILED = 'the message fails controleniveau 1 (XSD): no retourbericht exists; the sender gets the errors';

function schemaFailed(root: XmlElement | null, report: Report): boolean {
  return !root || !report.bericht || report.issues.some((i) => i.level === 'schema' && i.severity === 'error');
}

function answer(root: XmlElement, bericht: string, report: Report, options: Pick<RespondOptions, 'today' | 'identificatie'>): RespondResult {
  const entry = catalogueEntry(bericht)!;

  if (entry.soort !== 'heen') return { ok: false, reason: `${entry.bericht} is itself a retourbericht and is not answered`, report };
  const unanswerable = report.issues.find((i) => i.level === 'external' && i.severity === 'error' && !i.retourcode);
  if (unanswerable) return { ok: false, reason: `${unanswerable.code}: ${unanswerable.message} No retourbericht is sent to a party that cannot be identified.`, report };
  const retour = catalogueEntry(entry.paar)!;
  const levelTwoFailed = report.issues.some((i) => i.level === 'rule' && i.severity === 'error');
  const contextCodes = codesPerPath(report);
  const dagtekening = options.today ?? todayIso();
  const heenData = toTyped(root, MODEL.roots[entry.bericht]!) as Obj;
  const header = heenData.Header as Obj;
  const identificatie = options.identificatie ?? retourIdentificatie(header, retour);
  const data =
    retour.nummer === '325'
      ? declaratieAntwoord(heenData, header, retour, identificatie, dagtekening, levelTwoFailed, contextCodes)
      : retourBericht(heenData, retour, identificatie, dagtekening, levelTwoFailed, contextCodes);
  const xml = build(retour.bericht, data as never);
  return { ok: true, bericht: retour.bericht, xml, report };
}

/** Default identification: R + the heen identification, cut to the 12 characters the schema allows. */
function retourIdentificatie(header: Obj, retour: CatalogueEntry): string {
  const heenId = String((header.BerichtIdentificatie as Obj).Identificatie);
  return `R${retour.nummer}${heenId}`.slice(0, 12);
}

const xsdVersie = (): Obj => ({ BasisschemaXsdVersie: XSD_VERSIE, BerichtXsdVersie: XSD_VERSIE });

/** The retourcodes of the level-3 and level-4 findings, per path of the element they were found on. */
function codesPerPath(report: Report): Map<string, string[]> {
  const codes = new Map<string, string[]>();
  for (const i of report.issues) {
    if ((levelInfo(i.level)?.controleniveau ?? 0) < 3 || i.severity !== 'error' || !i.retourcode) continue;
    const list = codes.get(i.path) ?? [];
    if (!list.includes(i.retourcode)) list.push(i.retourcode);
    codes.set(i.path, list);
  }
  return codes;
}

/**
 * The classes of a message (the elements whose retour type carries RetourCodes), by path, with the
 * codes of the findings inside each (a finding counts for the nearest class around it).
 */
function classCodes(classPaths: readonly string[], findings: Map<string, string[]>): Map<string, string[]> {
  const classes = new Set(classPaths);
  const out = new Map<string, string[]>();
  for (const [path, codes] of findings) {
    let p = path;
    while (p && !classes.has(p)) p = p.slice(0, p.lastIndexOf('/'));
    const owner = p || '/Bericht/Header';
    out.set(owner, [...new Set([...(out.get(owner) ?? []), ...codes])]);
  }
  return out;
}

/** Paths of the elements of a typed value, written like the Locatie (index only among several). */
function childPath(parent: string, name: string, index: number, count: number): string {
  return `${parent}/${name}${count > 1 ? `[${index + 1}]` : ''}`;
}

/** Every class path of the heen message, given the retour schema (types with RetourCodes are classes). */
function collectClasses(value: unknown, typeKey: string, path: string, out: string[]): void {
  const decl = MODEL.types[typeKey];
  if (!decl || decl.kind !== 'complex' || typeof value !== 'object' || value === null) return;
  if (decl.children.some((c) => c.name === 'RetourCodes')) out.push(path);
  for (const c of decl.children) {
    const v = (value as Obj)[c.name];
    if (v === undefined || c.name === 'RetourCodes') continue;
    const items = Array.isArray(v) ? v : [v];
    items.forEach((item, i) => collectClasses(item, c.type, childPath(path, c.name, i, items.length), out));
  }
}

/** The heen value reshaped into the retour type, every class with its RetourCodes. */
function withRetourCodes(value: unknown, typeKey: string, path: string, codes: Map<string, string[]>): unknown {
  const decl = MODEL.types[typeKey];
  if (!decl || decl.kind !== 'complex') return value;
  const out: Obj = {};
  for (const c of decl.children) {
    if (c.name === 'RetourCodes') {
      if (c.min > 0) out.RetourCodes = { RetourCode: codes.get(path) ?? ['0200'] };
      continue;
    }
    const v = (value as Obj)[c.name];
    if (v === undefined) continue;
    if (Array.isArray(v)) out[c.name] = v.map((item, i) => withRetourCodes(item, c.type, childPath(path, c.name, i, v.length), codes));
    else out[c.name] = withRetourCodes(v, c.type, childPath(path, c.name, 0, 1), codes);
  }
  return out;
}

/** IV028: the heen Header unchanged but for the BerichtCode, plus the retour's own identification. */
function retourBericht(heen: Obj, retour: CatalogueEntry, identificatie: string, dagtekening: string, levelTwoFailed: boolean, findings: Map<string, string[]>): Obj {
  const header = heen.Header as Obj;
  const rootType = MODEL.roots[retour.bericht]!;
  const classPaths: string[] = [];
  collectClasses(heen, rootType, '/Bericht', classPaths);
  const codes = classCodes(classPaths, findings);
  const headerCodes = levelTwoFailed ? ['0001'] : codes.get('/Bericht/Header');
  const answer: Obj = {
    Header: {
      ...header,
      BerichtCode: retour.berichtCode,
      IdentificatieRetour: identificatie,
      DagtekeningRetour: dagtekening,
      ...(levelTwoFailed ? { XsltVersie: XSLT_VERSIE } : {}),
      XsdVersieRetour: xsdVersie(),
      ...(headerCodes ? { RetourCodes: { RetourCode: headerCodes } } : codes.size ? { RetourCodes: { RetourCode: ['0200'] } } : {}),
    },
  };
  if (levelTwoFailed || headerCodes || codes.size === 0) return answer;
  // A finding below the header: every class of the message is answered.
  const body = withRetourCodes(heen, rootType, '/Bericht', codes) as Obj;
  for (const key of Object.keys(body)) if (key !== 'Header') answer[key] = body[key];
  return answer;
}

/** IV087: the gemeente's own header naming the declaration answered, and the totals. */
function declaratieAntwoord(heen: Obj, header: Obj, retour: CatalogueEntry, identificatie: string, dagtekening: string, levelTwoFailed: boolean, findings: Map<string, string[]>): Obj {
  const declaratie = heen.Declaratie as Obj;
  // Classes of the 323: Header, Declaratie, Client, Prestatie (the 325 answers them as DeclaratieAntwoord, Client, Prestatie).
  const classPaths = ['/Bericht/Header', '/Bericht/Declaratie'];
  const clients = ((declaratie.Clienten as Obj).Client as Obj[]) ?? [];
  clients.forEach((client, ci) => {
    const cp = childPath('/Bericht/Declaratie/Clienten', 'Client', ci, clients.length);
    classPaths.push(cp);
    const prestaties = (client.Prestaties as Obj).Prestatie as Obj[];
    prestaties.forEach((_p, pi) => classPaths.push(childPath(`${cp}/Prestaties`, 'Prestatie', pi, prestaties.length)));
  });
  const codes = classCodes(classPaths, findings);
  const answer: Obj = {
    Header: {
      BerichtCode: retour.berichtCode,
      BerichtVersie: header.BerichtVersie,
      BerichtSubversie: header.BerichtSubversie,
      Afzender: header.Ontvanger,
      Ontvanger: header.Afzender,
      BerichtIdentificatie: { Identificatie: identificatie, Dagtekening: dagtekening },
      XsdVersie: xsdVersie(),
      DeclaratieIdentificatie: header.BerichtIdentificatie,
      ...(levelTwoFailed ? { XsltVersie: XSLT_VERSIE } : {}),
      XsdVersieDeclaratie: header.XsdVersie,
      RetourCodes: { RetourCode: levelTwoFailed ? ['0001'] : (codes.get('/Bericht/Header') ?? ['0200']) },
    },
  };
  if (levelTwoFailed || codes.has('/Bericht/Header')) return answer;
  const declaratieCodes = codes.get('/Bericht/Declaratie');
  if (codes.size === 0 || declaratieCodes) {
    // Fully approved (8001), or rejected as a whole on the Declaratie class (nothing granted).
    answer.DeclaratieAntwoord = {
      DeclaratieNummer: declaratie.DeclaratieNummer,
      TotaalIngediendBedrag: declaratie.TotaalIngediendBedrag,
      TotaalToegekendBedrag: declaratieCodes ? { TotaalBedrag: '0', DebetCredit: 'D' } : declaratie.TotaalIngediendBedrag,
      RetourCodes: { RetourCode: declaratieCodes ?? ['8001'] },
    };
    return answer;
  }
  // Partly rejected: only rejected prestaties are listed, under their Client.
  let granted = 0n;
  const listed: Obj[] = [];
  clients.forEach((client, ci) => {
    const cp = childPath('/Bericht/Declaratie/Clienten', 'Client', ci, clients.length);
    const clientCodes = codes.get(cp);
    const prestaties = (client.Prestaties as Obj).Prestatie as Obj[];
    const rejected: Obj[] = [];
    prestaties.forEach((prestatie, pi) => {
      const own = codes.get(childPath(`${cp}/Prestaties`, 'Prestatie', pi, prestaties.length));
      if (clientCodes || own) rejected.push({ ...prestatie, RetourCodes: { RetourCode: clientCodes ? ['0233'] : own! } });
      else {
        const bedrag = prestatie.IngediendBedrag as Obj;
        granted += (bedrag.DebetCredit === 'C' ? -1n : 1n) * BigInt(String(bedrag.Bedrag).trim());
      }
    });
    if (rejected.length) listed.push({ Bsn: client.Bsn, Prestaties: { Prestatie: rejected }, RetourCodes: { RetourCode: clientCodes ?? ['0200'] } });
  });
  answer.DeclaratieAntwoord = {
    DeclaratieNummer: declaratie.DeclaratieNummer,
    TotaalIngediendBedrag: declaratie.TotaalIngediendBedrag,
    TotaalToegekendBedrag: { TotaalBedrag: String(granted < 0n ? -granted : granted), DebetCredit: granted < 0n ? 'C' : 'D' },
    ...(listed.length ? { Clienten: { Client: listed } } : {}),
    RetourCodes: { RetourCode: ['0200'] },
  };
  return answer;
}
