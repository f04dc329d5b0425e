import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED, gemeentePeriods, latestDivision, sourcesModules } from '../../scripts/generate-sources.js';
import { referencePresent } from '../support/xsd.js';

describe.skipIf(!referencePresent)('the generated level-4 data', () => {
  it('is what scripts/generate-sources.ts makes of the reference (npm run generate:sources)', () => {
    const out = sourcesModules();
    expect(readFileSync(GENERATED.cbs, 'utf8')).toBe(out.cbs);
    expect(readFileSync(GENERATED.productcodes, 'utf8')).toBe(out.productcodes);
  });
});

describe('gemeentePeriods', () => {
  const xml = `<gemeentelijke_indeling xmlns="http://nlextract.nl">
    <indeling jaar="2020"><provincie code="1" naam="P">
      <gemeente code="3" naam="Oud" begindatum="1970-01-01"/>
      <gemeente code="7" naam="Blijft" begindatum="1970-01-01"/>
      <gemeente code="9" naam="Stopt" begindatum="1970-01-01"/>
    </provincie></indeling>
    <indeling jaar="2021"><provincie code="1" naam="P">
      <gemeente code="3" naam="Oud" begindatum="1970-01-01" einddatum="2021-01-01"/>
      <gemeente code="7" naam="Blijft" begindatum="1970-01-01"/>
      <gemeente code="9" naam="Stopt" begindatum="1970-01-01"/>
      <gemeente code="1979" naam="Nieuw" begindatum="2021-01-01"/>
    </provincie></indeling>
  </gemeentelijke_indeling>`;

  it('gives each code its period: ended by einddatum, by leaving the next division, or still open', () => {
    const latest = latestDivision('# Gemeentelijke indeling 2022\n' + ['| 0007 | Blijft |', '| 1979 | Nieuw |', '| 2000 | Later |'].join('\n').repeat(1) + '\n' + Array.from({ length: 300 }, (_, i) => `| ${String(5000 + i)} | X${i} |`).join('\n'));
    const periods = gemeentePeriods(xml, latest).filter((p) => Number(p.code) < 5000);
    expect(periods).toEqual([
      { code: '0003', naam: 'Oud', begin: '1970-01-01', einde: '2021-01-01' },
      { code: '0007', naam: 'Blijft', begin: '1970-01-01', einde: '' },
      { code: '0009', naam: 'Stopt', begin: '1970-01-01', einde: '2022-01-01' },
      { code: '1979', naam: 'Nieuw', begin: '2021-01-01', einde: '' },
      { code: '2000', naam: 'Later', begin: '2022-01-01', einde: '' },
    ]);
  });
});
