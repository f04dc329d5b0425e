/**
 * A real XSD validator for tests: libxml2 compiled to WebAssembly (xmllint-wasm), run on the
 * official schemas in ../shared/reference (absent in a user's clone: callers skip then).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';
import { catalogueEntry } from '../../src/catalogue/index.js';

export const referenceDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'reference');
export const referencePresent = existsSync(referenceDir);

/** The official (or, for iWmo retour messages, reconstructed) XSD folder of a message. */
function xsdDir(bericht: string): string {
  const e = catalogueEntry(bericht)!;
  if (e.standaard === 'iJw') return join(referenceDir, 'ijw-3.2', 'xsd');
  return join(referenceDir, 'iwmo-3.2', e.officieelSchema ? 'xsd' : 'xsd-reconstructed');
}

export async function xmllint(bericht: string, xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const dir = xsdDir(bericht);
  const basis = join(referenceDir, catalogueEntry(bericht)!.standaard === 'iJw' ? 'ijw-3.2' : 'iwmo-3.2', 'xsd', 'basisschema.xsd');
  const schemaText = readFileSync(join(dir, `${bericht.toLowerCase()}.xsd`), 'utf8').replace('schemaLocation="../xsd/basisschema.xsd"', 'schemaLocation="basisschema.xsd"');
  const r = await validateXML({
    xml: [{ fileName: 'message.xml', contents: xml }],
    schema: [schemaText],
    preload: [{ fileName: 'basisschema.xsd', contents: readFileSync(basis, 'utf8') }],
  });
  return { valid: r.valid, errors: r.errors.map((e) => e.message) };
}
