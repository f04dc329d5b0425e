/**
 * Controleniveau 4 (externe bron): CBS gemeentecodes, the productcodelijst, the contract's tarieven
 * and a pluggable AGB register, read as a snapshot.
 *
 *   runSources(root, entry, findings, { sources: sourcesSnapshot({ contract }), today });
 */
export type { AgbSource, GemeenteList, ProductcodeList, SourceRule, SourceRuleContext, SourcesSnapshot, Tarief } from './types.js';
export { gemeenteList, gemeenteNaam, nationalProductcodes, productcodeList, shippedGemeenten, shippedSources, type RegionalCodes } from './data.js';
export { regionalCodesFromContract, sourcesSnapshot, tarievenFromContract, type SourcesConfig } from './contract.js';
export { partiesOf, runSources, type SourcesOptions } from './engine.js';
export { resolveSources, sourceKeys, type ExternalSource, type SourceKeys, type SourcePorts } from './port.js';
export { SOURCE_RULES } from './rules/registry.js';
