/**
 * Reads and checks a scenario.json. Every mistake is reported with the field it is in
 * (`stappen[2].verwacht.codes: …`); nothing here throws.
 */
import type { Lang } from '../report/types.js';
import { PROFIELEN, VARIANTS, type TaakgerichtProfiel, type Variant } from '../variants/index.js';
import { texts, type Texts } from './texts.js';
import type { RetourKlasse, RetourVerwachting, Scenario, ScenarioVariant, Stap, Verwachting } from './types.js';

export type ScenarioParse = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const TOP = ['naam', 'beschrijving', 'bron', 'contract', 'variant', 'vandaag', 'berichtoverstijgend', 'externeBron', 'stappen'];
const STEP = ['bericht', 'beschrijving', 'verwacht', 'retour'];
const VERWACHT = ['geldig', 'codes', 'waarschuwingen'];
const VARIANT = ['variant', 'taakgerichtProfiel'];
const RETOUR = ['bericht', 'retourcodes', 'klassen', 'bestand', 'juist', 'codes'];
const KLASSE = ['pad', 'retourcodes'];

/**
 * `rel` with `.` and `..` segments resolved (`/`-separated), or null when it does not name a file
 * inside the scenario folder: empty, absolute (`/x`, `C:x`), with a backslash or NUL, or leading up.
 */
export function normalizeRelative(rel: string): string | null {
  if (rel === '' || rel.startsWith('/') || /^[A-Za-z]:/.test(rel) || rel.includes('\\') || rel.includes('\0')) return null;
  const out: string[] = [];
  for (const part of rel.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.pop() === undefined) return null;
    } else out.push(part);
  }
  return out.length ? out.join('/') : null;
}

/** True when `rel` names a file inside the scenario folder (relative, no way up). */
export function isSafeRelativePath(rel: string): boolean {
  return normalizeRelative(rel) !== null;
}

class Checker {
  readonly errors: string[] = [];
  constructor(readonly t: Texts) {}

  err(path: string, message: string): void {
    this.errors.push(`${path}: ${message}`);
  }

  fields(o: Json, path: string, allowed: readonly string[]): void {
    for (const k of Object.keys(o)) if (!allowed.includes(k)) this.err(path ? `${path}.${k}` : k, this.t.unknownField(allowed));
  }

  string(o: Json, key: string, path: string, required: boolean): string | undefined {
    const v = o[key];
    const at = path ? `${path}.${key}` : key;
    if (v === undefined) {
      if (required) this.err(at, this.t.required);
      return undefined;
    }
    if (typeof v !== 'string' || v.trim() === '') {
      this.err(at, this.t.mustBeNonEmptyString);
      return undefined;
    }
    return v;
  }

  strings(o: Json, key: string, path: string, check?: (s: string) => string | null): string[] | undefined {
    const v = o[key];
    const at = `${path}.${key}`;
    if (v === undefined) return undefined;
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
      this.err(at, this.t.mustBeStringArray);
      return undefined;
    }
    const out: string[] = [];
    for (const s of v as string[]) {
      if (out.includes(s)) this.err(at, this.t.duplicate(s));
      const problem = check?.(s);
      if (problem) this.err(at, problem);
      out.push(s);
    }
    return out;
  }
}

