import { describe, expect, it } from 'vitest';
import { edit, golden, insertAfter, set, type Edit } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const reden = (r: string): Edit[] => [set('Antwoord/VerzoekAntwoord', '1'), insertAfter('Antwoord/VerzoekAntwoord', `<RedenAfwijzingVerzoek>${r}</RedenAfwijzingVerzoek>`)];
const wpb = insertAfter('Antwoord/RedenAfwijzingVerzoek', '<Woonplaatsbeginsel><Gemeente>0363</Gemeente></Woonplaatsbeginsel>');

describe('TR409 in JW319', () => {
  it.each<[string, Edit[], string[]]>([
    ['Woonplaatsbeginsel with another reden', [...reden('4'), wpb], ['/Bericht/Antwoord/RedenAfwijzingVerzoek + /Bericht/Antwoord/Woonplaatsbeginsel']],
    ['Woonplaatsbeginsel with reden 8', [...reden('8'), wpb], []],
    ['other reden without Woonplaatsbeginsel', reden('4'), []],
  ])('%s', (_name, edits, expected) => {
    expect(paths('TR409', edit(golden('JW319'), ...edits))).toEqual(expected);
  });
});
