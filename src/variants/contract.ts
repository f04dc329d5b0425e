/**
 * The contract file: which uitvoeringsvariant applies per standaard, gemeente, aanbieder and product.
 *
 * loadContract() checks a contract against schemas/contract.schema.json (compiled ahead of time) and
 * then against what a schema cannot say (duplicates, a product without a variant to fall back on).
 * Every mistake gives one error that names the field, as a path like `contracten[0].producten[1].code`.
 * It never throws.
 *
 * Decisions (documented in docs/variants.md):
 * - a product code does not have to start with the digits of its category: iWmo codes are regional and
 *   the standard does not tie a code's spelling to its category;
 * - a contract without `variant` contracts only the products it lists, each of which must then give
 *   its own variant;
 * - an onderaannemer is never the contract's own aanbieder, and is listed once per contract;
 * - a tarief's einddatum is not before its begindatum, and two tarieven of one product in the same
 *   eenheid do not overlap in time (level 4 must find one contractual tarief, not two);
 * - a regional product code is listed once per contract.
 */
import { validateContract, type ContractSchemaError } from './contract-validator.generated.js';
import { PROFIELEN, VARIANTS, type Contract } from './types.js';

export interface ContractError {
  /** Where the mistake is: `contracten[0].variant`, or '' for the file as a whole. */
  readonly path: string;
  readonly message: string;
}

export type LoadResult = { ok: true; contract: Contract } | { ok: false; errors: ContractError[] };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** `/contracten/0/producten/1` → `contracten[0].producten[1]`. */
function toPath(pointer: string): string {
  let out = '';
  for (const raw of pointer.split('/').slice(1)) {
    const step = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    out += /^[0-9]+$/.test(step) ? `[${step}]` : out ? `.${step}` : step;
  }
  return out;
}

function valueAt(data: unknown, pointer: string): unknown {
  let cur = data;
  for (const raw of pointer.split('/').slice(1)) {
    const step = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur)) cur = cur[Number(step)];
    else if (isObject(cur)) cur = cur[step];
    else return undefined;
  }
  return cur;
}

const show = (v: unknown): string => (typeof v === 'string' ? `'${v}'` : JSON.stringify(v) ?? String(v));

const PATTERN_TEXT: Record<string, string> = {
  gemeente: 'must be a CBS gemeente code of 4 digits',
  aanbieder: 'must be an AGB code of 8 digits',
  agb: 'must be an AGB code of 8 digits',
  categorie: 'must be a product category of 2 digits',
  code: 'must be a product code of 1 to 5 letters or digits',
  begindatum: 'must be a date YYYY-MM-DD',
  einddatum: 'must be a date YYYY-MM-DD',
};

const ENUM_NAME: Record<string, string> = { variant: 'variant', taakgerichtProfiel: 'taakgericht profile', standaard: 'standaard', eenheid: 'eenheid', frequentie: 'frequentie' };

function schemaMessage(e: ContractSchemaError, data: unknown): ContractError {
  const path = toPath(e.instancePath);
  const field = e.instancePath.split('/').pop() ?? '';
  const got = valueAt(data, e.instancePath);
  switch (e.keyword) {
    case 'required':
      return { path: path ? `${path}.${String(e.params.missingProperty)}` : String(e.params.missingProperty), message: 'missing' };
    case 'additionalProperties':
      return { path: path ? `${path}.${String(e.params.additionalProperty)}` : String(e.params.additionalProperty), message: 'unknown field' };
    case 'enum': {
      const allowed = (e.params.allowedValues as unknown[]).map(String).join(', ');
      return { path, message: `unknown ${ENUM_NAME[field] ?? field} ${show(got)} (${allowed})` };
    }
    case 'pattern':
      return { path, message: `${PATTERN_TEXT[field] ?? `must match ${String(e.params.pattern)}`}, got ${show(got)}` };
    case 'type':
      return { path, message: `must be ${e.params.type === 'array' ? 'a list' : e.params.type === 'object' ? 'an object' : e.params.type === 'integer' ? 'a whole number' : `a ${String(e.params.type)}`}, got ${show(got)}` };
    case 'minItems':
      return { path, message: `must list at least ${String(e.params.limit)} item(s)` };
    case 'minimum':
    case 'maximum':
      return { path, message: `must be an amount in eurocent from 0 to 99999999, got ${show(got)}` };
    default:
      return { path, message: e.message ?? e.keyword };
  }
}

const productKey = (p: Json): string | undefined => {
  const cat = str(p.categorie);
  if (cat === undefined) return undefined;
  const code = str(p.code);
  return code === undefined ? cat : `${cat}/${code}`;
};
const productName = (p: Json): string => (str(p.code) !== undefined ? `${String(p.categorie)}/${String(p.code)}` : `category ${String(p.categorie)}`);

function duplicates(list: unknown, at: string, errors: ContractError[]): void {
  if (!Array.isArray(list)) return;
  const seen = new Map<string, number>();
  list.forEach((p, i) => {
    if (!isObject(p)) return;
    const key = productKey(p);
    if (key === undefined) return;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else errors.push({ path: `${at}[${i}]`, message: `duplicate product ${productName(p)} (also at ${at}[${first}])` });
  });
}

