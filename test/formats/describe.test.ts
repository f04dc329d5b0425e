import { describe, expect, it } from 'vitest';
import { CONTEXT_RULES } from '../../src/context/rules/registry.js';
import { describeCode } from '../../src/pipeline/codes.js';
import { OWN_MESSAGES } from '../../src/report/messages.js';
import { RULES } from '../../src/rules/registry.js';
import { VARIANT_CODES } from '../../src/variants/messages.js';

describe('describeCode', () => {
  it('describes every level-2 and level-3 rule by its own description, which is also the hint', () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const r of RULES) expect(describeCode(r.id, lang, 'rule')).toEqual({ code: r.id, title: r.description[lang], description: r.description[lang], official: true, hint: r.description[lang] });
      for (const r of CONTEXT_RULES) expect(describeCode(r.id, lang, 'context').description).toBe(r.description[lang]);
    }
  });

  it('describes our own codes by their template and gives every one a hint', () => {
    for (const code of Object.keys(OWN_MESSAGES)) {
      const d = describeCode(code, 'en');
      expect(d.official).toBe(false);
      expect(d.title).not.toContain('undefined');
      expect(d.hint, code).toBeTruthy();
    }
    expect(describeCode('xsd.missing-element', 'nl').title).toBe('Element {element} mist verplicht element {expected}.');
  });

  it('describes variant codes by their title and sources, and unknown codes by the code', () => {
    for (const c of VARIANT_CODES) {
      const d = describeCode(c.code, 'nl', 'variant');
      expect(d.title).toBe(c.title.nl);
      expect(d.description).toContain(c.source);
    }
    expect(describeCode('zz.unknown', 'nl')).toEqual({ code: 'zz.unknown', title: 'zz.unknown', description: 'zz.unknown', official: false });
  });
});
