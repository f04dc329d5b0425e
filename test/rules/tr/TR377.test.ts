import { describe, expect, it } from 'vitest';
import { edit, golden, insertAfter, set, type Edit } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const reden = (r: string): Edit[] => [set('Antwoord/VerzoekAntwoord', '1'), insertAfter('Antwoord/VerzoekAntwoord', `<RedenAfwijzingVerzoek>${r}</RedenAfwijzingVerzoek>`)];
const wpb = insertAfter('Antwoord/RedenAfwijzingVerzoek', '<Woonplaatsbeginsel><Gemeente>0363</Gemeente></Woonplaatsbeginsel>');

describe('TR377 in JW319', () => {
  it.each<[string, Edit[], string[]]>([
    ['reden 8 without Woonplaatsbeginsel', reden('8'), ['/Bericht/Antwoord/RedenAfwijzingVerzoek']],
    ['reden 8 with Woonplaatsbeginsel', [...reden('8'), wpb], []],
    ['other reden without Woonplaatsbeginsel', reden('4'), []],
  ])('%s', (_name, edits, expected) => {
    expect(paths('TR377', edit(golden('JW319'), ...edits))).toEqual(expected);
  });
});
