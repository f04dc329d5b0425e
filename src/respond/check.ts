/**
 * checkRetour(): is this retourbericht a correct answer to this heen message? The other half of
 * conformance testing: a vendor's software receives a heen message and sends a retourbericht.
 *
 * The answer is judged against the one `respond` gives under the same options (history, contract,
 * today), by the same invulinstructies (IV028/IV032 for the retour messages, IV087/IV088 for the 325):
 *
 * - pairing: the retour message of the heen message's pair; for 302–320 the heen Header copied
 *   (BerichtIdentificatie, Afzender, Ontvanger, XsdVersie), for the 325 DeclaratieIdentificatie and
 *   XsdVersieDeclaratie naming the declaration and the parties swapped (`retour.not-paired`);
 * - controleniveau 2 failed: 0001 on the Header (`retour.missing-0001`) and then nothing but the
 *   Header (`retour.body-after-0001`);
 * - otherwise every class answered when a body is sent (`retour.class-unanswered`); a retourcode
 *   other than 0200/0233 only where this project reports a finding with that code on that class
 *   (`retour.code-without-finding`), and every finding answered (`retour.finding-unanswered`);
 * - the 325: rejected prestaties listed under their Client, approved ones left out, the totals
 *   (`retour.total-mismatch`) and 8001 exactly when the whole declaration is granted (`retour.wrong-8001`).
 *   8002 is no retourcode of iJw/iWmo 3.2 (it is iWlz's): here it is a code without a finding.
 *
 * The retourbericht's own errors (its XSD, its own rules such as TR342) are reported as they are.
 * Every finding carries the path (and line) in the retourbericht. Never throws on input.
 */
import { catalogueEntry, type CatalogueEntry } from '../catalogue/index.js';
import { check, type ValidateOptions } from '../pipeline/validate.js';
import { Findings } from '../report/findings.js';
import type { Issue, Report } from '../report/types.js';
import { MODEL } from '../schema/model.generated.js';
import { elementPath } from '../xml/path.js';
import type { XmlElement } from '../xml/scan.js';
import { respond } from './index.js';

export interface CheckRetourOptions extends Pick<ValidateOptions, 'lang' | 'today' | 'maxBytes' | 'context' | 'variants'> {
  /** The report of the heen message, when it was judged already (with the same options): its findings are the ones to answer. */
  readonly report?: Report;
}

export interface RetourCheck {
  /** True when the retourbericht is a correct answer (no error found). */
  readonly ok: boolean;
  /** The findings on the retourbericht: its own errors and the `retour.*` findings. */
  readonly issues: readonly Issue[];
  /** The report of the heen message. */
  readonly heen: Report;
  /** The report of the retourbericht on its own (levels 1 and 2). */
  readonly retour: Report;
}

/** Retourcodes that say "no remark" (0200) or "not judged" (0233): they need no finding. */
const NEUTRAL = new Set(['0200', '0233']);

const kids = (el: XmlElement | undefined, local: string): XmlElement[] => (el ? el.children.filter((c) => c.local === local) : []);
const kid = (el: XmlElement | undefined, local: string): XmlElement | undefined => kids(el, local)[0];
const codesOf = (el: XmlElement | undefined): string[] => kids(kid(el, 'RetourCodes'), 'RetourCode').map((c) => c.text.trim());
const textAt = (el: XmlElement | undefined, ...names: string[]): string | undefined => {
  let e = el;
  for (const n of names) e = kid(e, n);
  return e?.children.length === 0 ? e.text.trim() : undefined;
};
/** An element's content as one comparable string (names and texts, in order). */
const content = (el: XmlElement | undefined): string => (el ? (el.children.length ? `${el.local}(${el.children.map(content).join(',')})` : `${el.local}=${el.text.trim()}`) : '');

/** The classes (elements whose type carries RetourCodes) under `el`, by path, with their element. */
function classes(el: XmlElement, typeKey: string, out: Map<string, XmlElement>): void {
  const decl = MODEL.types[typeKey];
  if (!decl || decl.kind !== 'complex') return;
  if (decl.children.some((c) => c.name === 'RetourCodes')) out.set(elementPath(el), el);
  for (const c of decl.children) {
    if (c.name === 'RetourCodes') continue;
    for (const child of kids(el, c.name)) classes(child, c.type, out);
  }
}

