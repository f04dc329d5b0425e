import { describe, it, expect } from 'vitest';
import { append, edit, golden, set } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const contact = 'Client/Contactgegevens/Contact';
const periode = append(contact, '<Periode><b:Begindatum>2026-01-01</b:Begindatum></Periode>');

describe.each(['JW301', 'WMO301'])('CD009 in %s', (bericht) => {
  it.each([
    ['Periode on a BRP address (01)', [periode], [`/Bericht/${contact}/Soort + /Bericht/${contact}/Periode`]],
    ['Periode on a residence address (03)', [periode, set(`${contact}/Soort`, '03')], [`/Bericht/${contact}/Soort + /Bericht/${contact}/Periode`]],
    ['Periode on a temporary address (04)', [periode, set(`${contact}/Soort`, '04')], []],
  ])('%s', (_name, edits, expected) => {
    expect(paths('CD009', edit(golden(bericht), ...edits))).toEqual(expected);
  });
});
