/**
 * The uitvoeringsvariant a shell judges messages against: from the text of a contract file, or from
 * a variant name (with the taakgericht profile). The shell reads the file; this works on its text.
 *
 *   const c = configureVariants({ contract: text, name: 'contract.json' });
 *   if (!c.ok) fail(c.message);               // kind 'contract': the contract's mistakes, one per line
 */
import { formatContractErrors, loadContract, parseTaakgerichtProfiel, parseVariant, type VariantConfig } from '../variants/index.js';

export type VariantSource =
  /** A contract file's text; `name` is how its mistakes refer to it. */
  | { readonly contract: string; readonly name?: string }
  /** One variant for every product, gemeente and aanbieder. */
  | { readonly variant: string; readonly taakgerichtProfiel?: string }
  /** No variant level. */
  | Record<string, never>;

export type Configured =
  | { readonly ok: true; readonly variants: VariantConfig | undefined }
  /** `usage`: an unknown variant or profile; `contract`: a contract with mistakes (the message lists them). */
  | { readonly ok: false; readonly kind: 'usage' | 'contract'; readonly message: string };

/** The variant configuration of a contract text or a variant name. Never throws. */
export function configureVariants(source: VariantSource): Configured {
  if ('contract' in source && typeof source.contract === 'string') {
    const loaded = loadContract(source.contract);
    if (!loaded.ok) return { ok: false, kind: 'contract', message: formatContractErrors(loaded.errors, source.name ?? 'contract') };
    return { ok: true, variants: { contract: loaded.contract } };
  }
  if (!('variant' in source) || typeof source.variant !== 'string') {
    if ('taakgerichtProfiel' in source && source.taakgerichtProfiel !== undefined) {
      return { ok: false, kind: 'usage', message: 'a taakgericht profile goes with a variant (a contract names its own profile)' };
    }
    return { ok: true, variants: undefined };
  }
  const variant = parseVariant(source.variant);
  if (!variant.ok) return { ok: false, kind: 'usage', message: variant.message };
  if (source.taakgerichtProfiel === undefined) return { ok: true, variants: { variant: variant.variant } };
  const profiel = parseTaakgerichtProfiel(source.taakgerichtProfiel);
  if (!profiel.ok) return { ok: false, kind: 'usage', message: profiel.message };
  return { ok: true, variants: { variant: variant.variant, taakgerichtProfiel: profiel.profiel } };
}