/** A tarief's period in order, and no two tarieven of one product in one eenheid at the same time. */
function tarieven(list: unknown, at: string, errors: ContractError[]): void {
  if (!Array.isArray(list)) return;
  const periods: Array<{ i: number; eenheid: string; begin: string; eind: string }> = [];
  list.forEach((t, i) => {
    if (!isObject(t)) return;
    const begin = str(t.begindatum) ?? '0000-00-00';
    const eind = str(t.einddatum) ?? '9999-99-99';
    if (begin > eind) {
      errors.push({ path: `${at}[${i}].einddatum`, message: `lies before begindatum ${String(t.begindatum)}` });
      return;
    }
    const eenheid = str(t.eenheid);
    if (eenheid === undefined) return;
    const other = periods.find((p) => p.eenheid === eenheid && p.begin <= eind && begin <= p.eind);
    if (other) errors.push({ path: `${at}[${i}]`, message: `overlaps ${at}[${other.i}] (eenheid ${eenheid}): one product has one tarief per eenheid at a time` });
    else periods.push({ i, eenheid, begin, eind });
  });
}

/** The checks the schema cannot express. Tolerates data that failed the schema (skips what it cannot read). */
function semantic(data: unknown): ContractError[] {
  const errors: ContractError[] = [];
  if (!isObject(data) || !Array.isArray(data.contracten)) return errors;
  const contracts = new Map<string, number>();
  data.contracten.forEach((c, i) => {
    if (!isObject(c)) return;
    const at = `contracten[${i}]`;
    const key = [c.standaard, c.gemeente, c.aanbieder].map((v) => str(v) ?? '?').join('|');
    if (!key.includes('?')) {
      const first = contracts.get(key);
      if (first === undefined) contracts.set(key, i);
      else errors.push({ path: at, message: `duplicate contract for ${String(c.standaard)}, gemeente ${String(c.gemeente)}, aanbieder ${String(c.aanbieder)} (also contracten[${first}])` });
    }
    const hasVariant = c.variant !== undefined;
    const producten = Array.isArray(c.producten) ? c.producten : [];
    if (!hasVariant && producten.length === 0) errors.push({ path: `${at}.variant`, message: 'missing: a contract needs a variant, or products that each give one' });
    if (!hasVariant) {
      producten.forEach((p, j) => {
        if (isObject(p) && p.variant === undefined) errors.push({ path: `${at}.producten[${j}].variant`, message: 'missing: the contract has no variant to fall back on' });
      });
    }
    duplicates(c.producten, `${at}.producten`, errors);
    producten.forEach((p, j) => {
      if (isObject(p)) tarieven(p.tarieven, `${at}.producten[${j}].tarieven`, errors);
    });
    duplicates(c.productcodes, `${at}.productcodes`, errors);
    if (Array.isArray(c.onderaannemers)) {
      const agbs = new Map<string, number>();
      c.onderaannemers.forEach((o, j) => {
        if (!isObject(o)) return;
        const agb = str(o.agb);
        if (agb !== undefined && agb === str(c.aanbieder)) errors.push({ path: `${at}.onderaannemers[${j}].agb`, message: `is the contract's own aanbieder ${agb}` });
        else if (agb !== undefined) {
          const first = agbs.get(agb);
          if (first === undefined) agbs.set(agb, j);
          else errors.push({ path: `${at}.onderaannemers[${j}].agb`, message: `duplicate onderaannemer ${agb} (also ${at}.onderaannemers[${first}])` });
        }
        duplicates(o.producten, `${at}.onderaannemers[${j}].producten`, errors);
      });
    }
  });
  return errors;
}

/**
 * Reads and checks a contract: JSON text, or an already parsed value. One error per mistake;
 * errors come in document order (schema errors first within one contract entry are merged by path).
 */
export function loadContract(input: string | unknown): LoadResult {
  let data: unknown = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input) as unknown;
    } catch (e) {
      return { ok: false, errors: [{ path: '', message: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` }] };
    }
  }
  const errors: ContractError[] = [];
  const seen = new Set<string>();
  if (!validateContract(data)) {
    for (const e of validateContract.errors ?? []) {
      const err = schemaMessage(e, data);
      const key = `${err.path}\u0000${err.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      errors.push(err);
    }
  }
  errors.push(...semantic(data));
  if (errors.length) return { ok: false, errors: sortErrors(errors) };
  return { ok: true, contract: data as Contract };
}

function sortErrors(errors: ContractError[]): ContractError[] {
  const key = (p: string): string => p.replace(/\[(\d+)\]/g, (_m, n: string) => `[${n.padStart(6, '0')}]`);
  return errors.map((e, i) => ({ e, i })).sort((a, b) => (key(a.e.path) < key(b.e.path) ? -1 : key(a.e.path) > key(b.e.path) ? 1 : a.i - b.i)).map((x) => x.e);
}

/** One error line per mistake, for the CLI: `contract.json: contracten[0].variant: unknown variant …`. */
export function formatContractErrors(errors: readonly ContractError[], file = 'contract'): string {
  return errors.map((e) => `${file}: ${e.path ? `${e.path}: ` : ''}${e.message}`).join('\n');
}

/** Reads a `--variant` value: the variant, or an error naming the allowed ones. */
export function parseVariant(s: string): { ok: true; variant: (typeof VARIANTS)[number] } | { ok: false; message: string } {
  const v = VARIANTS.find((x) => x === s);
  return v ? { ok: true, variant: v } : { ok: false, message: `unknown variant '${s}' (${VARIANTS.join(', ')})` };
}

/** Reads a `--taakgericht-profiel` value. */
export function parseTaakgerichtProfiel(s: string): { ok: true; profiel: (typeof PROFIELEN)[number] } | { ok: false; message: string } {
  const p = PROFIELEN.find((x) => x === s);
  return p ? { ok: true, profiel: p } : { ok: false, message: `unknown taakgericht profile '${s}' (${PROFIELEN.join(', ')})` };
}
