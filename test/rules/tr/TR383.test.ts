import { describe, expect, it } from 'vitest';
import { duplicate, edit, golden, set, type Edit } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const ap = 'Client/AangevraagdeProducten/AangevraagdProduct';

describe.each(['JW315', 'WMO315'])('TR383 in %s', (bericht) => {
  it.each<[string, Edit[], string[]]>([
    ['same ReferentieAanbieder twice', [set(`${ap}[2]/ReferentieAanbieder`, 'AV-2026-0091')], [`/Bericht/${ap}[1]/ReferentieAanbieder`]],
    [
      'three times: each repetition names the one before',
      [set(`${ap}[2]/ReferentieAanbieder`, 'AV-2026-0091'), duplicate(`${ap}[2]`)],
      [`/Bericht/${ap}[1]/ReferentieAanbieder`, `/Bericht/${ap}[2]/ReferentieAanbieder`],
    ],
    ['different ReferentieAanbieders', [set(`${ap}[2]/ReferentieAanbieder`, 'AV-2026-0093')], []],
    ['golden', [], []],
  ])('%s', (_name, edits, expected) => {
    expect(paths('TR383', edit(golden(bericht), ...edits))).toEqual(expected);
  });
});