function variantOf(c: Checker, o: Json): ScenarioVariant {
  const { t } = c;
  if (o.contract !== undefined && o.variant !== undefined) {
    c.err('contract', t.contractAndVariant);
    return { soort: 'geen' };
  }
  if (o.contract !== undefined) {
    const file = c.string(o, 'contract', '', true);
    if (file === undefined) return { soort: 'geen' };
    if (!isSafeRelativePath(file)) {
      c.err('contract', t.unsafePath);
      return { soort: 'geen' };
    }
    return { soort: 'contract', bestand: file };
  }
  if (o.variant !== undefined) {
    const v = o.variant;
    if (!isObject(v)) {
      c.err('variant', t.notObject);
      return { soort: 'geen' };
    }
    c.fields(v, 'variant', VARIANT);
    const name = c.string(v, 'variant', 'variant', true);
    const variant = VARIANTS.find((x) => x === name);
    if (name !== undefined && !variant) c.err('variant.variant', t.unknownVariant(name, VARIANTS));
    const pName = c.string(v, 'taakgerichtProfiel', 'variant', false);
    const profiel = PROFIELEN.find((x) => x === pName);
    if (pName !== undefined && !profiel) c.err('variant.taakgerichtProfiel', t.unknownProfiel(pName, PROFIELEN));
    if (pName !== undefined && variant && variant !== 'taakgericht') c.err('variant.taakgerichtProfiel', t.profielOnlyTaakgericht);
    if (!variant) return { soort: 'geen' };
    return profiel ? { soort: 'variant', variant: variant as Variant, taakgerichtProfiel: profiel as TaakgerichtProfiel } : { soort: 'variant', variant: variant as Variant };
  }
  return { soort: 'geen' };
}

function verwachtingOf(c: Checker, v: unknown, path: string): Verwachting | null {
  const { t } = c;
  if (v === undefined) {
    c.err(path, t.required);
    return null;
  }
  if (!isObject(v)) {
    c.err(path, t.notObject);
    return null;
  }
  c.fields(v, path, VERWACHT);
  let geldig: boolean | null = null;
  if (v.geldig === undefined) c.err(`${path}.geldig`, t.required);
  else if (typeof v.geldig !== 'boolean') c.err(`${path}.geldig`, t.mustBeBoolean);
  else geldig = v.geldig;
  const codes = c.strings(v, 'codes', path) ?? [];
  const waarschuwingen = c.strings(v, 'waarschuwingen', path) ?? [];
  if (geldig === true && codes.length) c.err(`${path}.codes`, t.validWithCodes);
  const codesMalformed = v.codes !== undefined && !Array.isArray(v.codes);
  if (geldig === false && !codes.length && !codesMalformed) c.err(`${path}.codes`, t.invalidWithoutCodes);
  return geldig === null ? null : { geldig, codes, waarschuwingen };
}

const RETOURCODE = /^[0-9A-Z]{4}$/;

function retourOf(c: Checker, v: unknown, path: string): RetourVerwachting | undefined {
  const { t } = c;
  if (v === undefined) return undefined;
  if (!isObject(v)) {
    c.err(path, t.notObject);
    return undefined;
  }
  c.fields(v, path, RETOUR);
  const bericht = c.string(v, 'bericht', path, false);
  if (bericht !== undefined && !/^(JW|WMO)3[0-9]{2}$/.test(bericht)) c.err(`${path}.bericht`, t.badBericht);
  const codeCheck = (s: string): string | null => (RETOURCODE.test(s) ? null : t.badRetourcode(s));
  const retourcodes = c.strings(v, 'retourcodes', path, codeCheck);
  let klassen: RetourKlasse[] | undefined;
  if (v.klassen !== undefined) {
    if (!Array.isArray(v.klassen)) c.err(`${path}.klassen`, t.mustBeArray);
    else {
      klassen = [];
      v.klassen.forEach((k: unknown, i: number) => {
        const at = `${path}.klassen[${i}]`;
        if (!isObject(k)) return c.err(at, t.notObject);
        c.fields(k, at, KLASSE);
        const pad = c.string(k, 'pad', at, true);
        const codes = c.strings(k, 'retourcodes', at, codeCheck);
        if (codes === undefined && k.retourcodes === undefined) c.err(`${at}.retourcodes`, t.required);
        if (pad !== undefined && codes !== undefined) klassen!.push({ pad, retourcodes: codes });
      });
    }
  }
  // A supplied retourbericht, checked with checkRetour() as an answer to the step's message.
  const bestand = c.string(v, 'bestand', path, false);
  if (bestand !== undefined && !isSafeRelativePath(bestand)) c.err(`${path}.bestand`, t.unsafePath);
  let juist: boolean | undefined;
  if (v.juist !== undefined && typeof v.juist !== 'boolean') c.err(`${path}.juist`, t.mustBeBoolean);
  else juist = v.juist as boolean | undefined;
  const codes = c.strings(v, 'codes', path);
  if (bestand !== undefined && juist === undefined && v.juist === undefined) c.err(`${path}.juist`, t.required);
  if (bestand === undefined && (v.juist !== undefined || v.codes !== undefined)) c.err(`${path}.bestand`, t.required);
  if (juist === true && codes?.length) c.err(`${path}.codes`, t.validWithCodes);
  if (juist === false && !codes?.length && (v.codes === undefined || Array.isArray(v.codes))) c.err(`${path}.codes`, t.invalidWithoutCodes);
  return {
    ...(bericht !== undefined ? { bericht } : {}),
    ...(retourcodes !== undefined ? { retourcodes } : {}),
    ...(klassen !== undefined ? { klassen } : {}),
    ...(bestand !== undefined ? { bestand, juist: juist ?? false, codes: codes ?? [] } : {}),
  };
}

