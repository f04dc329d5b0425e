/**
 * The level registry (report/levels.ts) and the code registry (pipeline/codes.ts) drive what the
 * pipeline runs and what the look-up, the formats and the conformance runner know.
 */
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../src/context/store.js';
import { validate } from '../src/pipeline/validate.js';
import { LEVELS, LEVEL_NAMES, levelHeading, levelLabel, levelWithin } from '../src/report/levels.js';
import { RULE_LEVELS, allCodes, describeCode, isKnownCode, ruleCodes, rulesWithRetourcode } from '../src/pipeline/codes.js';
import { rulesTable } from '../src/lookup/index.js';
import { toHtml } from '../src/app/formats.js';
import { golden } from './support/messages.js';
import { TODAY } from './support/rules.js';

const everything = () => ({ today: TODAY, context: new MemoryStore(), sources: true, variants: { variant: 'inspanningsgericht' as const } });

describe('the level registry', () => {
  it('lists each level once, every required level before the level that requires it', () => {
    expect(new Set(LEVEL_NAMES).size).toBe(LEVELS.length);
    for (const [n, l] of LEVELS.entries()) if (l.requires) expect(LEVEL_NAMES.indexOf(l.requires)).toBeLessThan(n);
  });

  it('is the order of report.levels: a run with every level, stopped at each level in turn', () => {
    expect(validate(golden('JW301'), everything()).levels).toEqual(LEVEL_NAMES);
    for (const [n, upTo] of LEVEL_NAMES.entries()) {
      expect(validate(golden('JW301'), { ...everything(), upTo }).levels).toEqual(LEVEL_NAMES.slice(0, n + 1));
      expect(levelWithin(upTo, LEVEL_NAMES[n - 1])).toBe(n === 0);
    }
  });

  it('names the levels in the look-up and the HTML report from one table', () => {
    expect(levelHeading('external', 'nl')).toBe('niveau 4 (externe bron)');
    expect(levelHeading('variant', 'en')).toBe('level variant');
    expect(levelLabel('context', 'nl')).toBe('context (niveau 3)');
    expect(rulesTable({ code: 'TR378', lang: 'nl' }).text).toContain('niveau 4 (externe bron)');
    const html = toHtml([{ file: 'a.xml', ...validate(golden('JW301'), everything()) }], { lang: 'en' });
    expect(html).toContain('schema (level 1), rule (level 2), context (level 3), external source (level 4), uitvoeringsvariant');
  });
});

describe('the code registry', () => {
  it('holds every rule of every level with a registry, once per level, and the own and variant codes', () => {
    const rules = ruleCodes();
    expect(rules.length).toBe(RULE_LEVELS.reduce((n, l) => n + l.rules.length, 0));
    for (const { level, rules: registry } of RULE_LEVELS) {
      for (const r of registry) expect(rules.filter((c) => c.code === r.id && c.level === level)).toHaveLength(1);
    }
    expect(new Set(allCodes().map((c) => c.kind))).toEqual(new Set(['rule', 'own', 'variant']));
    expect(isKnownCode('TR378')).toBe(true);
    expect(isKnownCode('xsd.missing-element')).toBe(true);
    expect(isKnownCode('variant.geen-contract')).toBe(true);
    expect(isKnownCode('TR999')).toBe(false);
  });

  it('describes a level-4 rule as the official rule it is, and an own code of level 4 as none', () => {
    expect(describeCode('TR378', 'nl', 'external').official).toBe(true);
    expect(describeCode('bron.agb-onbekend', 'nl', 'external').official).toBe(false);
    expect(describeCode('TR999', 'en')).toEqual({ code: 'TR999', title: 'TR999', description: 'TR999', official: false });
  });

  it('names the rules of every level that answer with a retourcode', () => {
    const code = ruleCodes().find((c) => c.level === 'external' && c.retourcode)!;
    expect(rulesWithRetourcode(code.retourcode!)).toContain(code.code);
  });
});
