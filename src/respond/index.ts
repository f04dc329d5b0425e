/**
 * respond(): the retourbericht (302, 306, 308, 316, 318, 320) or the declaratie-antwoord (325) that
 * the receiver of a heen message sends back, following invulinstructies IV028/IV032 (retour) and
 * IV087/IV088 (325):
 *
 * - controleniveau 1 failed: no retourbericht exists; the sender gets an error (the report);
 * - controleniveau 2 failed: only the Header, with retourcode 0001 and the XsltVersie;
 * - fully approved: only the Header, without retourcodes (325: Header 0200 and a DeclaratieAntwoord
 *   with 8001 and TotaalToegekendBedrag = TotaalIngediendBedrag; approved prestaties are not listed).
 *
 * Answers per class (0200 / 0233 / the retourcode of a rule) follow from controleniveau 3, which
 * this version does not check yet: until it does, a message that passes levels 1 and 2 is answered
 * as approved. Variant findings are not part of the standard's retour traffic and do not change it.
 */
import { catalogueEntry, type BerichtType, type CatalogueEntry } from '../catalogue/index.js';
import { build } from '../build/index.js';
import { toTyped } from '../parse.js';
import { MODEL } from '../schema/model.generated.js';
import type { Report } from '../report/types.js';
import { todayIso } from '../rules/engine.js';
import { check, type ValidateOptions } from '../validate.js';

/** The version of the validation stylesheet whose rules level 2 implements. */
export const XSLT_VERSIE = '2.10.5';
/** BerichtXsdVersie and BasisschemaXsdVersie the retour messages are written against. */
export const XSD_VERSIE = '1.0.0';

export interface RespondOptions extends Pick<ValidateOptions, 'lang' | 'today' | 'maxBytes'> {
  /** Identification of the retourbericht (max. 12 characters); default derived from the heen message. */
  readonly identificatie?: string;
  /** The report of the heen message, when it was validated already (with the same options). */
  readonly report?: Report;
}

export type RespondResult =
  | { readonly ok: true; readonly bericht: BerichtType; readonly xml: string; readonly report: Report }
  | { readonly ok: false; readonly reason: string; readonly report: Report };

type Obj = { [key: string]: unknown };

/** Answers a heen message; never throws on input. */
export function respond(heen: string | Uint8Array, options: RespondOptions = {}): RespondResult {
  const checked = check(heen, { lang: options.lang, today: options.today, maxBytes: options.maxBytes });
  const report = options.report ?? checked.report;
  const schemaFailed = !checked.root || !checked.report.bericht || checked.report.issues.some((i) => i.level === 'schema' && i.severity === 'error');
  if (schemaFailed) {
    return { ok: false, reason: 'the message fails controleniveau 1 (XSD): no retourbericht exists; the sender gets the errors', report };
  }
  const entry = catalogueEntry(checked.report.bericht!)!;
  if (entry.soort !== 'heen') return { ok: false, reason: `${entry.bericht} is itself a retourbericht and is not answered`, report };
  const retour = catalogueEntry(entry.paar)!;
  const levelTwoFailed = report.issues.some((i) => i.level === 'rule' && i.severity === 'error');
  const dagtekening = options.today ?? todayIso();
  const heenData = toTyped(checked.root!, MODEL.roots[entry.bericht]!) as Obj;
  const header = heenData.Header as Obj;
  const identificatie = options.identificatie ?? retourIdentificatie(header, retour);
  const data =
    retour.nummer === '325'
      ? declaratieAntwoord(heenData, header, retour, identificatie, dagtekening, levelTwoFailed)
      : retourHeader(header, retour, identificatie, dagtekening, levelTwoFailed);
  const xml = build(retour.bericht, data as never);
  return { ok: true, bericht: retour.bericht, xml, report };
}

/** Default identification: R + the heen identification, cut to the 12 characters the schema allows. */
function retourIdentificatie(header: Obj, retour: CatalogueEntry): string {
  const heenId = String((header.BerichtIdentificatie as Obj).Identificatie);
  return `R${retour.nummer}${heenId}`.slice(0, 12);
}

const xsdVersie = (): Obj => ({ BasisschemaXsdVersie: XSD_VERSIE, BerichtXsdVersie: XSD_VERSIE });

/** IV028: the heen Header unchanged but for the BerichtCode, plus the retour's own identification. */
function retourHeader(header: Obj, retour: CatalogueEntry, identificatie: string, dagtekening: string, levelTwoFailed: boolean): Obj {
  return {
    Header: {
      ...header,
      BerichtCode: retour.berichtCode,
      IdentificatieRetour: identificatie,
      DagtekeningRetour: dagtekening,
      ...(levelTwoFailed ? { XsltVersie: XSLT_VERSIE } : {}),
      XsdVersieRetour: xsdVersie(),
      ...(levelTwoFailed ? { RetourCodes: { RetourCode: ['0001'] } } : {}),
    },
  };
}

/** IV087: the gemeente's own header naming the declaration answered, and the totals. */
function declaratieAntwoord(heen: Obj, header: Obj, retour: CatalogueEntry, identificatie: string, dagtekening: string, levelTwoFailed: boolean): Obj {
  const declaratie = heen.Declaratie as Obj;
  const answer: Obj = {
    Header: {
      BerichtCode: retour.berichtCode,
      BerichtVersie: header.BerichtVersie,
      BerichtSubversie: header.BerichtSubversie,
      Afzender: header.Ontvanger,
      Ontvanger: header.Afzender,
      BerichtIdentificatie: { Identificatie: identificatie, Dagtekening: dagtekening },
      XsdVersie: xsdVersie(),
      DeclaratieIdentificatie: header.BerichtIdentificatie,
      ...(levelTwoFailed ? { XsltVersie: XSLT_VERSIE } : {}),
      XsdVersieDeclaratie: header.XsdVersie,
      RetourCodes: { RetourCode: [levelTwoFailed ? '0001' : '0200'] },
    },
  };
  if (!levelTwoFailed) {
    answer.DeclaratieAntwoord = {
      DeclaratieNummer: declaratie.DeclaratieNummer,
      TotaalIngediendBedrag: declaratie.TotaalIngediendBedrag,
      TotaalToegekendBedrag: declaratie.TotaalIngediendBedrag,
      RetourCodes: { RetourCode: ['8001'] },
    };
  }
  return answer;
}
