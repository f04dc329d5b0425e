import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../src/context/store.js';
import { parse } from '../../../src/parse.js';
import { respond } from '../../../src/respond/index.js';
import { contextPaths, replay } from '../../support/context.js';
import { edit, golden, set } from '../../support/messages.js';
import { TODAY } from '../../support/rules.js';

const ID = '/Bericht/Header/BerichtIdentificatie/Identificatie';

/** TR056 findings on the last of a sequence (replayed as given: the identifications are the test). */
const tr056 = (messages: string[]) => {
  const reports = replay(messages);
  return { paths: contextPaths(reports.at(-1)!, 'TR056'), codes: reports.at(-1)!.issues.filter((i) => i.code === 'TR056').map((i) => i.retourcode) };
};

describe.each(['JW', 'WMO'] as const)('TR056 (%s)', (p) => {
  it('a 301 with the Identificatie of an earlier 301 of the same gemeente fails with 9056', () => {
    const eerste = golden(`${p}301`);
    const tweede = edit(eerste, set('Client/ToegewezenProducten/ToegewezenProduct[1]/Einddatum', '2027-03-31'));
    expect(tr056([eerste, tweede])).toEqual({ paths: [ID], codes: ['9056'] });
  });

  it('a repeat is refused whoever receives it: the gemeente numbers its messages once', () => {
    expect(tr056([golden(`${p}315`), edit(golden(`${p}315`), set('Header/Ontvanger', '0363'), set('Client/AangevraagdeProducten/AangevraagdProduct[1]/ReferentieAanbieder', 'X1'), set('Client/AangevraagdeProducten/AangevraagdProduct[2]/ReferentieAanbieder', 'X2'))]).paths).toEqual([ID]);
  });

  it('the retourbericht answers the Header with 9056', () => {
    const store = new MemoryStore();
    respond(golden(`${p}301`), { today: TODAY, context: store });
    respond(golden(`${p}305`), { today: TODAY, context: store });
    const r = respond(golden(`${p}305`), { today: TODAY, context: store });
    if (!r.ok) throw new Error(r.reason);
    const d = parse(r.xml);
    const root = d.ok ? (d.message.data as unknown as Record<string, { RetourCodes?: { RetourCode: string[] } }>) : {};
    expect(Object.keys(root)).toEqual(['Header']);
    expect(root.Header!.RetourCodes!.RetourCode).toEqual(['9056']);
  });

  it('near miss: the same Identificatie from another sender, or in another berichtsoort', () => {
    const id = (xml: string) => edit(xml, set('Header/BerichtIdentificatie/Identificatie', 'GEDEELD-1'));
    expect(tr056([id(golden(`${p}301`)), id(edit(golden(`${p}301`), set('Header/Afzender', '0363')))]).paths).toEqual([]);
    expect(tr056([id(golden(`${p}301`)), id(golden(`${p}319`))]).paths).toEqual([]);
  });

  it('near miss: a new Identificatie', () => {
    expect(tr056([golden(`${p}301`), edit(golden(`${p}301`), set('Header/BerichtIdentificatie/Identificatie', 'NIEUW-2'))]).paths).toEqual([]);
  });
});
