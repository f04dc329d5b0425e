import { describe, expect, it } from 'vitest';
import { formatContractErrors, loadContract, parseTaakgerichtProfiel, parseVariant } from '../../src/variants/contract.js';

const good = {
  contracten: [
    {
      standaard: 'iJw', gemeente: '0363', aanbieder: '12345678', variant: 'taakgericht', taakgerichtProfiel: 'sap',
      producten: [{ categorie: '45', code: '45A35', variant: 'inspanningsgericht' }],
      onderaannemers: [{ agb: '87654321', producten: [{ categorie: '44', code: '44A01' }] }],
    },
  ],
};

describe('loadContract', () => {
  it('accepts the documented example, as text and as a value', () => {
    expect(loadContract(JSON.stringify(good))).toEqual({ ok: true, contract: good });
    expect(loadContract(good).ok).toBe(true);
  });

  it('gives one clear error per mistake: unknown variant, bad gemeente code, duplicate product', () => {
    const bad = {
      contracten: [
        {
          standaard: 'iJw', gemeente: '363', aanbieder: '12345678', variant: 'taakgerigt',
          producten: [{ categorie: '45', code: '45A35', variant: 'inspanningsgericht' }, { categorie: '45', code: '45A35', variant: 'taakgericht' }],
        },
      ],
    };
    const r = loadContract(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { path: 'contracten[0].gemeente', message: "must be a CBS gemeente code of 4 digits, got '363'" },
      { path: 'contracten[0].producten[1]', message: 'duplicate product 45/45A35 (also at contracten[0].producten[0])' },
      { path: 'contracten[0].variant', message: "unknown variant 'taakgerigt' (inspanningsgericht, outputgericht, taakgericht)" },
    ]);
    expect(formatContractErrors(r.errors, 'contract.json')).toContain("contract.json: contracten[0].variant: unknown variant 'taakgerigt'");
  });

  it.each([
    ['not JSON', '{"contracten": [', '', /^not valid JSON/],
    ['no contracten', {}, 'contracten', /^missing$/],
    ['empty list', { contracten: [] }, 'contracten', /at least 1/],
    ['unknown field', { contracten: [{ ...good.contracten[0], prijs: 1 }] }, 'contracten[0].prijs', /^unknown field$/],
    ['bad AGB', { contracten: [{ ...good.contracten[0], aanbieder: '1234' }] }, 'contracten[0].aanbieder', /AGB code of 8 digits, got '1234'/],
    ['bad onderaannemer AGB', { contracten: [{ ...good.contracten[0], onderaannemers: [{ agb: 'x', producten: [{ categorie: '44' }] }] }] }, 'contracten[0].onderaannemers[0].agb', /8 digits/],
    ['unknown profile', { contracten: [{ ...good.contracten[0], taakgerichtProfiel: 'utrecht' }] }, 'contracten[0].taakgerichtProfiel', /unknown taakgericht profile 'utrecht' \(sap, istandaard\)/],
    ['unknown standaard', { contracten: [{ ...good.contracten[0], standaard: 'IJW' }] }, 'contracten[0].standaard', /unknown standaard 'IJW' \(iJw, iWmo\)/],
    ['category not 2 digits', { contracten: [{ ...good.contracten[0], producten: [{ categorie: '4', variant: 'taakgericht' }] }] }, 'contracten[0].producten[0].categorie', /2 digits, got '4'/],
    ['category as a number', { contracten: [{ ...good.contracten[0], producten: [{ categorie: 45 }] }] }, 'contracten[0].producten[0].categorie', /must be a string, got 45/],
    ['no variant anywhere', { contracten: [{ standaard: 'iJw', gemeente: '0363', aanbieder: '12345678' }] }, 'contracten[0].variant', /a contract needs a variant/],
    ['product without variant and no fallback', { contracten: [{ standaard: 'iJw', gemeente: '0363', aanbieder: '12345678', producten: [{ categorie: '45' }] }] }, 'contracten[0].producten[0].variant', /no variant to fall back on/],
    ['duplicate contract', { contracten: [good.contracten[0], good.contracten[0]] }, 'contracten[1]', /duplicate contract for iJw, gemeente 0363, aanbieder 12345678 \(also contracten\[0\]\)/],
    ['onderaannemer is the aanbieder', { contracten: [{ ...good.contracten[0], onderaannemers: [{ agb: '12345678', producten: [{ categorie: '44' }] }] }] }, 'contracten[0].onderaannemers[0].agb', /own aanbieder/],
    ['duplicate onderaannemer', { contracten: [{ ...good.contracten[0], onderaannemers: [{ agb: '87654321', producten: [{ categorie: '44' }] }, { agb: '87654321', producten: [{ categorie: '45' }] }] }] }, 'contracten[0].onderaannemers[1].agb', /duplicate onderaannemer/],
    ['duplicate onderaannemer product', { contracten: [{ ...good.contracten[0], onderaannemers: [{ agb: '87654321', producten: [{ categorie: '44' }, { categorie: '44' }] }] }] }, 'contracten[0].onderaannemers[0].producten[1]', /duplicate product category 44/],
  ])('%s: exactly one error, naming the field', (_name, input, path, message) => {
    const r = loadContract(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.path).toBe(path);
    expect(r.errors[0]!.message).toMatch(message);
  });

  it('allows a product code that does not start with its category (documented decision)', () => {
    expect(loadContract({ contracten: [{ ...good.contracten[0], producten: [{ categorie: '45', code: '43A03', variant: 'outputgericht' }] }] }).ok).toBe(true);
  });

  it('never throws', () => {
    for (const input of [null, 1, 'null', '[]', [], { contracten: [null, 3, 'x', { producten: 'x', onderaannemers: [null, { producten: [null] }] }] }]) {
      expect(() => loadContract(input)).not.toThrow();
      expect(loadContract(input).ok).toBe(false);
    }
  });
});

describe('CLI value parsers', () => {
  it('reads --variant and --taakgericht-profiel', () => {
    expect(parseVariant('outputgericht')).toEqual({ ok: true, variant: 'outputgericht' });
    expect(parseVariant('lumpsum')).toEqual({ ok: false, message: "unknown variant 'lumpsum' (inspanningsgericht, outputgericht, taakgericht)" });
    expect(parseTaakgerichtProfiel('istandaard')).toEqual({ ok: true, profiel: 'istandaard' });
    expect(parseTaakgerichtProfiel('x').ok).toBe(false);
  });
});
