import { describe, it, expect } from 'vitest';
import { edit, golden, insertAfter } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const ap = 'Client/AangevraagdeProducten/AangevraagdProduct[1]';
const nummer = insertAfter(`${ap}/ReferentieAanbieder`, '<BeschikkingNummer>776088</BeschikkingNummer>');
const ingang = insertAfter(`${ap}/Product`, '<BeschikkingIngangsdatum>2026-03-15</BeschikkingIngangsdatum>');

describe.each(['JW315', 'WMO315'])('CD043 in %s', (bericht) => {
  it.each([
    ['BeschikkingNummer without Ingangsdatum', [nummer], [`/Bericht/${ap}/BeschikkingNummer`]],
    ['BeschikkingIngangsdatum without Nummer', [ingang], [`/Bericht/${ap}/BeschikkingIngangsdatum`]],
    ['both', [nummer, ingang], []],
    ['neither (golden)', [], []],
  ])('%s', (_name, edits, expected) => {
    expect(paths('CD043', edit(golden(bericht), ...edits))).toEqual(expected);
  });
});
