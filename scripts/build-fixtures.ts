/**
 * Builds the project's own fixtures: a golden message for each of the 28 messages and
 * one-field mutations of them with the issue code they must produce.
 *
 *   npm run generate:fixtures
 *
 * The seven iJw heen messages are written out below; the iWmo ones are derived from them
 * (namespaces, BerichtCode, product categories, the iJw-only elements dropped), and every retour
 * message is derived from its heen message through the retour schema: each class gets its
 * RetourCodes, the header its retour fields. Everything written is validated with the library
 * itself; the build fails if a golden is not schema-valid.
 */
import { mkdirSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOGUE, catalogueEntry, type CatalogueEntry } from '../src/catalogue/index.js';
import { MODEL } from '../src/schema/model.generated.js';
import { scanXml, type XmlElement } from '../src/xml/scan.js';
import { validate } from '../src/pipeline/validate.js';
import { edit, set, remove, insertAfter, duplicate, type Edit } from '../test/support/messages.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const HEADER = (code: string, van: string, naar: string, id: string): string => `
  <Header>
    <BerichtCode>${code}</BerichtCode>
    <BerichtVersie>3</BerichtVersie>
    <BerichtSubversie>2</BerichtSubversie>
    <Afzender>${van}</Afzender>
    <Ontvanger>${naar}</Ontvanger>
    <BerichtIdentificatie>
      <b:Identificatie>${id}</b:Identificatie>
      <b:Dagtekening>2026-11-02</b:Dagtekening>
    </BerichtIdentificatie>
    <XsdVersie>
      <b:BasisschemaXsdVersie>1.0.0</b:BasisschemaXsdVersie>
      <b:BerichtXsdVersie>1.0.0</b:BerichtXsdVersie>
    </XsdVersie>
  </Header>`;

const GEMEENTE = '0344';
const AANBIEDER = '56781234';

const persoon = (volledigeNaam: boolean): string => `
    <Bsn>123456782</Bsn>
    <Geboortedatum>
      <b:Datum>2014-05-17</b:Datum>
    </Geboortedatum>
    <Geslacht>2</Geslacht>
    <Naam>
      <b:Geslachtsnaam>
        <b:Achternaam>Vermeulen</b:Achternaam>
      </b:Geslachtsnaam>
      <b:Voornamen>Sanne Maria</b:Voornamen>
      <b:Voorletters>SM</b:Voorletters>${volledigeNaam ? '\n      <b:NaamGebruik>1</b:NaamGebruik>' : ''}
    </Naam>`;

const ADRES = `
          <Adres>
            <b:Huis>
              <b:Huisnummer>17</b:Huisnummer>
            </b:Huis>
            <b:Postcode>3512AB</b:Postcode>
            <b:Straatnaam>Lindenlaan</b:Straatnaam>
            <b:Plaatsnaam>Utrecht</b:Plaatsnaam>
            <b:LandCode>NL</b:LandCode>
          </Adres>`;

/** The iJw heen messages, written with unprefixed message elements and `b:` basisschema elements. */
const HEEN: Record<string, { code: string; van: string; naar: string; body: string }> = {
  '301': {
    code: '436',
    van: GEMEENTE,
    naar: AANBIEDER,
    body: `
  <Client>${persoon(true)}
    <Relaties>
      <Relatie>
        <Nummer>R-1</Nummer>
        <Soort>03</Soort>
        <Naam>
          <b:Geslachtsnaam>
            <b:Achternaam>Vermeulen</b:Achternaam>
          </b:Geslachtsnaam>
          <b:Voorletters>P</b:Voorletters>
          <b:NaamGebruik>1</b:NaamGebruik>
        </Naam>
        <Contact>
          <Soort>01</Soort>${ADRES}
          <Telefoon>
            <b:Telefoon01>
              <b:Telefoonnummer>0301234567</b:Telefoonnummer>
              <b:Landnummer>0031</b:Landnummer>
            </b:Telefoon01>
          </Telefoon>
        </Contact>
      </Relatie>
    </Relaties>
    <Contactgegevens>
      <Contact>
        <Soort>01</Soort>${ADRES}
      </Contact>
    </Contactgegevens>
    <ToegewezenProducten>
      <ToegewezenProduct>
        <ToewijzingNummer>4001</ToewijzingNummer>
        <Product>
          <b:Categorie>45</b:Categorie>
          <b:Code>45A07</b:Code>
        </Product>
        <Toewijzingsdatum>2026-10-28</Toewijzingsdatum>
        <Toewijzingstijd>10:15:00</Toewijzingstijd>
        <Ingangsdatum>2026-11-01</Ingangsdatum>
        <Einddatum>2027-04-30</Einddatum>
        <Omvang>
          <b:Volume>4</b:Volume>
          <b:Eenheid>04</b:Eenheid>
          <b:Frequentie>2</b:Frequentie>
        </Omvang>
      </ToegewezenProduct>
      <ToegewezenProduct>
        <ToewijzingNummer>4002</ToewijzingNummer>
        <Product>
          <b:Categorie>54</b:Categorie>
          <b:Code>54002</b:Code>
        </Product>
        <Toewijzingsdatum>2026-10-28</Toewijzingsdatum>
        <Toewijzingstijd>10:15:00</Toewijzingstijd>
        <Ingangsdatum>2026-11-01</Ingangsdatum>
        <Einddatum>2027-10-31</Einddatum>
        <Omvang>
          <b:Volume>10</b:Volume>
          <b:Eenheid>14</b:Eenheid>
          <b:Frequentie>4</b:Frequentie>
        </Omvang>
      </ToegewezenProduct>
    </ToegewezenProducten>
  </Client>`,
  },
  '305': {
    code: '438',
    van: AANBIEDER,
    naar: GEMEENTE,
    body: `
  <Client>${persoon(false)}
    <StartProducten>
      <StartProduct>
        <ToewijzingNummer>4001</ToewijzingNummer>
        <Product>
          <b:Categorie>45</b:Categorie>
          <b:Code>45A07</b:Code>
        </Product>
        <ToewijzingIngangsdatum>2026-11-01</ToewijzingIngangsdatum>
        <Begindatum>2026-11-01</Begindatum>
        <StatusAanlevering>1</StatusAanlevering>
      </StartProduct>
      <StartProduct>
        <ToewijzingNummer>4002</ToewijzingNummer>
        <Product>
          <b:Categorie>54</b:Categorie>
          <b:Code>54002</b:Code>
        </Product>
        <ToewijzingIngangsdatum>2026-11-01</ToewijzingIngangsdatum>
        <Begindatum>2026-11-02</Begindatum>
        <StatusAanlevering>1</StatusAanlevering>
      </StartProduct>
    </StartProducten>
  </Client>`,
  },
  '307': {
    code: '440',
    van: AANBIEDER,
    naar: GEMEENTE,
    body: `
  <Client>${persoon(false)}
    <StopProducten>
      <StopProduct>
        <ToewijzingNummer>4001</ToewijzingNummer>
        <Product>
          <b:Categorie>45</b:Categorie>
          <b:Code>45A07</b:Code>
        </Product>
        <ToewijzingIngangsdatum>2026-11-01</ToewijzingIngangsdatum>
        <Begindatum>2026-11-01</Begindatum>
        <RedenBeeindiging>02</RedenBeeindiging>
        <Einddatum>2026-11-01</Einddatum>
        <StatusAanlevering>1</StatusAanlevering>
      </StopProduct>
    </StopProducten>
  </Client>`,
  },
  '315': {
    code: '446',
    van: AANBIEDER,
    naar: GEMEENTE,
    body: `
  <Client>${persoon(false)}
    <GezagsdragerBekend>1</GezagsdragerBekend>
    <AangevraagdeProducten>
      <AangevraagdProduct>
        <ReferentieAanbieder>AV-2026-0091</ReferentieAanbieder>
        <Product>
          <b:Categorie>45</b:Categorie>
          <b:Code>45A07</b:Code>
        </Product>
        <ToewijzingIngangsdatum>2026-12-01</ToewijzingIngangsdatum>
        <ToewijzingEinddatum>2027-05-31</ToewijzingEinddatum>
        <Omvang>
          <b:Volume>3</b:Volume>
          <b:Eenheid>04</b:Eenheid>
          <b:Frequentie>2</b:Frequentie>
        </Omvang>
        <Verwijzer>
          <b:Type>01</b:Type>
        </Verwijzer>
      </AangevraagdProduct>
      <AangevraagdProduct>
        <ReferentieAanbieder>AV-2026-0092</ReferentieAanbieder>
        <Product>
          <b:Categorie>54</b:Categorie>
          <b:Code>54002</b:Code>
        </Product>
        <ToewijzingIngangsdatum>2026-12-01</ToewijzingIngangsdatum>
        <ToewijzingEinddatum>2027-11-30</ToewijzingEinddatum>
        <Omvang>
          <b:Volume>8</b:Volume>
          <b:Eenheid>14</b:Eenheid>
          <b:Frequentie>4</b:Frequentie>
        </Omvang>
        <Verwijzer>
          <b:Type>01</b:Type>
        </Verwijzer>
      </AangevraagdProduct>
    </AangevraagdeProducten>
  </Client>`,
  },
  '317': {
    code: '486',
    van: AANBIEDER,
    naar: GEMEENTE,
    body: `
  <Client>
    <Bsn>123456782</Bsn>
    <Verzoek>
      <ReferentieAanbieder>VW-2026-0014</ReferentieAanbieder>
      <RedenVerzoek>1</RedenVerzoek>
      <OngewijzigdeProducten>
        <OngewijzigdProduct>
          <ToewijzingNummer>4002</ToewijzingNummer>
        </OngewijzigdProduct>
      </OngewijzigdeProducten>
      <TeWijzigenProducten>
        <TeWijzigenProduct>
          <ToewijzingNummer>4001</ToewijzingNummer>
          <GewensteIngangsdatum>2026-12-01</GewensteIngangsdatum>
          <Einddatum>2027-04-30</Einddatum>
          <Omvang>
            <b:Volume>6</b:Volume>
            <b:Eenheid>04</b:Eenheid>
            <b:Frequentie>2</b:Frequentie>
          </Omvang>
        </TeWijzigenProduct>
      </TeWijzigenProducten>
      <NieuweProducten>
        <NieuwProduct>
          <Product>
            <b:Categorie>43</b:Categorie>
            <b:Code>43A03</b:Code>
          </Product>
          <GewensteIngangsdatum>2026-12-01</GewensteIngangsdatum>
          <Einddatum>2027-05-31</Einddatum>
          <Omvang>
            <b:Volume>2</b:Volume>
            <b:Eenheid>04</b:Eenheid>
            <b:Frequentie>2</b:Frequentie>
          </Omvang>
        </NieuwProduct>
      </NieuweProducten>
    </Verzoek>
  </Client>`,
  },
  '319': {
    code: '488',
    van: GEMEENTE,
    naar: AANBIEDER,
    body: `
  <Antwoord>
    <ReferentieAanbieder>VW-2026-0014</ReferentieAanbieder>
    <VerzoekAntwoord>2</VerzoekAntwoord>
  </Antwoord>`,
  },
  '323': {
    code: '490',
    van: AANBIEDER,
    naar: GEMEENTE,
    body: `
  <Declaratie>
    <DeclaratieNummer>D202610001</DeclaratieNummer>
    <DeclaratiePeriode>
      <b:Begindatum>2026-10-01</b:Begindatum>
      <b:Einddatum>2026-10-31</b:Einddatum>
    </DeclaratiePeriode>
    <DeclaratieDagtekening>2026-11-02</DeclaratieDagtekening>
    <TotaalIngediendBedrag>
      <b:TotaalBedrag>187750</b:TotaalBedrag>
      <b:DebetCredit>D</b:DebetCredit>
    </TotaalIngediendBedrag>
    <Clienten>
      <Client>
        <Bsn>123456782</Bsn>
        <Prestaties>
          <Prestatie>
            <ProductReferentie>
              <b:ReferentieNummer>PR-0001</b:ReferentieNummer>
            </ProductReferentie>
            <ToewijzingNummer>3901</ToewijzingNummer>
            <ProductCategorie>45</ProductCategorie>
            <ProductCode>45A07</ProductCode>
            <ProductPeriode>
              <b:Begindatum>2026-10-01</b:Begindatum>
              <b:Einddatum>2026-10-31</b:Einddatum>
            </ProductPeriode>
            <GeleverdVolume>17</GeleverdVolume>
            <Eenheid>04</Eenheid>
            <ProductTarief>7650</ProductTarief>
            <IngediendBedrag>
              <b:Bedrag>130050</b:Bedrag>
              <b:DebetCredit>D</b:DebetCredit>
            </IngediendBedrag>
          </Prestatie>
        </Prestaties>
      </Client>
      <Client>
        <Bsn>111222333</Bsn>
        <Prestaties>
          <Prestatie>
            <ProductReferentie>
              <b:ReferentieNummer>PR-0002</b:ReferentieNummer>
            </ProductReferentie>
            <ToewijzingNummer>3902</ToewijzingNummer>
            <ProductCategorie>54</ProductCategorie>
            <ProductCode>54002</ProductCode>
            <ProductPeriode>
              <b:Begindatum>2026-10-05</b:Begindatum>
              <b:Einddatum>2026-10-16</b:Einddatum>
            </ProductPeriode>
            <GeleverdVolume>5</GeleverdVolume>
            <Eenheid>14</Eenheid>
            <ProductTarief>11540</ProductTarief>
            <IngediendBedrag>
              <b:Bedrag>57700</b:Bedrag>
              <b:DebetCredit>D</b:DebetCredit>
            </IngediendBedrag>
          </Prestatie>
        </Prestaties>
      </Client>
    </Clienten>
  </Declaratie>`,
  },
};

/** iJw product category → an iWmo category for the derived iWmo messages. */
const WMO_CATEGORIE: Record<string, string> = { '43': '02', '45': '04', '54': '06' };

function heenXml(entry: CatalogueEntry): string {
  const t = HEEN[entry.nummer]!;
  const jw = entry.standaard === 'iJw';
  const m = entry.bericht.toLowerCase();
  const b = jw ? 'ijw' : 'iwmo';
  let body = t.body;
  let header = HEADER(entry.berichtCode, t.van, t.naar, `${entry.nummer}-${jw ? 'J' : 'W'}-000042`);
  if (!jw) {
    body = body
      .replace(/\n\s*<GezagsdragerBekend>.*<\/GezagsdragerBekend>/, '')
      .replace(/<(b:Categorie|ProductCategorie)>(\d\d)</g, (_m, tag: string, c: string) => `<${tag}>${WMO_CATEGORIE[c]}<`)
      .replace(/<(b:Code|ProductCode)>(\d\d)/g, (_m, tag: string, c: string) => `<${tag}>${WMO_CATEGORIE[c]}`);
  }
  const qualify = (s: string): string => s.replace(/<(\/?)(b:)?([A-Za-z][A-Za-z0-9]*)/g, (_m, slash: string, isB: string | undefined, name: string) => `<${slash}${isB ? b : m}:${name}`);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<${m}:Bericht xmlns:${m}="${entry.namespace}" xmlns:${b}="${entry.basisNamespace}">` +
    qualify(header + body) +
    `\n</${m}:Bericht>\n`
  );
}

