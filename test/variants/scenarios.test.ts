import { describe, expect, it } from 'vitest';
import { SCENARIOS } from './scenarios.js';
import { brief, committedFixtures, renderFixtures, runVariant } from './fixtures.js';

describe('fixtures/variants is up to date with test/variants/scenarios.ts', () => {
  it('has exactly the rendered files', () => {
    const want = renderFixtures();
    const have = committedFixtures();
    expect([...have.keys()].sort()).toEqual([...want.keys()].sort());
    for (const [name, content] of want) expect(have.get(name), name).toBe(content);
  });
});

for (const s of SCENARIOS) {
  describe(`scenario ${s.name}`, () => {
    it.each(Object.keys(s.messages))('%s', (file) => {
      const msg = s.messages[file]!;
      const run = runVariant(msg.xml, { contract: s.contract });
      // The variant level runs on schema-valid messages: every fixture must pass level 1.
      expect(run.before.filter((i) => i.level === 'schema')).toEqual([]);
      expect(brief(run.issues)).toEqual(msg.expected);
      for (const i of run.issues) expect(i.level).toBe('variant');
    });
  });
}
