/**
 * The runner's own texts in Dutch and English. Reasons are written for the person who has to fix
 * either the software under test or the scenario.
 */
import type { Lang } from '../report/types.js';

const list = (codes: readonly string[], none: string): string => (codes.length ? codes.join(', ') : none);

export interface Texts {
  readonly retourNone: string;
  readonly retourBericht: (expected: string, found: string) => string;
  readonly retourCodes: (where: string, expected: readonly string[], found: readonly string[]) => string;
  readonly retourNoClass: (pad: string) => string;
  readonly retourSupplied: (file: string, expected: boolean, found: boolean, missing: readonly string[], extra: readonly string[]) => string;
  readonly noSuchDir: (dir: string) => string;
  readonly notADir: (dir: string) => string;
  readonly noScenarios: (dir: string) => string;
  readonly unreadableDir: (dir: string, detail: string) => string;
  readonly noScenarioJson: string;
  readonly badJson: (detail: string) => string;
  readonly badScenario: string;
  readonly contractMissing: (file: string) => string;
  readonly contractBad: (file: string) => string;
  readonly fileMissing: (file: string) => string;
  readonly fileUnreadable: (file: string, detail: string) => string;
  readonly expectedFound: (exp: { geldig: boolean; codes: readonly string[] }, found: { geldig: boolean; codes: readonly string[]; bericht: string | null; levels: string }) => string;
  readonly missingErrors: (codes: readonly string[]) => string;
  readonly unexpectedErrors: string;
  readonly missingWarnings: (codes: readonly string[]) => string;
  readonly unexpectedWarnings: string;
  readonly unknownCode: (code: string) => string;
  readonly internal: (detail: string) => string;
  // Schema of scenario.json
  readonly notObject: string;
  readonly required: string;
  readonly mustBeString: string;
  readonly mustBeNonEmptyString: string;
  readonly mustBeBoolean: string;
  readonly mustBeArray: string;
  readonly mustBeStringArray: string;
  readonly mustBeNonEmptyArray: string;
  readonly unknownField: (allowed: readonly string[]) => string;
  readonly contractAndVariant: string;
  readonly unknownVariant: (v: string, allowed: readonly string[]) => string;
  readonly unknownProfiel: (v: string, allowed: readonly string[]) => string;
  readonly profielOnlyTaakgericht: string;
  readonly badDate: string;
  readonly validWithCodes: string;
  readonly invalidWithoutCodes: string;
  readonly duplicate: (code: string) => string;
  readonly unsafePath: string;
  readonly badBericht: string;
  readonly badRetourcode: (code: string) => string;
  // Formatting
  readonly suiteHeader: (dir: string, n: number) => string;
  readonly step: string;
  readonly retour: string;
  readonly valid: string;
  readonly invalid: string;
  readonly summary: (t: { scenarios: number; scenariosPassed: number; scenariosFailed: number; scenariosBroken: number; steps: number; stepsPassed: number; stepsFailed: number; retourChecked: number; retourFailed: number }) => string;
  readonly unusable: (problem: string) => string;
  readonly retourExpectation: (r: { bericht?: string; retourcodes?: readonly string[]; klassen?: readonly { pad: string; retourcodes: readonly string[] }[]; bestand?: string; juist?: boolean; codes?: readonly string[] }) => string;
  readonly brokenScenario: string;
}

