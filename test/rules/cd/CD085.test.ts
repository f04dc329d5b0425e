import { describe, it, expect } from 'vitest';
import { edit, golden, insertAfter, set } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const afgewezen = set('Antwoord/VerzoekAntwoord', '1');
const reden = insertAfter('Antwoord/VerzoekAntwoord', '<RedenAfwijzingVerzoek>5</RedenAfwijzingVerzoek>');

describe.each(['JW319', 'WMO319'])('CD085 in %s', (bericht) => {
  it.each([
    ['rejected without reason', [afgewezen], ['/Bericht/Antwoord/VerzoekAntwoord']],
    ['rejected with reason', [afgewezen, reden], []],
    ['in onderzoek without reason (golden)', [], []],
  ])('%s', (_name, edits, expected) => {
    expect(paths('CD085', edit(golden(bericht), ...edits))).toEqual(expected);
  });
});
