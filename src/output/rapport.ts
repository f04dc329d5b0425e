/**
 * The validation Rapport of the iStandaarden (namespace
 * http://www.istandaarden.nl/validatie/1_1/rapport/schema, version 1.1): the document the official
 * validation stylesheet prints, so that tooling that reads it can read ours.
 *
 * - Header: BerichtCode, BerichtVersie, BerichtSubversie and BerichtIdentificatie as written in the
 *   message (from `report.header`, never by reading the message again), and XSLTVersie: the version
 *   of the stylesheet whose rules level 2 implements.
 * - Fouten: one Fout per error, in the report's order (for level 2 that is the stylesheet's order):
 *   Code, Retourcode only where the stylesheet prints one (TR342 in 2.10.5; the other rules carry
 *   0001 in the standard but the stylesheet leaves it out), every Locatie, and Details: our own text.
 *
 * What the stylesheet never reports, and how it appears here:
 * - a message that fails level 1 (not well-formed, not UTF-8, unknown, not valid against its XSD):
 *   the stylesheet does not run on it at all. Our Rapport holds one Fout per finding with our own
 *   code (`xml.*`, `input.*`, `message.*`, `xsd.*`), no Retourcode (level 1 has no retourbericht),
 *   Locatie the element concerned (`/` for the document as a whole). The Header holds what could be
 *   read; a value that is missing or does not fit the Rapport's types is written as "unknown": an
 *   empty BerichtCode or Identificatie, version 0, Dagtekening 0001-01-01.
 * - level 3 (context) and variant findings: a Fout each, after those of level 2, with their code
 *   (official rule id, or our own `variant.*` code) and, for level 3, the rule's retourcode.
 * - warnings are left out: a Fout is an error to every reader of the Rapport.
 */
import { XSLT_VERSIE } from '../catalogue/index.js';
import type { Issue, Report } from '../report/types.js';
import { escapeText } from '../xml/escape.js';

export const RAPPORT_NAMESPACE = 'http://www.istandaarden.nl/validatie/1_1/rapport/schema';

/**
 * The rules whose retourcode the official stylesheet (2.10.5) writes in its Fout, derived from the
 * rule index of the stylesheet in the reference material (column "retourcode in xslt").
 */
export const RAPPORT_RETOURCODE: ReadonlySet<string> = new Set(['TR342']);

export interface RapportOptions {
  /** XSLTVersie in the Header (default: the stylesheet version level 2 implements). */
  readonly xsltVersie?: string;
}

const DATE = /^-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const SMALL = /^\s*[+]?0*\d{1,2}\s*$/;

/** A version as the Rapport's 0..99 integer, or 0 when the message's value is not one. */
function version(v: string | undefined): string {
  return v !== undefined && SMALL.test(v) ? String(Number(v.trim())) : '0';
}

/** Whether a Dagtekening fits xs:date without time zone (and is a real date). */
function isDate(v: string | undefined): v is string {
  if (v === undefined || !DATE.test(v)) return false;
  const [y, m, d] = v.replace(/^-/, '').split('-').map(Number) as [number, number, number];
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return d <= days && !/^-?0000-/.test(v);
}

/** The Fout elements of the report: its errors, in order. */
function fouten(report: Report): Issue[] {
  return report.issues.filter((i) => i.severity === 'error');
}

/** The validation Rapport (XML) of one report. */
export function toRapport(report: Report, options: RapportOptions = {}): string {
  const h = report.header ?? {};
  const out: string[] = [];
  const el = (indent: string, name: string, text: string): void => {
    out.push(`${indent}<r:${name}>${escapeText(text)}</r:${name}>`);
  };
  out.push('<?xml version="1.0" encoding="UTF-8"?>', `<r:Rapport xmlns:r="${RAPPORT_NAMESPACE}">`, '  <r:Header>');
  el('    ', 'BerichtCode', h.berichtCode ?? '');
  el('    ', 'BerichtVersie', version(h.berichtVersie));
  el('    ', 'BerichtSubversie', version(h.berichtSubversie));
  out.push('    <r:BerichtIdentificatie>');
  const id = h.identificatie ?? '';
  // LDT_IdentificatieBericht: at most 12 characters (counted as the schema does, per code point).
  el('      ', 'Identificatie', [...id].length <= 12 ? id : '');
  el('      ', 'Dagtekening', isDate(h.dagtekening) ? h.dagtekening : '0001-01-01');
  out.push('    </r:BerichtIdentificatie>');
  el('    ', 'XSLTVersie', options.xsltVersie ?? XSLT_VERSIE);
  out.push('  </r:Header>');
  const errors = fouten(report);
  if (!errors.length) out.push('  <r:Fouten/>');
  else {
    out.push('  <r:Fouten>');
    for (const i of errors) {
      out.push('    <r:Fout>');
      el('      ', 'Code', i.code);
      const retourcode = i.level === 'rule' ? (RAPPORT_RETOURCODE.has(i.code) ? i.retourcode : undefined) : i.level === 'schema' ? undefined : i.retourcode;
      if (retourcode) el('      ', 'Retourcode', retourcode);
      for (const path of i.locations ? i.locations.map((l) => l.path) : [i.path]) el('      ', 'Locatie', path.trim() === '' ? '/' : path);
      if (i.message.trim() !== '') el('      ', 'Details', i.message);
      out.push('    </r:Fout>');
    }
    out.push('  </r:Fouten>');
  }
  out.push('</r:Rapport>');
  return out.join('\n') + '\n';
}
