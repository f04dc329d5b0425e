/**
 * Uitvoeringsvarianten: contracts, variant profiles and variant validation.
 *
 *   const loaded = loadContract(readFileSync('contract.json', 'utf8'));
 *   if (loaded.ok) checkVariant(root, entry, findings, { contract: loaded.contract });
 *   checkVariant(root, entry, findings, { variant: 'taakgericht', taakgerichtProfiel: 'istandaard' });
 */
export type { Contract, ContractEntry, ContractProduct, ContractProductVariant, ContractTarief, Mode, Onderaannemer, TaakgerichtProfiel, Variant, VariantConfig } from './types.js';
export { MODES, PROFIELEN, VARIANTS, modeOf } from './types.js';
export { formatContractErrors, loadContract, parseTaakgerichtProfiel, parseVariant, type ContractError, type LoadResult } from './contract.js';
export { checkVariant } from './check.js';
export { variantsTable } from './table.js';
export { variantsMarkdown } from './docs.js';
export { VARIANT_CODES, type VariantCodeInfo } from './messages.js';
export { FIELD_RULES, MESSAGE_USE } from './rules.js';
export { WORKED_EXAMPLES } from './examples.js';