function stapOf(c: Checker, v: unknown, i: number): Stap | null {
  const path = `stappen[${i}]`;
  if (!isObject(v)) {
    c.err(path, c.t.notObject);
    return null;
  }
  c.fields(v, path, STEP);
  const bericht = c.string(v, 'bericht', path, true);
  if (bericht !== undefined && !isSafeRelativePath(bericht)) c.err(`${path}.bericht`, c.t.unsafePath);
  const beschrijving = c.string(v, 'beschrijving', path, false);
  const verwacht = verwachtingOf(c, v.verwacht, `${path}.verwacht`);
  const retour = retourOf(c, v.retour, `${path}.retour`);
  if (bericht === undefined || verwacht === null) return null;
  return { bericht, verwacht, ...(beschrijving !== undefined ? { beschrijving } : {}), ...(retour !== undefined ? { retour } : {}) };
}

/** Checks the parsed content of a scenario.json. */
export function checkScenario(data: unknown, lang: Lang = 'nl'): ScenarioParse {
  const c = new Checker(texts(lang));
  if (!isObject(data)) return { ok: false, errors: [`scenario.json: ${c.t.notObject}`] };
  c.fields(data, '', TOP);
  const naam = c.string(data, 'naam', '', true);
  const beschrijving = c.string(data, 'beschrijving', '', true);
  const bron = c.string(data, 'bron', '', true);
  const variant = variantOf(c, data);
  const vandaag = c.string(data, 'vandaag', '', false);
  if (vandaag !== undefined && !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(vandaag)) c.err('vandaag', c.t.badDate);
  const bo = data.berichtoverstijgend;
  if (bo !== undefined && typeof bo !== 'boolean') c.err('berichtoverstijgend', c.t.mustBeBoolean);
  const eb = data.externeBron;
  if (eb !== undefined && typeof eb !== 'boolean') c.err('externeBron', c.t.mustBeBoolean);
  const stappen: Stap[] = [];
  if (data.stappen === undefined) c.err('stappen', c.t.required);
  else if (!Array.isArray(data.stappen)) c.err('stappen', c.t.mustBeArray);
  else if (data.stappen.length === 0) c.err('stappen', c.t.mustBeNonEmptyArray);
  else
    data.stappen.forEach((s: unknown, i: number) => {
      const stap = stapOf(c, s, i);
      if (stap) stappen.push(stap);
    });
  if (c.errors.length || naam === undefined || beschrijving === undefined || bron === undefined) return { ok: false, errors: c.errors };
  return { ok: true, scenario: { naam, beschrijving, bron, variant, berichtoverstijgend: bo !== false, externeBron: eb === true, stappen, ...(vandaag !== undefined ? { vandaag } : {}) } };
}