export function checkRetour(heen: string | Uint8Array, retour: string | Uint8Array, options: CheckRetourOptions = {}): RetourCheck {
  const lang = options.lang ?? 'nl';
  // The expected answer; the heen message is not recorded in the history by checking an answer to it.
  const expected = respond(heen, { ...options, record: false });
  const got = check(retour, { lang, today: options.today, maxBytes: options.maxBytes });
  const findings = new Findings(lang, retour);
  const result = (): RetourCheck => {
    const issues = [...got.report.issues.filter((i) => i.severity === 'error'), ...findings.issues];
    return { ok: !issues.some((i) => i.severity === 'error'), issues, heen: expected.report, retour: got.report };
  };
  try {
    if (!expected.ok) {
      findings.add('retour.heen-unusable', 'context', null, { reason: expected.reason });
      return result();
    }
    const heenEntry = catalogueEntry(expected.report.bericht!)!;
    const retourRoot = got.root;
    if (!retourRoot || !got.report.bericht || got.report.issues.some((i) => i.level === 'schema' && i.severity === 'error')) return result();
    if (got.report.bericht !== heenEntry.paar) {
      findings.add('retour.wrong-bericht', 'context', retourRoot, { heen: heenEntry.bericht, expected: heenEntry.paar, found: got.report.bericht });
      return result();
    }
    const answer = check(expected.xml, { lang, upTo: 'schema' }).root!;
    const heenRoot = check(heen, { lang, upTo: 'schema', maxBytes: options.maxBytes }).root!;
    const retourEntry = catalogueEntry(got.report.bericht)!;
    pairing(heenRoot, retourRoot, retourEntry, findings);
    if (retourEntry.nummer === '325') declaratieAntwoord(answer, retourRoot, findings);
    else retourBericht(answer, retourRoot, retourEntry, findings);
  } catch (e) {
    findings.add('internal.error', 'context', null, { detail: e instanceof Error ? e.message : String(e) });
  }
  return result();
}

/** The retour names the heen message it answers (IV028: the heen Header copied; IV087: DeclaratieIdentificatie). */
function pairing(heen: XmlElement, retour: XmlElement, entry: CatalogueEntry, findings: Findings): void {
  const h = kid(heen, 'Header');
  const r = kid(retour, 'Header');
  const pairs: Array<[retourName: string, heenName: string]> =
    entry.nummer === '325'
      ? [['DeclaratieIdentificatie', 'BerichtIdentificatie'], ['XsdVersieDeclaratie', 'XsdVersie'], ['Afzender', 'Ontvanger'], ['Ontvanger', 'Afzender']]
      : [['BerichtIdentificatie', 'BerichtIdentificatie'], ['XsdVersie', 'XsdVersie'], ['Afzender', 'Afzender'], ['Ontvanger', 'Ontvanger']];
  for (const [rn, hn] of pairs) {
    const re = kid(r, rn);
    const he = kid(h, hn);
    const strip = (s: string): string => s.replace(/^\w+/, '');
    if (he && strip(content(re)) !== strip(content(he))) {
      const show = (el: XmlElement | undefined): string => (el ? (el.children.length ? el.children.map((c) => c.text.trim()).join(' ') : el.text.trim()) : '—');
      findings.add('retour.not-paired', 'context', re ?? r ?? retour, { element: rn, found: show(re), expected: show(he) });
    }
  }
}

/** 302–320: the Header alone (0001, or approved), or every class with its codes. */
function retourBericht(answer: XmlElement, retour: XmlElement, entry: CatalogueEntry, findings: Findings): void {
  const rootType = MODEL.roots[entry.bericht]!;
  const want = new Map<string, XmlElement>();
  const have = new Map<string, XmlElement>();
  classes(answer, rootType, want);
  classes(retour, rootType, have);
  const header = '/Bericht/Header';
  const wantHeader = codesOf(want.get(header));
  const haveHeader = codesOf(have.get(header));
  const body = retour.children.filter((c) => c.local !== 'Header');
  if (wantHeader.includes('0001')) {
    if (!haveHeader.includes('0001')) findings.add('retour.missing-0001', 'context', kid(have.get(header), 'RetourCodes') ?? have.get(header) ?? retour);
    for (const b of body) findings.add('retour.body-after-0001', 'context', b, { element: b.local });
    return;
  }
  if (haveHeader.includes('0001')) {
    findings.add('retour.code-without-finding', 'context', kid(have.get(header), 'RetourCodes') ?? retour, { retourcode: '0001' });
    for (const b of body) findings.add('retour.body-after-0001', 'context', b, { element: b.local });
    return;
  }
  compareCodes(want.get(header), have.get(header) ?? retour, findings);
  const wantBody = [...want.keys()].some((p) => p !== header);
  const haveBody = body.length > 0;
  for (const [path, el] of have) if (path !== header && !want.has(path)) compareCodes(undefined, el, findings);
  if (!wantBody && !haveBody) return;
  for (const [path, el] of want) {
    if (path === header) continue;
    const mine = have.get(path);
    if (!mine || !kid(mine, 'RetourCodes')) {
      // Unanswered: name the nearest element the retourbericht does have.
      findings.add('retour.class-unanswered', 'context', mine ?? nearest(retour, path), { element: path }, { distinct: path });
      if (mine) compareCodes(el, mine, findings, true);
    } else compareCodes(el, mine, findings);
  }
}

