/**
 * The texts of this library's own issue codes, in Dutch and English.
 * Parameters stay out of the rule and check code: a check says *what* (code + params),
 * this table says *how to say it*.
 */
import type { Lang } from './types.js';

export type Params = Record<string, string | number | undefined>;
type Text = (p: Params) => string;

const list = (v: string | number | undefined): string => String(v ?? '');

export const OWN_MESSAGES: Record<string, { nl: Text; en: Text }> = {
  'input.too-large': {
    nl: (p) => `Het bericht is ${p.size} bytes; de grens is ${p.limit} bytes.`,
    en: (p) => `The message is ${p.size} bytes; the limit is ${p.limit} bytes.`,
  },
  'input.op179-too-large': {
    nl: (p) => `Het bericht is ${p.size} bytes, meer dan de 25 MB (${p.limit} bytes) die OP179 als grootte van een bestand noemt; splits het als de ontvanger het niet kan verwerken.`,
    en: (p) => `The message is ${p.size} bytes, more than the 25 MB (${p.limit} bytes) OP179 names as the size of a file; split it if the receiver cannot process it.`,
  },
  'input.bom': {
    nl: () => 'Het bericht begint met een byte-order mark (BOM); berichten zijn UTF-8 zonder BOM (OP192).',
    en: () => 'The message starts with a byte-order mark (BOM); messages are UTF-8 without a BOM (OP192).',
  },
  'xml.encoding': {
    nl: (p) => `Het bericht is geen UTF-8 (OP192): ${p.detail}.`,
    en: (p) => `The message is not UTF-8 (OP192): ${p.detail}.`,
  },
  'xml.not-well-formed': {
    nl: (p) => `Het bericht is geen goedgevormde XML: ${p.detail}.`,
    en: (p) => `The message is not well-formed XML: ${p.detail}.`,
  },
  'xml.doctype': {
    nl: () => 'Een DOCTYPE-declaratie is niet toegestaan; DTD\'s en entiteiten worden nooit verwerkt.',
    en: () => 'A DOCTYPE declaration is not allowed; DTDs and entities are never processed.',
  },
  'xml.entity': {
    nl: (p) => `Verwijzing naar een niet-gedeclareerde entiteit: ${p.detail}; entiteiten worden nooit geëxpandeerd.`,
    en: (p) => `Reference to an undeclared entity: ${p.detail}; entities are never expanded.`,
  },
  'xml.depth': {
    nl: (p) => `Het bericht is te diep genest: ${p.detail}.`,
    en: (p) => `The message is nested too deeply: ${p.detail}.`,
  },
  'xml.empty': {
    nl: () => 'Het bericht is leeg of heeft geen root-element.',
    en: () => 'The message is empty or has no root element.',
  },
  'xml.namespace': {
    nl: (p) => `Fout in de namespaces: ${p.detail}.`,
    en: (p) => `Namespace error: ${p.detail}.`,
  },
  'message.unknown': {
    nl: (p) => `Onbekend bericht: root-element ${p.found}. Ondersteund: iJw en iWmo release 3.2 (root Bericht in namespace http://www.istandaarden.nl/{ijw|iwmo}/3_2/{jw|wmo}NNN/schema).`,
    en: (p) => `Unknown message: root element ${p.found}. Supported: iJw and iWmo release 3.2 (root Bericht in namespace http://www.istandaarden.nl/{ijw|iwmo}/3_2/{jw|wmo}NNN/schema).`,
  },
  'message.unsupported-release': {
    nl: (p) => `Dit is een ${p.standaard}-bericht van release ${p.release}; ondersteund wordt release 3.2.`,
    en: (p) => `This is a ${p.standaard} message of release ${p.release}; release 3.2 is supported.`,
  },
  'message.unsupported-standaard': {
    nl: (p) => `Dit is een bericht van de iStandaard ${p.standaard} (release ${p.release}); ondersteund worden iJw en iWmo 3.2.`,
    en: (p) => `This is a message of the iStandaard ${p.standaard} (release ${p.release}); iJw and iWmo 3.2 are supported.`,
  },
  'message.unknown-bericht': {
    nl: (p) => `De namespace ${p.namespace} hoort bij geen bericht van ${p.standaard} 3.2.`,
    en: (p) => `The namespace ${p.namespace} belongs to no message of ${p.standaard} 3.2.`,
  },
  'xsd.unexpected-element': {
    nl: (p) => `Element ${p.element} is hier niet toegestaan${p.expected ? `; verwacht: ${p.expected}` : ''}.`,
    en: (p) => `Element ${p.element} is not allowed here${p.expected ? `; expected: ${p.expected}` : ''}.`,
  },
  'xsd.missing-element': {
    nl: (p) => `Element ${p.element} mist verplicht element ${p.expected}.`,
    en: (p) => `Element ${p.element} lacks the required element ${p.expected}.`,
  },
  'xsd.unexpected-text': {
    nl: (p) => `Element ${p.element} mag geen tekst bevatten, alleen elementen.`,
    en: (p) => `Element ${p.element} may not contain text, only elements.`,
  },
  'xsd.unexpected-attribute': {
    nl: (p) => `Attribuut ${p.attribute} is niet toegestaan op element ${p.element}.`,
    en: (p) => `Attribute ${p.attribute} is not allowed on element ${p.element}.`,
  },
  'xsd.unexpected-content': {
    nl: (p) => `Element ${p.element} heeft een enkelvoudige waarde en mag geen elementen bevatten.`,
    en: (p) => `Element ${p.element} holds a simple value and may not contain elements.`,
  },
  'xsd.invalid-value': {
    nl: (p) => `Waarde '${p.value}' van ${p.element} is ongeldig: ${p.reason_nl}.`,
    en: (p) => `Value '${p.value}' of ${p.element} is invalid: ${p.reason_en}.`,
  },
  'history.failed': {
    nl: (p) => `De berichtgeschiedenis kon niet worden gebruikt (${p.kind}): ${p.detail}. Het bericht is niet beoordeeld op controleniveau 3 en niet vastgelegd.`,
    en: (p) => `The message history could not be used (${p.kind}): ${p.detail}. The message was not judged at controleniveau 3 and not recorded.`,
  },
  'report.truncated': {
    nl: (p) => `Nog ${p.count} ${p.count === 1 ? 'bevinding is' : 'bevindingen zijn'} niet gemeld (waarvan ${p.errors} ${p.errors === 1 ? 'fout' : 'fouten'}): een bericht meldt er ten hoogste ${p.limit}. Deze plek is die van de eerste niet gemelde bevinding.`,
    en: (p) => `${p.count} more ${p.count === 1 ? 'issue was' : 'issues were'} not reported (${p.errors} of them ${p.errors === 1 ? 'an error' : 'errors'}): a message reports at most ${p.limit}. This location is that of the first one not reported.`,
  },
  'retour.heen-unusable': {
    nl: (p) => `Op dit heenbericht kan geen retourbericht juist zijn: ${p.reason}.`,
    en: (p) => `No retourbericht can be a correct answer to this heen message: ${p.reason}.`,
  },
  'retour.wrong-bericht': {
    nl: (p) => `Een ${p.heen} wordt beantwoord met een ${p.expected}, niet met een ${p.found}.`,
    en: (p) => `A ${p.heen} is answered with a ${p.expected}, not with a ${p.found}.`,
  },
  'retour.not-paired': {
    nl: (p) => `${p.element} van het retourbericht (${p.found}) hoort bij een ander heenbericht: verwacht ${p.expected}.`,
    en: (p) => `${p.element} of the retourbericht (${p.found}) belongs to another heen message: expected ${p.expected}.`,
  },
  'retour.missing-0001': {
    nl: () => 'Het heenbericht voldoet niet aan controleniveau 2, maar de Header van het retourbericht heeft geen retourcode 0001 (IV028/IV087).',
    en: () => 'The heen message fails controleniveau 2, but the Header of the retourbericht lacks retourcode 0001 (IV028/IV087).',
  },
  'retour.body-after-0001': {
    nl: (p) => `Met retourcode 0001 op de Header bestaat het retourbericht alleen uit de Header; ${p.element} hoort er niet in.`,
    en: (p) => `With retourcode 0001 on the Header the retourbericht consists of the Header only; ${p.element} does not belong in it.`,
  },
  'retour.class-unanswered': {
    nl: (p) => `Berichtklasse ${p.element} van het heenbericht is niet beantwoord: elke klasse krijgt een retourcode (0200 zonder opmerking).`,
    en: (p) => `Message class ${p.element} of the heen message is not answered: every class gets a retourcode (0200 when there is no remark).`,
  },
  'retour.code-without-finding': {
    nl: (p) => `Retourcode ${p.retourcode} staat op een klasse waarop deze validator geen bevinding met die code heeft.`,
    en: (p) => `Retourcode ${p.retourcode} is on a class on which this validator has no finding with that code.`,
  },
  'retour.finding-unanswered': {
    nl: (p) => `De bevinding ${p.codes} op deze klasse (retourcode ${p.retourcode}) staat niet in het retourbericht.`,
    en: (p) => `The finding ${p.codes} on this class (retourcode ${p.retourcode}) is missing from the retourbericht.`,
  },
  'retour.total-mismatch': {
    nl: (p) => `${p.element} is ${p.found}; volgens de beoordeling van de prestaties is het ${p.expected}.`,
    en: (p) => `${p.element} is ${p.found}; judging the prestaties, it is ${p.expected}.`,
  },
  'retour.wrong-8001': {
    nl: (p) => (p.expected === 'yes' ? 'De declaratie is volledig toegekend, maar de DeclaratieAntwoord heeft geen retourcode 8001.' : 'Retourcode 8001 (volledig toegekend) staat op een declaratie waarvan niet alles is toegekend.'),
    en: (p) => (p.expected === 'yes' ? 'The declaration is granted in full, but the DeclaratieAntwoord lacks retourcode 8001.' : 'Retourcode 8001 (granted in full) is on a declaration that is not granted in full.'),
  },
  'internal.not-loaded': {
    nl: (p) => `De XSD-controle van ${p.bericht} is in deze omgeving nog niet geladen (wacht eerst op prepare() of gebruik validateAsync()); het bericht is daarom niet als geldig beoordeeld.`,
    en: (p) => `The XSD check of ${p.bericht} is not loaded in this environment yet (await prepare() first, or use validateAsync()); the message has therefore not been judged valid.`,
  },
  'internal.error': {
    nl: (p) => `Interne fout bij het valideren (${list(p.detail)}); het bericht is daarom niet als geldig beoordeeld.`,
    en: (p) => `Internal error while validating (${list(p.detail)}); the message has therefore not been judged valid.`,
  },
};

export function ownMessage(code: string, params: Params, lang: Lang): string {
  const t = OWN_MESSAGES[code];
  if (!t) return `${code}`;
  return t[lang](params);
}
