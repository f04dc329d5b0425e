/**
 * checkVariant(): judges a schema-valid message against the uitvoeringsvariant of its products,
 * by interpreting the tables of rules.ts. Linear in the message: every line is visited once and
 * each rule reads a few of its children.
 */
import type { CatalogueEntry } from '../catalogue/index.js';
import type { Findings } from '../report/findings.js';
import type { Lang } from '../report/types.js';
import { at, child } from '../xml/query.js';
import type { XmlElement } from '../xml/scan.js';
import { codeInfo, variantMessage, WORDS, type VariantParams } from './messages.js';
import { lineProduct, resolveMessage, type LineProduct } from './resolve.js';
import { FIELD_RULES, LINES, appliesTo, evaluate, messageUse, redenAndereGemeente, type Expectation, type FieldRule, type LineKind } from './rules.js';
import type { Mode, VariantConfig } from './types.js';

/** Every element at a path of local names, following all same-name elements on the way. */
function all(root: XmlElement, path: string): XmlElement[] {
  let cur: XmlElement[] = [root];
  for (const step of path.split('/')) {
    const next: XmlElement[] = [];
    for (const el of cur) for (const c of el.children) if (c.local === step) next.push(c);
    cur = next;
  }
  return cur;
}

const rulesByLine = new Map<LineKind, FieldRule[]>();
for (const r of FIELD_RULES) for (const k of r.lines) rulesByLine.set(k, [...(rulesByLine.get(k) ?? []), r]);

export function modeLabel(mode: Mode | undefined): string {
  switch (mode) {
    case 'taakgericht-sap':
      return 'taakgericht (SAP)';
    case 'taakgericht-istandaard':
      return 'taakgericht (istandaard)';
    case undefined:
      return '?';
    default:
      return mode;
  }
}

export function expectationText(e: Expectation, lang: Lang, warning = false): string {
  const w = WORDS[lang];
  if ('presence' in e) {
    if (e.presence === 'required') return warning ? w.geadviseerd : w.verplicht;
    return warning ? w.afgeraden : w.verboden;
  }
  if ('values' in e) return `${warning ? w.geadviseerd + ':' : w.alleen} ${e.values.join(', ')}`;
  if ('notValues' in e) return `${w.niet} ${e.notValues.join(', ')}`;
  return `= ${e.product.join(' × ')}`;
}

function productText(p: LineProduct, lang: Lang): string {
  return p.categorie === undefined ? WORDS[lang].geenProduct : WORDS[lang].product(p.categorie, p.code);
}

/**
 * Adds the variant findings of one message. The message must be schema-valid (level 1 passed);
 * `config` gives a contract, or one variant for every product.
 */
export function checkVariant(root: XmlElement, entry: CatalogueEntry, findings: Findings, config: VariantConfig): void {
  const lang = findings.lang;
  const resolution = resolveMessage(root, entry, config);
  const add = (code: string, el: XmlElement, params: VariantParams): void => {
    findings.add(code, 'variant', el, {}, { severity: codeInfo(code).severity, message: variantMessage(code, params, lang) });
  };
  if (!resolution.line) {
    add('variant.geen-contract', child(root, 'Header') ?? root, { standaard: entry.standaard, gemeente: resolution.gemeente, agb: resolution.agb });
    return;
  }
  const use = messageUse(entry.nummer);
  const heen = entry.soort === 'heen';
  const ctx = { standaard: entry.standaard };
  for (const spec of LINES[entry.nummer]) {
    for (const line of all(root, spec.path)) {
      const product = lineProduct(line, spec.categorie, spec.code);
      const res = resolution.line(product);
      const base: VariantParams = { bericht: entry.bericht, product: productText(product, lang) };
      if ('notCovered' in res) {
        add('variant.product-niet-gecontracteerd', line, { ...base, reden: res.notCovered[lang] });
        continue;
      }
      const params: VariantParams = { ...base, variant: modeLabel(res.mode), bron: res.bron, reden: redenAndereGemeente(entry.standaard) };
      let forbidden = false;
      if (use && use.code && res.mode && use.usage[res.mode] === 'verboden') {
        const exception = use.exceptions?.[res.mode];
        if (!exception || !exception.test(line, ctx)) {
          add(use.code, line, params);
          forbidden = true;
        }
      }
      if (!heen) continue;
      const reported = new Set<string>();
      for (const rule of rulesByLine.get(spec.kind) ?? []) {
        // A forbidden line only gets the rules that hold in every variant (the woonplaatsbeginsel ones).
        if (forbidden && rule.modes !== 'all') continue;
        if (reported.has(rule.code) || !appliesTo(rule, res.mode, entry.standaard)) continue;
        const failure = evaluate(rule, line);
        if (!failure) continue;
        reported.add(rule.code);
        const info = codeInfo(rule.code);
        const target = at(line, rule.field) ?? line;
        const expected = 'product' in failure.expected && failure.product !== undefined ? `${expectationText(failure.expected, lang)} = ${failure.product}` : expectationText(failure.expected, lang, info.severity === 'warning');
        add(rule.code, target, { ...params, veld: rule.field, gevonden: failure.found ?? '-', verwacht: expected });
      }
    }
  }
}
