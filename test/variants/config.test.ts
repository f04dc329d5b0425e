import { describe, expect, it } from 'vitest';
import { brief, runVariant } from './fixtures.js';
import { SCENARIOS } from './scenarios.js';
import { golden } from '../support/messages.js';
import { check } from '../../src/pipeline/validate.js';

const msg = (scenario: string, file: string): string => SCENARIOS.find((s) => s.name === scenario)!.messages[file]!.xml;
const codes = (xml: string, config: Parameters<typeof runVariant>[1]): string[] => runVariant(xml, config).issues.map((i) => i.code);

describe('a bare variant applies to every product, gemeente and aanbieder', () => {
  it('taakgericht (profile sap by default) rejects each prestatie of any aanbieder', () => {
    expect(codes(msg('onderaannemer', 'JW323-onbekende-aanbieder.xml'), { variant: 'taakgericht' })).toEqual(['variant.declaratie-taakgericht', 'variant.declaratie-taakgericht']);
    expect(codes(golden('JW301'), { variant: 'taakgericht' })).toContain('variant.taakgericht-specifiek');
  });
  it('taakgericht with profile istandaard rejects a toewijzing', () => {
    expect(codes(golden('WMO301'), { variant: 'taakgericht', taakgerichtProfiel: 'istandaard' })).toEqual(['variant.toewijzing-taakgericht', 'variant.toewijzing-taakgericht']);
  });
  it('inspanningsgericht and outputgericht', () => {
    expect(codes(golden('JW323'), { variant: 'inspanningsgericht' })).toEqual([]);
    expect(codes(golden('JW323'), { variant: 'outputgericht' })).toEqual(['variant.eenheid-outputgericht', 'variant.eenheid-outputgericht']);
  });
  it('the woonplaatsbeginsel 315 (aspecifiek) is allowed under every variant and profile', () => {
    for (const config of [{ variant: 'inspanningsgericht' }, { variant: 'outputgericht' }, { variant: 'taakgericht' }, { variant: 'taakgericht', taakgerichtProfiel: 'istandaard' }] as const) {
      expect(codes(msg('woonplaatsbeginsel', 'JW315-aspecifiek.xml'), config)).toEqual([]);
      expect(codes(msg('woonplaatsbeginsel', 'JW319-reden-8.xml'), config)).toEqual([]);
      expect(codes(msg('woonplaatsbeginsel', 'JW319-reden-8-zonder-gemeente.xml'), config)).toEqual(['variant.woonplaatsbeginsel-gemeente']);
      expect(codes(msg('woonplaatsbeginsel', 'WMO319-reden-8.xml'), config)).toContain('variant.woonplaatsbeginsel-iwmo');
    }
  });
});

describe('findings', () => {
  it('are in the report language, name what was looked for, and carry the variant level and severity', () => {
    const nl = runVariant(msg('onderaannemer', 'JW323-onbekende-aanbieder.xml'), { contract: SCENARIOS.find((s) => s.name === 'onderaannemer')!.contract }, 'nl').issues[0]!;
    expect(nl).toMatchObject({ code: 'variant.geen-contract', level: 'variant', severity: 'error' });
    expect(nl.message).toContain('iJw, gemeente 0344 en aanbieder 11112222');
    const en = runVariant(msg('onderaannemer', 'JW323-onderaannemer-taakgericht-product.xml'), { contract: SCENARIOS.find((s) => s.name === 'onderaannemer')!.contract }, 'en').issues[0]!;
    expect(en.message).toBe('Product 44/44A47 is not contracted: onderaannemer 87654321 (contracten[0].onderaannemers[0]) does not list it.');
    const w = runVariant(golden('JW301'), { variant: 'taakgericht' }, 'en').issues.find((i) => i.code === 'variant.taakgericht-omvang')!;
    expect(w.severity).toBe('warning');
    expect(w.message).toContain('Omvang/Volume 4');
  });

  it('a P×Q declaration passes under taakgericht only for the P×Q products, prestatie by prestatie', () => {
    const s = SCENARIOS.find((x) => x.name === 'onderaannemer')!;
    expect(brief(runVariant(msg('onderaannemer', 'JW323-onderaannemer.xml'), { contract: s.contract }).issues)).toEqual([]);
    expect(runVariant(msg('onderaannemer', 'JW323-hoofdaanbieder.xml'), { contract: s.contract }).issues.map((i) => i.path)).toEqual(['/Bericht/Declaratie/Clienten/Client[3]/Prestaties/Prestatie']);
  });

  it('messages meant to pass are valid at levels 1 and 2 as well (realistic fixtures)', () => {
    for (const s of SCENARIOS) {
      for (const [file, m] of Object.entries(s.messages)) {
        if (m.expected.length || file.includes('onbekende') || file.includes('andere-gemeente')) continue;
        expect(check(m.xml).report.issues.filter((i) => i.severity === 'error'), `${s.name}/${file}`).toEqual([]);
      }
    }
  });
});
