import { describe, expect, it } from 'vitest';
import { toHtml } from '../../src/app/formats.js';
import { toJunit } from '../../src/output/junit.js';
import { toSarif } from '../../src/app/formats.js';
import { formatText, jsonRecord } from '../../src/output/format.js';
import { maskMessage, maskReport } from '../../src/output/mask.js';
import { BIRTH, BSN, BSN_EN, NAME, mixedReports } from './reports.js';

describe('maskMessage', () => {
  it('masks a quoted BSN, keeping its last four characters (nl and en)', () => {
    expect(maskMessage("Waarde '12345678x' van Bsn is ongeldig: voldoet niet aan het patroon [0-9]{9}.")).toBe(
      "Waarde '*****678x' van Bsn is ongeldig: voldoet niet aan het patroon [0-9]{9}.",
    );
    expect(maskMessage("Value '1234567890' of Bsn is invalid: does not match the pattern [0-9]{9}.")).toBe("Value '*****7890' of Bsn is invalid: does not match the pattern [0-9]{9}.");
    expect(maskMessage("Value '1234' of Bsn is invalid: x.")).toBe("Value '*****' of Bsn is invalid: x.");
  });

  it('masks names, dates of birth and contact details', () => {
    for (const el of ['Achternaam', 'Voornamen', 'Voorletters', 'Partnernaam', 'Voorvoegsel', 'Geslachtsnaam', 'Naam', 'Postcode', 'Telefoonnummer', 'Emailadres', 'Commentaar']) {
      expect(maskMessage(`Waarde 'Jansen' van ${el} is ongeldig: langer dan 200 tekens.`)).toBe(`Waarde '***' van ${el} is ongeldig: langer dan 200 tekens.`);
    }
    expect(maskMessage("Value '2014-02-30' of Datum is invalid: not a valid date.")).toBe("Value '****-**-**' of Datum is invalid: not a valid date.");
    expect(maskMessage("Waarde '17-05-2014' van Geboortedatum is ongeldig: x.")).toBe("Waarde '****-**-**' van Geboortedatum is ongeldig: x.");
  });

  it('masks values that contain quotes and look like the message itself', () => {
    expect(maskMessage("Waarde 'O'Brien' van Achternaam is ongeldig: te lang.")).toBe("Waarde '***' van Achternaam is ongeldig: te lang.");
    expect(maskMessage("Waarde 'x' van Geslacht is ongeldig' van Achternaam is ongeldig: te lang.")).toBe("Waarde '***' van Achternaam is ongeldig: te lang.");
  });

  it('masks every nine-digit number in a message about a BSN', () => {
    expect(maskMessage('Het BSN 123456782 komt twee keer voor (ook 987654321).')).toBe('Het BSN *****6782 komt twee keer voor (ook *****4321).');
    expect(maskMessage('Bsn 1234567890 is te lang')).toBe('Bsn 1234567890 is te lang');
  });

  it('leaves other values and messages alone', () => {
    for (const m of [
      "Waarde '2026-02-29' van Dagtekening is ongeldig: geen geldige datum JJJJ-MM-DD zonder tijdzone.",
      "Waarde '9' van Geslacht is ongeldig: geen geldige code (toegestaan: 0, 1, 2).",
      'Element BerichtIdentificatie mist verplicht element Dagtekening.',
      'Declaratie 123456789 wijkt af.',
    ]) {
      expect(maskMessage(m)).toBe(m);
    }
  });
});

describe('maskReport', () => {
  const raw = mixedReports();
  const masked = raw.map(maskReport);

  it('returns a copy and leaves the input report untouched', () => {
    expect(masked).not.toBe(raw);
    expect(JSON.stringify(raw)).toContain(BSN);
    const bsn = masked.find((r) => r.file === 'in/bsn.xml')!;
    expect(bsn.issues[0]!.message).toContain("'*****678x' van Bsn");
    expect(bsn.issues[0]!.line).toBe(raw.find((r) => r.file === 'in/bsn.xml')!.issues[0]!.line);
    // Reports without personal data are unchanged.
    expect(masked.filter((r) => !r.file.startsWith('in/'))).toEqual(raw.filter((r) => !r.file.startsWith('in/')));
  });

  it('hides a BSN, a name and a date of birth in every format', () => {
    const outputs = {
      text: masked.map((r) => formatText(r, 'nl')).join('\n'),
      jsonl: masked.map((r) => JSON.stringify(jsonRecord(r))).join('\n'),
      junit: toJunit(masked, { lang: 'nl' }),
      sarif: JSON.stringify(toSarif(masked, { lang: 'nl', toolVersion: '0.0.0' })),
      html: toHtml(masked, { lang: 'nl' }),
    };
    const secrets = [BSN, BSN_EN, 'Vermeulen-Smit', BIRTH];
    for (const [format, out] of Object.entries(outputs)) {
      for (const s of secrets) expect(out, `${format} shows ${s}`).not.toContain(s);
      expect(out, format).toContain('*****678x');
    }
    // Without masking the same outputs do show them (the test would catch nothing otherwise).
    expect(toJunit(raw, { lang: 'nl' })).toContain(BSN);
    expect(toHtml(raw, { lang: 'nl' })).toContain('Vermeulen-Smit');
    expect(JSON.stringify(toSarif(raw, { lang: 'nl', toolVersion: '0.0.0' }))).toContain(BIRTH);
    expect(NAME).toContain('Vermeulen-Smit');
  });
});