const nl: Texts = {
  retourNone: 'er is geen retourbericht: het bericht voldoet niet aan het XSD (controleniveau 1)',
  retourBericht: (e, f) => `retourbericht ${f}, verwacht ${e}`,
  retourCodes: (w, e, f) => `${w}: retourcodes ${f.length ? f.join(', ') : '(geen)'}, verwacht ${e.length ? e.join(', ') : '(geen)'}`,
  retourNoClass: (p) => `${p}: die klasse staat niet in het retourbericht`,
  retourSupplied: (f, e, g, m, x) =>
    `${f}: ${g ? 'een juist antwoord' : 'geen juist antwoord'}, verwacht ${e ? 'een juist antwoord' : 'geen juist antwoord'}${m.length ? `; niet gevonden: ${m.join(', ')}` : ''}${x.length ? `; onverwacht: ${x.join(', ')}` : ''}`,
  noSuchDir: (d) => `de map ${d} bestaat niet`,
  notADir: (d) => `${d} is geen map`,
  noScenarios: (d) => `de map ${d} bevat geen scenario's (submappen met een scenario.json)`,
  unreadableDir: (d, x) => `de map ${d} kan niet gelezen worden: ${x}`,
  noScenarioJson: 'scenario.json ontbreekt in deze map',
  badJson: (x) => `scenario.json is geen geldige JSON: ${x}`,
  badScenario: 'scenario.json is ongeldig',
  contractMissing: (f) => `het contract ${f} ontbreekt`,
  contractBad: (f) => `het contract ${f} is ongeldig`,
  fileMissing: (f) => `het bericht ${f} ontbreekt`,
  fileUnreadable: (f, x) => `het bericht ${f} kan niet gelezen worden: ${x}`,
  expectedFound: (e, f) =>
    `verwacht ${e.geldig ? 'geldig' : `ongeldig met fouten ${list(e.codes, '(geen)')}`}; ` +
    `gevonden ${f.geldig ? 'geldig' : `ongeldig met fouten ${list(f.codes, '(geen)')}`} (${f.bericht ?? 'onbekend bericht'}, niveaus ${f.levels})`,
  missingErrors: (c) => `verwachte fouten die niet gevonden zijn: ${c.join(', ')}`,
  unexpectedErrors: 'onverwachte fouten:',
  missingWarnings: (c) => `verwachte waarschuwingen die niet gevonden zijn: ${c.join(', ')}`,
  unexpectedWarnings: 'onverwachte waarschuwingen:',
  unknownCode: (c) => `${c} is geen code van iwmo-ijw`,
  internal: (x) => `interne fout van de runner: ${x}`,
  notObject: 'moet een object zijn',
  required: 'ontbreekt',
  mustBeString: 'moet een tekst zijn',
  mustBeNonEmptyString: 'moet een niet-lege tekst zijn',
  mustBeBoolean: 'moet true of false zijn',
  mustBeArray: 'moet een lijst zijn',
  mustBeStringArray: 'moet een lijst van teksten zijn',
  mustBeNonEmptyArray: 'moet een niet-lege lijst zijn',
  unknownField: (a) => `onbekend veld (toegestaan: ${a.join(', ')})`,
  contractAndVariant: 'geef "contract" of "variant", niet allebei',
  unknownVariant: (v, a) => `onbekende variant '${v}' (${a.join(', ')})`,
  unknownProfiel: (v, a) => `onbekend taakgericht profiel '${v}' (${a.join(', ')})`,
  profielOnlyTaakgericht: 'taakgerichtProfiel hoort alleen bij variant taakgericht',
  badDate: 'moet een datum JJJJ-MM-DD zijn',
  validWithCodes: 'een geldig bericht heeft geen foutcodes; laat "codes" weg of zet "geldig" op false',
  invalidWithoutCodes: 'een ongeldig bericht vraagt de verwachte foutcodes in "codes"',
  duplicate: (c) => `${c} staat er dubbel in`,
  unsafePath: 'moet een pad binnen de scenariomap zijn',
  badBericht: 'moet een berichtnaam als JW316 of WMO325 zijn',
  badRetourcode: (c) => `'${c}' is geen retourcode (vier tekens, zoals 0200 of 9338)`,
  suiteHeader: (d, n) => `Conformancesuite ${d}: ${n} scenario${n === 1 ? '' : "'s"}`,
  step: 'stap',
  retour: 'retour',
  valid: 'geldig',
  invalid: 'ongeldig',
  summary: (t) =>
    `Samenvatting: ${t.scenarios} scenario${t.scenarios === 1 ? '' : "'s"}: ${t.scenariosPassed} geslaagd, ${t.scenariosFailed} mislukt` +
    `${t.scenariosBroken ? ` (waarvan ${t.scenariosBroken} onbruikbaar)` : ''}; ` +
    `${t.steps} stappen: ${t.stepsPassed} geslaagd, ${t.stepsFailed} mislukt` +
    `${t.retourChecked ? `; ${t.retourChecked} retourverwachting${t.retourChecked === 1 ? '' : 'en'}: ${t.retourChecked - t.retourFailed} geslaagd, ${t.retourFailed} mislukt` : ''}.`,
  unusable: (p) => `Onbruikbare suite: ${p}.`,
  retourExpectation: (r) =>
    `${r.bericht ?? 'retourbericht'}: ${[r.retourcodes ? `header ${list(r.retourcodes, 'zonder retourcodes')}` : '', ...(r.klassen ?? []).map((k) => `${k.pad} ${list(k.retourcodes, 'zonder retourcodes')}`), r.bestand !== undefined ? `${r.bestand} ${r.juist ? 'juist' : `onjuist (${(r.codes ?? []).join(', ')})`}` : '']
      .filter(Boolean)
      .join('; ')}`,
  brokenScenario: 'scenario kan niet draaien',
};

