import { describe, expect, it } from 'vitest';
import { edit, golden, set } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

describe('CS318 client is a natural person (iJw)', () => {
  it('JW301: Client NaamGebruik 6', () => {
    expect(paths('CS318', edit(golden('JW301'), set('Client/Naam/NaamGebruik', '6')))).toEqual(['/Bericht/Client/Naam/NaamGebruik']);
  });

  it.each([
    ['JW301', 'Client/Naam/NaamGebruik', '1'],
    ['JW301', 'Client/Relaties/Relatie/Naam/NaamGebruik', '6'],
    ['WMO301', 'Client/Naam/NaamGebruik', '6'],
  ])('%s: %s = %s is not a CS318 finding', (bericht, path, value) => {
    expect(paths('CS318', edit(golden(bericht), set(path, value)))).toEqual([]);
  });
});
