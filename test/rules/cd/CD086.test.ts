import { describe, it, expect } from 'vitest';
import { edit, golden, insertAfter, set } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const afgewezen = set('Antwoord/VerzoekAntwoord', '1');
const reden = insertAfter('Antwoord/VerzoekAntwoord', '<RedenAfwijzingVerzoek>5</RedenAfwijzingVerzoek>');

describe.each(['JW319', 'WMO319'])('CD086 in %s', (bericht) => {
  it.each([
    ['in onderzoek with a reason', [reden], ['/Bericht/Antwoord/VerzoekAntwoord + /Bericht/Antwoord/RedenAfwijzingVerzoek']],
    ['rejected with a reason', [afgewezen, reden], []],
    ['in onderzoek without reason (golden)', [], []],
  ])('%s', (_name, edits, expected) => {
    expect(paths('CD086', edit(golden(bericht), ...edits))).toEqual(expected);
  });
});
