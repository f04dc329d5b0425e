import { describe, expect, it } from 'vitest';
import { edit, set } from '../../support/messages.js';
import { basis301, basisClienten, declaratie, hits, STANDAARDEN } from './scenario.js';

const NR = '/Bericht/Declaratie/DeclaratieNummer';

describe.each(STANDAARDEN)('TR333: a DeclaratieNummer is unique for the aanbieder (%s)', (s) => {
  const d1 = declaratie(s, 'D1', '2026-10', basisClienten(s));
  const nieuw = (nummer: string) => declaratie(s, nummer, '2026-10', basisClienten(s, { ref: 'PR-0003', begin: '2026-10-01', eind: '2026-10-15', volume: 8 }, { ref: 'PR-0004' }), '323-X2');

  it('reports the number of a declaration accepted before', () => {
    expect(hits([...basis301(s), d1, nieuw('D1')], 'TR333')).toEqual([`9333 ${NR}`]);
  });

  it('reports it also when the earlier declaration went to another gemeente', () => {
    const [t1, t2] = basis301(s);
    const elders = [edit(t1!, set('Header/Afzender', '0363')), edit(t2!, set('Header/Afzender', '0363')), edit(d1, set('Header/Ontvanger', '0363'))];
    expect(hits([...elders, ...basis301(s), nieuw('D1')], 'TR333')).toEqual([`9333 ${NR}`]);
  });

  it('accepts a new number', () => {
    expect(hits([...basis301(s), d1, nieuw('D2')], 'TR333')).toEqual([]);
  });
});

describe('TR333 across standaarden', () => {
  it('keeps iJw and iWmo apart', () => {
    const jw = [...basis301('JW'), declaratie('JW', 'D1', '2026-10', basisClienten('JW'))];
    expect(hits([...jw, ...basis301('WMO'), declaratie('WMO', 'D1', '2026-10', basisClienten('WMO'))], 'TR333')).toEqual([]);
  });
});
