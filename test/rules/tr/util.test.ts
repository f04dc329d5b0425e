import { describe, expect, it } from 'vitest';
import { overlappingPairs, xpathNumber } from '../../../src/rules/tr/util.js';
import { scanXml, type XmlElement } from '../../../src/xml/scan.js';

/** Lines written as `cat/code start end` ('-' for absent). */
function lines(...specs: string[]): readonly XmlElement[] {
  const body = specs
    .map((s) => {
      const [product, start, end] = s.split(' ');
      const [cat, code] = (product ?? '-').split('/');
      const p = cat === '-' ? '' : `<Product><Categorie>${cat}</Categorie>${code ? `<Code>${code}</Code>` : ''}</Product>`;
      return `<L>${p}<Ingangsdatum>${start}</Ingangsdatum>${end === '-' ? '' : `<Einddatum>${end}</Einddatum>`}</L>`;
    })
    .join('');
  const scanned = scanXml(`<R>${body}</R>`);
  if (!scanned.ok) throw new Error('not well-formed');
  return scanned.document.root.children;
}

const pairs = (...specs: string[]): string[] => {
  const ls = lines(...specs);
  return overlappingPairs(ls, { startField: 'Ingangsdatum', endField: 'Einddatum' }).map(([a, b]) => `${ls.indexOf(a) + 1}-${ls.indexOf(b) + 1}`);
};

describe('overlappingPairs', () => {
  it.each([
    ['same code, overlapping', ['45/A 2026-01-01 2026-06-30', '45/A 2026-06-30 -'], ['1-2']],
    ['same code, consecutive', ['45/A 2026-01-01 2026-06-30', '45/A 2026-07-01 -'], []],
    ['other codes in one category', ['45/A 2026-01-01 -', '45/B 2026-01-01 -'], []],
    ['a line without code joins both codes of its category', ['45/A 2026-01-01 -', '45/B 2026-01-01 -', '45 2026-03-01 2026-03-31'], ['1-3', '2-3']],
    ['other categories', ['45/A 2026-01-01 -', '54/A 2026-01-01 -'], []],
    ['a line without product joins everything', ['45/A 2026-01-01 -', '- 2026-02-01 2026-02-01', '54/B 2026-01-01 -'], ['1-2', '2-3']],
    ['earlier in the document but later in time', ['45/A 2026-05-01 2026-05-31', '45/A 2026-01-01 2026-05-01'], ['1-2']],
  ])('%s', (_name, specs, expected) => {
    expect(pairs(...specs)).toEqual(expected);
  });
});

describe('xpathNumber', () => {
  it.each([
    ['187750', 187750],
    [' 12 ', 12],
    ['0079', 79],
    ['-5', -5],
    ['+5', NaN],
    ['', NaN],
  ])('%s', (text, expected) => {
    expect(xpathNumber(text)).toEqual(expected);
  });
});
