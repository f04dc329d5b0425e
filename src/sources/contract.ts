/**
 * What a contract file adds to level 4: the contractual tarieven per product (TR418, TR346) and the
 * regional productcodelijst of its gemeente (TR381), as parts of a SourcesSnapshot.
 */
import type { Contract } from '../variants/index.js';
import { nationalProductcodes, productcodeList, shippedGemeenten, shippedSources, type RegionalCodes } from './data.js';
import type { AgbSource, SourcesSnapshot, Tarief } from './types.js';

/** Every tarief of the contract, with the standaard, gemeente and aanbieder of its contract. */
export function tarievenFromContract(contract: Contract): Tarief[] {
  const out: Tarief[] = [];
  for (const c of contract.contracten) {
    for (const p of c.producten ?? []) {
      for (const t of p.tarieven ?? []) {
        out.push({
          standaard: c.standaard,
          gemeente: c.gemeente,
          aanbieder: c.aanbieder,
          categorie: p.categorie,
          ...(p.code !== undefined ? { code: p.code } : {}),
          bedrag: t.bedrag,
          eenheid: t.eenheid,
          ...(t.frequentie !== undefined ? { frequentie: t.frequentie } : {}),
          ...(t.begindatum !== undefined ? { begindatum: t.begindatum } : {}),
          ...(t.einddatum !== undefined ? { einddatum: t.einddatum } : {}),
        });
      }
    }
  }
  return out;
}

/** The regional product codes of the contract: its `productcodes` and the coded `producten`, per gemeente. */
export function regionalCodesFromContract(contract: Contract): RegionalCodes[] {
  return contract.contracten.map((c) => ({
    standaard: c.standaard,
    gemeente: c.gemeente,
    codes: [
      ...(c.productcodes ?? []).flatMap((p) => (p.code !== undefined ? [{ categorie: p.categorie, code: p.code }] : [])),
      ...(c.producten ?? []).flatMap((p) => (p.code !== undefined ? [{ categorie: p.categorie, code: p.code }] : [])),
    ],
  }));
}

export interface SourcesConfig {
  /** The contract file: tarieven and regional product codes. */
  readonly contract?: Contract;
  /** Known AGB codes (off when absent). */
  readonly agb?: AgbSource;
}

const perContract = new WeakMap<Contract, SourcesSnapshot>();

/** The snapshot of the shipped lists plus what the contract and an AGB source add (built once per contract). */
export function sourcesSnapshot(config: SourcesConfig = {}): SourcesSnapshot {
  const { contract, agb } = config;
  if (contract && !agb) {
    const cached = perContract.get(contract);
    if (cached) return cached;
    const built = build(contract, undefined);
    perContract.set(contract, built);
    return built;
  }
  return contract || agb ? build(contract, agb) : shippedSources();
}

function build(contract: Contract | undefined, agb: AgbSource | undefined): SourcesSnapshot {
  return {
    gemeenten: shippedGemeenten(),
    productcodes: productcodeList(nationalProductcodes(), contract ? regionalCodesFromContract(contract) : []),
    ...(contract ? { tarieven: tarievenFromContract(contract) } : {}),
    ...(agb ? { agb } : {}),
  };
}