/**
 * Derives a retour message from its heen message through the retour schema: elements are copied in
 * the retour's order, each class gains RetourCodes with `code`, the header its retour fields.
 */
function retourXml(heen: string, entry: CatalogueEntry): string {
  const scanned = scanXml(heen);
  if (!scanned.ok) throw new Error(scanned.error.detail);
  const jw = entry.standaard === 'iJw';
  const m = entry.bericht.toLowerCase();
  const b = jw ? 'ijw' : 'iwmo';
  const headerExtra: Record<string, string> = {
    IdentificatieRetour: `<${m}:IdentificatieRetour>${entry.nummer}-R-000042</${m}:IdentificatieRetour>`,
    DagtekeningRetour: `<${m}:DagtekeningRetour>2026-11-04</${m}:DagtekeningRetour>`,
    XsdVersieRetour: `<${m}:XsdVersieRetour><${b}:BasisschemaXsdVersie>1.0.0</${b}:BasisschemaXsdVersie><${b}:BerichtXsdVersie>1.0.0</${b}:BerichtXsdVersie></${m}:XsdVersieRetour>`,
    DeclaratieIdentificatie: `<${m}:DeclaratieIdentificatie><${b}:Identificatie>323-${jw ? 'J' : 'W'}-000042</${b}:Identificatie><${b}:Dagtekening>2026-11-02</${b}:Dagtekening></${m}:DeclaratieIdentificatie>`,
    XsdVersieDeclaratie: `<${m}:XsdVersieDeclaratie><${b}:BasisschemaXsdVersie>1.0.0</${b}:BasisschemaXsdVersie><${b}:BerichtXsdVersie>1.0.0</${b}:BerichtXsdVersie></${m}:XsdVersieDeclaratie>`,
  };
  /**
   * RetourCode per class: 0200 (approved). The 325 answers a partly approved declaration: 8001 on
   * DeclaratieAntwoord, and the one listed (rejected) prestatie gets 9341 (unit does not match the toewijzing).
   */
  const retourCode = (owner: string): string =>
    entry.nummer !== '325' ? '0200' : owner === 'DeclaratieAntwoord' ? '8001' : owner === 'Prestatie' ? '9341' : '0200';
  const write = (el: XmlElement, typeKey: string, depth: number): string => {
    const decl = MODEL.types[typeKey]!;
    if (decl.kind === 'simple') return el.local === 'BerichtCode' ? entry.berichtCode : el.text;
    const pad = '\n' + '  '.repeat(depth + 1);
    let out = '';
    for (const c of decl.children) {
      const cp = decl.ns === 'm' ? m : b;
      const present = el.children.filter((x) => x.local === c.name);
      if (present.length) {
        for (const p of present) out += `${pad}<${cp}:${c.name}>${write(p, c.type, depth + 1)}</${cp}:${c.name}>`;
      } else if (c.name === 'RetourCodes' && c.min > 0) {
        out += `${pad}<${cp}:RetourCodes><${cp}:RetourCode>${retourCode(el.local)}</${cp}:RetourCode></${cp}:RetourCodes>`;
      } else if (headerExtra[c.name]) {
        out += pad + headerExtra[c.name];
      }
    }
    return out + '\n' + '  '.repeat(depth);
  };
  const rootType = MODEL.roots[entry.bericht]!;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${m}:Bericht xmlns:${m}="${entry.namespace}" xmlns:${b}="${entry.basisNamespace}">${write(scanned.document.root, rootType, 0)}</${m}:Bericht>\n`;
}

/**
 * 325 answers a 323: the gemeente sends it, the declaration classes become DeclaratieAntwoord with both
 * totals, and only the rejected prestatie (the second client's) is listed; the toegekend total is the
 * ingediend total less that prestatie.
 */
function heenFor325(heen323: string): string {
  const firstClient = /<(\w+):Client>[\s\S]*?<\/\1:Client>\s*/;
  return heen323
    .replace(firstClient, '')
    .replace(/<(\w+):Afzender>(\d+)<\/\1:Afzender>(\s*)<\1:Ontvanger>(\d+)<\/\1:Ontvanger>/, '<$1:Afzender>$4</$1:Afzender>$3<$1:Ontvanger>$2</$1:Ontvanger>')
    .replace(/<(\/?)(\w+):Declaratie>/g, '<$1$2:DeclaratieAntwoord>')
    .replace(/(<(\w+):TotaalIngediendBedrag>[\s\S]*?<\/\2:TotaalIngediendBedrag>)/, (all: string) =>
      all + '\n    ' + all.replace(/TotaalIngediendBedrag/g, 'TotaalToegekendBedrag').replace(/>187750</, '>130050<'),
    );
}

/** Invalid variants of each golden: the edit and the issue code it must produce. */
const MUTATIONS: Array<{ name: string; code: string; edits: (e: CatalogueEntry) => Edit[] }> = [
  { name: 'missing-ontvanger', code: 'xsd.unexpected-element', edits: () => [remove('Header/Ontvanger')] },
  { name: 'missing-dagtekening', code: 'xsd.missing-element', edits: () => [remove('Header/BerichtIdentificatie/Dagtekening')] },
  { name: 'unknown-element', code: 'xsd.unexpected-element', edits: () => [insertAfter('Header/BerichtSubversie', '<Opmerking>x</Opmerking>')] },
  { name: 'invalid-date', code: 'xsd.invalid-value', edits: () => [set('Header/BerichtIdentificatie/Dagtekening', '2026-02-29')] },
  { name: 'duplicated-element', code: 'xsd.unexpected-element', edits: () => [duplicate('Header/BerichtCode')] },
  { name: 'wrong-berichtcode', code: 'xsd.invalid-value', edits: () => [set('Header/BerichtCode', '999')] },
];

function main(): void {
  const out = join(root, 'fixtures');
  for (const std of ['ijw', 'iwmo']) if (existsSync(join(out, std))) rmSync(join(out, std), { recursive: true });
  const goldens = new Map<string, string>();
  for (const entry of CATALOGUE.filter((e) => e.soort === 'heen')) goldens.set(entry.bericht, heenXml(entry));
  for (const entry of CATALOGUE.filter((e) => e.soort === 'retour')) {
    const heen = goldens.get(entry.paar)!;
    goldens.set(entry.bericht, retourXml(entry.nummer === '325' ? heenFor325(heen) : heen, entry));
  }
  let written = 0;
  for (const [bericht, xml] of goldens) {
    const entry = catalogueEntry(bericht)!;
    const dir = join(out, entry.standaard.toLowerCase(), entry.bericht);
    mkdirSync(dir, { recursive: true });
    const report = validate(xml, { upTo: 'schema' });
    if (!report.valid) throw new Error(`golden ${bericht} is not schema-valid: ${report.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`);
    writeFileSync(join(dir, 'golden.xml'), xml);
    written++;
    for (const mut of MUTATIONS) {
      const mutated = edit(xml, ...mut.edits(entry));
      const r = validate(mutated, { upTo: 'schema' });
      if (!r.issues.some((i) => i.code === mut.code)) throw new Error(`mutation ${mut.name} of ${bericht} did not produce ${mut.code}`);
      writeFileSync(join(dir, `invalid-${mut.name}.xml`), mutated);
      written++;
    }
  }
  const samples = join(out, 'samples');
  if (existsSync(samples)) rmSync(samples, { recursive: true });
  mkdirSync(samples, { recursive: true });
  for (const bericht of ['JW301', 'JW305', 'JW315', 'JW323', 'WMO301', 'WMO317', 'WMO325']) {
    writeFileSync(join(samples, `${bericht.toLowerCase()}.xml`), goldens.get(bericht)!);
    written++;
  }
  console.log(`${written} fixtures written to fixtures/`);
}

main();
