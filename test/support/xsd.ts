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

/** The official XSD of a message: all 28 are official, the iWmo retour schemas included. */
export function xsdPath(bericht: string): string {
  const e = catalogueEntry(bericht)!;
  return join(referenceDir, e.standaard === 'iJw' ? 'ijw-3.2' : 'iwmo-3.2', 'xsd', `${bericht.toLowerCase()}.xsd`);
}

function schemaFiles(bericht: string): { schema: string; basis: string } {
  const schema = readFileSync(xsdPath(bericht), 'utf8');
  if (schema.includes('RECONSTRUCTED')) throw new Error(`${xsdPath(bericht)} is a reconstruction, not the official XSD`);
  return { schema, basis: readFileSync(join(dirname(xsdPath(bericht)), 'basisschema.xsd'), 'utf8') };
}

export async function xmllint(bericht: string, xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const { schema, basis } = schemaFiles(bericht);
  const r = await validateXML({
    xml: [{ fileName: 'message.xml', contents: xml }],
    schema: [schema],
    preload: [{ fileName: 'basisschema.xsd', contents: basis }],
  });
  return { valid: r.valid, errors: r.errors.map((e) => e.message) };
}

/** Several messages of one kind in one libxml2 run: the verdict per file name (`<name> validates`). */
export async function xmllintEach(bericht: string, files: ReadonlyArray<{ name: string; xml: string }>): Promise<Map<string, boolean>> {
  const { schema, basis } = schemaFiles(bericht);
  const r = await validateXML({
    xml: files.map((f) => ({ fileName: f.name, contents: f.xml })),
    schema: [schema],
    preload: [{ fileName: 'basisschema.xsd', contents: basis }],
  });
  const lines = new Set(r.rawOutput.split('\n'));
  return new Map(files.map((f) => [f.name, lines.has(`${f.name} validates`)]));
}
