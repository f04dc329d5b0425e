import { describe, expect, it } from 'vitest';
import { golden } from '../../support/messages.js';
import { findings } from '../../support/rules.js';

/** Repeats the element `<p:name>…</p:name>` found first in `xml` `n` times, varying it per copy. */
function repeat(xml: string, name: string, n: number, vary: (copy: string, i: number) => string): string {
  const open = xml.search(new RegExp(`<[a-z0-9]+:${name}>`));
  const closeTag = xml.slice(open).match(new RegExp(`</[a-z0-9]+:${name}>`))!;
  const end = open + closeTag.index! + closeTag[0].length;
  const one = xml.slice(open, end);
  const copies: string[] = [];
  for (let i = 0; i < n; i++) copies.push(vary(one, i));
  return xml.slice(0, open) + copies.join('\n') + xml.slice(end);
}

describe('TR rules on large messages stay linear', () => {
  it('JW323 with 20,000 Prestaties', () => {
    const xml = repeat(golden('JW323'), 'Prestatie', 20_000, (p, i) => p.replace('PR-0001', `PR-${i}`));
    // Every copy is the same debet for the same period and product: TR416 for all but the first.
    expect(findings('TR416', xml)).toHaveLength(19_999);
    expect(findings('TR101', xml)).toHaveLength(0);
    expect(findings('TR315', xml)).toHaveLength(0);
    const tr358 = findings('TR358', xml);
    expect(tr358).toHaveLength(1);
    expect(tr358[0]!.locations).toHaveLength(2 + 20_001);
  });

  it('JW301 with 5,000 overlapping ToegewezenProducten of one product', () => {
    const xml = repeat(golden('JW301'), 'ToegewezenProduct', 5_000, (p, i) => p.replace('4001', String(10_000 + i)));
    const tr302 = findings('TR302', xml);
    expect(tr302.length).toBeGreaterThan(4_000);
    expect(tr302.length).toBeLessThanOrEqual(5_000);
  });

  it('WMO315 with 5,000 AangevraagdeProducten sharing a ReferentieAanbieder', () => {
    const xml = repeat(golden('WMO315'), 'AangevraagdProduct', 5_000, (p) => p);
    expect(findings('TR383', xml)).toHaveLength(4_999);
    expect(findings('TR101', xml)).toHaveLength(1);
  });
});
