/**
 * How to fix a finding of one of this library's own codes, in our own words (nl/en), and the one
 * hint every variant code shares. Vocabulary like the messages: the code registry
 * (pipeline/codes.ts) puts them in the descriptions the formats show.
 */
export type Both = { readonly nl: string; readonly en: string };

/** Fix hints for this library's own codes, in our own words. */
export const OWN_HINTS: Readonly<Record<string, Both>> = {
  'input.too-large': {
    nl: 'Controleer of dit echt één bericht is; splits een te groot bestand of verhoog de grens (--max-bytes) als het bericht terecht zo groot is.',
    en: 'Check that this really is one message; split an oversized file or raise the limit (--max-bytes) if the message is rightly this large.',
  },
  'input.op179-too-large': {
    nl: 'Een waarschuwing, geen fout: grotere bestanden mogen als de ontvanger ze kan verwerken. Geeft de grootte problemen, verdeel de inhoud dan over meer berichten.',
    en: 'A warning, not an error: larger files are allowed where the receiver can process them. If the size causes trouble, spread the content over more messages.',
  },
  'input.bom': {
    nl: 'Sla het bestand op als UTF-8 zonder BOM (in veel editors: "UTF-8" in plaats van "UTF-8 met BOM").',
    en: 'Save the file as UTF-8 without a BOM (in many editors: "UTF-8" instead of "UTF-8 with BOM").',
  },
  'xml.encoding': {
    nl: 'Sla het bericht op in UTF-8 en laat de XML-declaratie encoding="UTF-8" noemen.',
    en: 'Save the message as UTF-8 and let the XML declaration say encoding="UTF-8".',
  },
  'xml.not-well-formed': {
    nl: 'Herstel de XML-syntaxis op de genoemde plaats: vaak een ontbrekende of verkeerde sluittag, of een & of < die als &amp; of &lt; geschreven moet worden.',
    en: 'Repair the XML syntax at the position given: often a missing or mismatched end tag, or an & or < that has to be written as &amp; or &lt;.',
  },
  'xml.doctype': {
    nl: 'Verwijder de <!DOCTYPE …>-regel; een bericht heeft geen DTD nodig.',
    en: 'Remove the <!DOCTYPE …> line; a message needs no DTD.',
  },
  'xml.entity': {
    nl: 'Gebruik alleen &amp;, &lt;, &gt;, &quot;, &apos; of een tekenverwijzing (&#233;), of schrijf het teken zelf in UTF-8.',
    en: 'Use only &amp;, &lt;, &gt;, &quot;, &apos; or a character reference (&#233;), or write the character itself in UTF-8.',
  },
  'xml.depth': {
    nl: 'Een echt bericht is maar enkele niveaus diep; controleer of het bestand door een fout in de software die het maakte zo diep genest is.',
    en: 'A real message is only a few levels deep; check whether a bug in the software that produced the file nested it this deeply.',
  },
  'xml.empty': {
    nl: 'Het bestand bevat geen bericht; controleer of het volledig is aangemaakt of overgebracht.',
    en: 'The file holds no message; check that it was created or transferred completely.',
  },
  'xml.namespace': {
    nl: 'Declareer elk gebruikt voorvoegsel met xmlns:… en gebruik de namespaces van het bericht en het basisschema van release 3.2.',
    en: 'Declare every prefix used with xmlns:… and use the namespaces of the message and the basisschema of release 3.2.',
  },
  'message.unknown': {
    nl: 'Het root-element moet Bericht zijn in de namespace van een iJw- of iWmo-3.2-bericht; controleer naam en namespace.',
    en: 'The root element has to be Bericht in the namespace of an iJw or iWmo 3.2 message; check its name and namespace.',
  },
  'message.unsupported-release': {
    nl: 'Maak het bericht aan volgens release 3.2, of valideer het met een hulpmiddel voor de release die het gebruikt.',
    en: 'Produce the message according to release 3.2, or validate it with a tool for the release it uses.',
  },
  'message.unsupported-standaard': {
    nl: 'Deze validator kent alleen iJw en iWmo; gebruik voor andere iStandaarden een eigen validator.',
    en: 'This validator knows only iJw and iWmo; other iStandaarden need their own validator.',
  },
  'message.unknown-bericht': {
    nl: 'Controleer het berichtnummer in de namespace (bijvoorbeeld jw301 of wmo301).',
    en: 'Check the message number in the namespace (for example jw301 or wmo301).',
  },
  'xsd.unexpected-element': {
    nl: 'Vergelijk naam, spelling, voorvoegsel (namespace) en volgorde van de elementen met het XSD van dit bericht; de volgorde ligt vast en onbekende elementen mogen er niet in.',
    en: "Compare the elements' name, spelling, prefix (namespace) and order with this message's XSD; the order is fixed and unknown elements are not allowed.",
  },
  'xsd.missing-element': {
    nl: 'Voeg het ontbrekende verplichte element toe, op de plaats in de volgorde die het XSD voorschrijft.',
    en: 'Add the missing required element, at the place in the order the XSD prescribes.',
  },
  'xsd.unexpected-text': {
    nl: 'Dit element bevat alleen andere elementen; haal de losse tekst weg of zet hem in het juiste kindelement.',
    en: 'This element contains only other elements; remove the loose text or move it into the proper child element.',
  },
  'xsd.unexpected-attribute': {
    nl: 'Berichten gebruiken op dit element geen attributen; laat het attribuut weg.',
    en: 'Messages use no attributes on this element; leave the attribute out.',
  },
  'xsd.unexpected-content': {
    nl: 'Dit element bevat één enkele waarde; haal de kindelementen eruit en schrijf alleen de waarde.',
    en: 'This element holds one single value; take the child elements out and write just the value.',
  },
  'xsd.invalid-value': {
    nl: 'Pas de waarde aan aan het datatype: een code uit de codelijst, de toegestane lengte of het patroon, een datum als JJJJ-MM-DD of een getal zonder overbodige tekens.',
    en: 'Make the value fit its data type: a code from the code list, the allowed length or pattern, a date as YYYY-MM-DD, or a number without extra characters.',
  },
  'history.failed': {
    nl: 'Het bericht zelf is niet fout: de opslag van de berichtgeschiedenis was niet bereikbaar, vergrendeld of onleesbaar. Herstel de opslag (zie de melding) en bied het bericht opnieuw aan.',
    en: 'The message itself is not at fault: the store of the message history was unreachable, locked or unreadable. Mend the store (see the message) and submit the message again.',
  },
  'report.truncated': {
    nl: 'Herstel eerst de gemelde bevindingen (vaak één oorzaak die zich herhaalt) en valideer opnieuw; met de optie maxIssues meldt de bibliotheek er meer.',
    en: 'Fix the findings reported first (often one cause that repeats) and validate again; the library reports more with the maxIssues option.',
  },
  'retour.heen-unusable': { nl: 'Controleer eerst het heenbericht zelf (iwmo-ijw validate).', en: 'Check the heen message itself first (iwmo-ijw validate).' },
  'retour.wrong-bericht': { nl: 'Beantwoord het heenbericht met het retourbericht dat erbij hoort (bijvoorbeeld 301 → 302, 323 → 325).', en: 'Answer the heen message with its own retour message (for example 301 → 302, 323 → 325).' },
  'retour.not-paired': { nl: 'Neem de identificatie, dagtekening, XSD-versies en partijen van het heenbericht over zoals IV028/IV087 voorschrijven.', en: 'Copy the identification, date, XSD versions and parties of the heen message as IV028/IV087 prescribe.' },
  'retour.missing-0001': { nl: 'Zet retourcode 0001 op de Header en de XsltVersie waarmee is gevalideerd.', en: 'Put retourcode 0001 on the Header with the XsltVersie used for validation.' },
  'retour.body-after-0001': { nl: 'Stuur bij 0001 alleen de Header terug.', en: 'With 0001, send back the Header only.' },
  'retour.class-unanswered': { nl: 'Neem elke klasse van het heenbericht op met haar retourcode(s).', en: 'Include every class of the heen message with its retourcode(s).' },
  'retour.code-without-finding': { nl: 'Gebruik alleen retourcodes van regels die op deze klasse afgaan; anders 0200.', en: 'Use only retourcodes of rules that fire on this class; otherwise 0200.' },
  'retour.finding-unanswered': { nl: 'Neem de retourcode van elke bevinding op bij de klasse waarop ze is gedaan.', en: 'Give every finding its retourcode on the class it was found on.' },
  'retour.total-mismatch': { nl: 'TotaalToegekendBedrag is de som van de toegekende prestaties (0 bij afwijzing van de hele declaratie); TotaalIngediendBedrag komt uit de declaratie.', en: 'TotaalToegekendBedrag is the sum of the granted prestaties (0 when the whole declaration is rejected); TotaalIngediendBedrag comes from the declaration.' },
  'retour.wrong-8001': { nl: 'Gebruik 8001 precies dan wanneer de hele declaratie is toegekend.', en: 'Use 8001 exactly when the whole declaration is granted.' },
  'internal.not-loaded': {
    nl: 'In de browser laadt iwmo-ijw de XSD-controle per berichttype: roep `await prepare(bericht)` aan vóór `validate()`, of gebruik `validateAsync()`, dat dat zelf doet.',
    en: 'In the browser iwmo-ijw loads the XSD check per message type: call `await prepare(message)` before `validate()`, or use `validateAsync()`, which does so itself.',
  },
  'internal.error': {
    nl: 'Dit is een fout in iwmo-ijw, niet per se in het bericht; meld het met het (geanonimiseerde) bericht.',
    en: 'This is a bug in iwmo-ijw, not necessarily in the message; report it with the (anonymised) message.',
  },
};

export const VARIANT_HINT: Both = {
  nl: 'Controleer de uitvoeringsvariant die het contract voor dit product afspreekt en stem het bericht daarop af (of het contractbestand, als dat niet klopt).',
  en: 'Check the uitvoeringsvariant the contract agrees for this product and make the message follow it (or the contract file, if that is wrong).',
};