const en: Texts = {
  retourNone: 'there is no retourbericht: the message fails the XSD (controleniveau 1)',
  retourBericht: (e, f) => `retourbericht ${f}, expected ${e}`,
  retourCodes: (w, e, f) => `${w}: retourcodes ${f.length ? f.join(', ') : '(none)'}, expected ${e.length ? e.join(', ') : '(none)'}`,
  retourNoClass: (p) => `${p}: that class is not in the retourbericht`,
  retourSupplied: (f, e, g, m, x) =>
    `${f}: ${g ? 'a correct answer' : 'not a correct answer'}, expected ${e ? 'a correct answer' : 'not a correct answer'}${m.length ? `; not found: ${m.join(', ')}` : ''}${x.length ? `; unexpected: ${x.join(', ')}` : ''}`,
  noSuchDir: (d) => `the folder ${d} does not exist`,
  notADir: (d) => `${d} is not a folder`,
  noScenarios: (d) => `the folder ${d} holds no scenarios (subfolders with a scenario.json)`,
  unreadableDir: (d, x) => `the folder ${d} cannot be read: ${x}`,
  noScenarioJson: 'scenario.json is missing in this folder',
  badJson: (x) => `scenario.json is not valid JSON: ${x}`,
  badScenario: 'scenario.json is invalid',
  contractMissing: (f) => `the contract ${f} is missing`,
  contractBad: (f) => `the contract ${f} is invalid`,
  fileMissing: (f) => `the message ${f} is missing`,
  fileUnreadable: (f, x) => `the message ${f} cannot be read: ${x}`,
  expectedFound: (e, f) =>
    `expected ${e.geldig ? 'valid' : `invalid with errors ${list(e.codes, '(none)')}`}; ` +
    `found ${f.geldig ? 'valid' : `invalid with errors ${list(f.codes, '(none)')}`} (${f.bericht ?? 'unknown message'}, levels ${f.levels})`,
  missingErrors: (c) => `expected errors not found: ${c.join(', ')}`,
  unexpectedErrors: 'unexpected errors:',
  missingWarnings: (c) => `expected warnings not found: ${c.join(', ')}`,
  unexpectedWarnings: 'unexpected warnings:',
  unknownCode: (c) => `${c} is not a code of iwmo-ijw`,
  internal: (x) => `internal error of the runner: ${x}`,
  notObject: 'must be an object',
  required: 'is missing',
  mustBeString: 'must be a string',
  mustBeNonEmptyString: 'must be a non-empty string',
  mustBeBoolean: 'must be true or false',
  mustBeArray: 'must be a list',
  mustBeStringArray: 'must be a list of strings',
  mustBeNonEmptyArray: 'must be a non-empty list',
  unknownField: (a) => `unknown field (allowed: ${a.join(', ')})`,
  contractAndVariant: 'give "contract" or "variant", not both',
  unknownVariant: (v, a) => `unknown variant '${v}' (${a.join(', ')})`,
  unknownProfiel: (v, a) => `unknown taakgericht profile '${v}' (${a.join(', ')})`,
  profielOnlyTaakgericht: 'taakgerichtProfiel belongs to variant taakgericht only',
  badDate: 'must be a date YYYY-MM-DD',
  validWithCodes: 'a valid message has no error codes; drop "codes" or set "geldig" to false',
  invalidWithoutCodes: 'an invalid message needs the expected error codes in "codes"',
  duplicate: (c) => `${c} is listed twice`,
  unsafePath: 'must be a path inside the scenario folder',
  badBericht: 'must be a message name such as JW316 or WMO325',
  badRetourcode: (c) => `'${c}' is not a retourcode (four characters, such as 0200 or 9338)`,
  suiteHeader: (d, n) => `Conformance suite ${d}: ${n} scenario${n === 1 ? '' : 's'}`,
  step: 'step',
  retour: 'retour',
  valid: 'valid',
  invalid: 'invalid',
  summary: (t) =>
    `Summary: ${t.scenarios} scenario${t.scenarios === 1 ? '' : 's'}: ${t.scenariosPassed} passed, ${t.scenariosFailed} failed` +
    `${t.scenariosBroken ? ` (${t.scenariosBroken} of them unusable)` : ''}; ` +
    `${t.steps} steps: ${t.stepsPassed} passed, ${t.stepsFailed} failed` +
    `${t.retourChecked ? `; ${t.retourChecked} retour expectation${t.retourChecked === 1 ? '' : 's'}: ${t.retourChecked - t.retourFailed} passed, ${t.retourFailed} failed` : ''}.`,
  unusable: (p) => `Unusable suite: ${p}.`,
  retourExpectation: (r) =>
    `${r.bericht ?? 'retourbericht'}: ${[r.retourcodes ? `header ${list(r.retourcodes, 'without retourcodes')}` : '', ...(r.klassen ?? []).map((k) => `${k.pad} ${list(k.retourcodes, 'without retourcodes')}`), r.bestand !== undefined ? `${r.bestand} ${r.juist ? 'correct' : `incorrect (${(r.codes ?? []).join(', ')})`}` : '']
      .filter(Boolean)
      .join('; ')}`,
  brokenScenario: 'scenario cannot run',
};

export function texts(lang: Lang): Texts {
  return lang === 'en' ? en : nl;
}
