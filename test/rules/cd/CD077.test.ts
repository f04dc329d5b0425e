import { describe, it, expect } from 'vitest';
import { edit, golden, insertAfter, replace } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const tp = 'Client/ToegewezenProducten/ToegewezenProduct[2]';
const ap = 'Client/AangevraagdeProducten/AangevraagdProduct[2]';
const wp = 'Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct';
const np = 'Client/Verzoek/NieuweProducten/NieuwProduct';
const both = (line: string) => insertAfter(`${line}/Omvang`, '<Budget>20750</Budget>');
const budgetOnly = (line: string) => replace(`${line}/Omvang`, '<Budget>20750</Budget>');
const pair = (line: string) => [`/Bericht/${line}/Omvang + /Bericht/${line}/Budget`];

describe.each(['JW', 'WMO'])('CD077 in %s', (std) => {
  it.each([
    ['301', 'ToegewezenProduct with Omvang and Budget', [both(tp)], pair(tp)],
    ['301', 'ToegewezenProduct with Budget only', [budgetOnly(tp)], []],
    ['315', 'AangevraagdProduct with Omvang and Budget', [both(ap)], pair(ap)],
    ['315', 'AangevraagdProduct with Omvang only (golden)', [], []],
    ['317', 'TeWijzigenProduct with Omvang and Budget', [both(wp)], pair(wp)],
    ['317', 'NieuwProduct with Omvang and Budget', [both(np)], pair(np)],
    ['317', 'NieuwProduct with Budget only', [budgetOnly(np)], []],
  ])('%s: %s', (nr, _name, edits, expected) => {
    expect(paths('CD077', edit(golden(`${std}${nr}`), ...edits))).toEqual(expected);
  });
});