/** The codes of one class: none without a finding, every finding answered. */
function compareCodes(want: XmlElement | undefined, have: XmlElement, findings: Findings, missingOnly = false): void {
  const w = codesOf(want);
  const h = codesOf(have);
  const at = kid(have, 'RetourCodes') ?? have;
  if (!missingOnly) for (const c of h) if (!NEUTRAL.has(c) && c !== '8001' && !w.includes(c)) findings.add('retour.code-without-finding', 'context', at, { retourcode: c });
  for (const c of w) if (!NEUTRAL.has(c) && c !== '8001' && !h.includes(c)) findings.add('retour.finding-unanswered', 'context', at, { codes: c, retourcode: c });
}

/** The deepest element of `root` on the way to `path` (a path the retourbericht lacks). */
function nearest(root: XmlElement, path: string): XmlElement {
  let el = root;
  for (const step of path.split('/').slice(2)) {
    const m = /^(\w+)(?:\[(\d+)\])?$/.exec(step);
    if (!m) break;
    const next = kids(el, m[1]!)[m[2] ? Number(m[2]) - 1 : 0];
    if (!next) break;
    el = next;
  }
  return el;
}

/** A signed amount: Bedrag/TotaalBedrag with DebetCredit. */
function amount(el: XmlElement | undefined): bigint | undefined {
  const n = textAt(el, 'TotaalBedrag') ?? textAt(el, 'Bedrag');
  if (n === undefined || !/^\d+$/.test(n)) return undefined;
  return (textAt(el, 'DebetCredit') === 'C' ? -1n : 1n) * BigInt(n);
}

/** 325: the Header, the DeclaratieAntwoord, the rejected prestaties per Client, the totals and 8001. */
function declaratieAntwoord(answer: XmlElement, retour: XmlElement, findings: Findings): void {
  const wantHeader = kid(answer, 'Header');
  const haveHeader = kid(retour, 'Header')!;
  const wantDa = kid(answer, 'DeclaratieAntwoord');
  const haveDa = kid(retour, 'DeclaratieAntwoord');
  if (codesOf(wantHeader).includes('0001')) {
    if (!codesOf(haveHeader).includes('0001')) findings.add('retour.missing-0001', 'context', kid(haveHeader, 'RetourCodes') ?? haveHeader);
    if (haveDa) findings.add('retour.body-after-0001', 'context', haveDa, { element: haveDa.local });
    return;
  }
  if (codesOf(haveHeader).includes('0001')) {
    findings.add('retour.code-without-finding', 'context', kid(haveHeader, 'RetourCodes') ?? haveHeader, { retourcode: '0001' });
    if (haveDa) findings.add('retour.body-after-0001', 'context', haveDa, { element: haveDa.local });
    return;
  }
  compareCodes(wantHeader, haveHeader, findings);
  if (!wantDa) {
    if (haveDa) for (const c of codesOf(haveDa)) if (!NEUTRAL.has(c)) findings.add('retour.code-without-finding', 'context', kid(haveDa, 'RetourCodes') ?? haveDa, { retourcode: c });
    return;
  }
  if (!haveDa) {
    findings.add('retour.class-unanswered', 'context', haveHeader, { element: '/Bericht/DeclaratieAntwoord' });
    return;
  }
  compareCodes(wantDa, haveDa, findings);
  const want8001 = codesOf(wantDa).includes('8001');
  const have8001 = codesOf(haveDa).includes('8001');
  if (want8001 !== have8001) findings.add('retour.wrong-8001', 'context', kid(haveDa, 'RetourCodes') ?? haveDa, { expected: want8001 ? 'yes' : 'no' });
  for (const name of ['TotaalIngediendBedrag', 'TotaalToegekendBedrag']) {
    const w = amount(kid(wantDa, name));
    const h = amount(kid(haveDa, name));
    if (w !== h) findings.add('retour.total-mismatch', 'context', kid(haveDa, name) ?? haveDa, { element: name, found: h === undefined ? '—' : String(h), expected: String(w) });
  }
  // Clients by Bsn, prestaties by ReferentieNummer: the retour lists only the rejected ones.
  const listed = (da: XmlElement): Map<string, XmlElement> => {
    const out = new Map<string, XmlElement>();
    for (const client of kids(kid(da, 'Clienten'), 'Client')) {
      const bsn = textAt(client, 'Bsn') ?? '';
      out.set(`client ${bsn}`, client);
      for (const p of kids(kid(client, 'Prestaties'), 'Prestatie')) out.set(`prestatie ${bsn} ${textAt(p, 'ReferentieNummer') ?? ''}`, p);
    }
    return out;
  };
  const want = listed(wantDa);
  const have = listed(haveDa);
  for (const [key, el] of have) {
    const w = want.get(key);
    if (w) compareCodes(w, el, findings);
    else for (const c of codesOf(el)) if (!NEUTRAL.has(c) || key.startsWith('prestatie')) findings.add('retour.code-without-finding', 'context', kid(el, 'RetourCodes') ?? el, { retourcode: c });
  }
  for (const [key, el] of want) {
    if (have.has(key)) continue;
    for (const c of codesOf(el)) if (!NEUTRAL.has(c)) findings.add('retour.finding-unanswered', 'context', haveDa, { codes: key, retourcode: c }, { distinct: `${key} ${c}` });
  }
}
