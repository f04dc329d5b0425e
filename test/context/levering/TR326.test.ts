import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../src/context/store.js';
import { parse } from '../../../src/parse.js';
import { respond } from '../../../src/respond/index.js';
import { TODAY } from '../../support/rules.js';
import { STANDAARDEN, START, STOP, at, duplicate, edit, found, insertAfter, insertBefore, msg, remove, removal, retourcodes, set } from './support.js';

describe.each(STANDAARDEN)('TR326 ($standaard)', ({ prefix }) => {
  const toewijzing = msg(prefix, '301');
  const start = msg(prefix, '305');
  const stop = msg(prefix, '307');
  /** A new start on toewijzing 4001 from 2 November. */
  const restart = msg(prefix, '305', remove(`${START}[2]`), set(`${START}/Begindatum`, '2026-11-02'));

  it('a second start on a toewijzing whose start has not been stopped fails with 9326', () => {
    const seq = [toewijzing, start, restart];
    expect(found('TR326', seq)).toEqual([at(START)]);
    expect(retourcodes('TR326', seq)).toEqual(['9326']);
  });

  it('two open starts on one toewijzing in one message: the second fails', () => {
    const seq = [toewijzing, msg(prefix, '305', duplicate(`${START}[1]`), set(`${START}[2]/Begindatum`, '2026-11-02'))];
    expect(found('TR326', seq)).toEqual([at(`${START}[2]`)]);
  });

  it('a stop that was removed again leaves the start actual', () => {
    expect(found('TR326', [toewijzing, start, stop, msg(prefix, '307', removal(STOP)), restart])).toEqual([at(START)]);
  });

  it('near miss: after a stop the delivery may start again', () => {
    expect(found('TR326', [toewijzing, start, stop, restart])).toEqual([]);
  });

  it('near miss: removing the start and sending its replacement in one message (IV008), in either order', () => {
    const replaceAfter = msg(prefix, '305', remove(`${START}[2]`), removal(START), insertAfter(START, restartLine(prefix)));
    const replaceBefore = msg(prefix, '305', remove(`${START}[2]`), removal(START), insertBefore(START, restartLine(prefix)));
    expect(found('TR326', [toewijzing, start, replaceAfter])).toEqual([]);
    expect(found('TR326', [toewijzing, start, replaceBefore])).toEqual([]);
  });

  it('the same start again while it is actual is both a duplicate (TR074) and a second start, and the 306 answers it with both codes', () => {
    const seq = [toewijzing, start, msg(prefix, '305', remove(`${START}[2]`))];
    expect(found('TR326', seq)).toEqual([at(START)]);
    expect(found('TR074', seq)).toEqual([at(START)]);
    const store = new MemoryStore();
    for (const xml of seq.slice(0, -1)) respond(xml, { today: TODAY, context: store });
    const r = respond(edit(seq.at(-1)!, set('Header/BerichtIdentificatie/Identificatie', 'SEQ-REPEAT')), { today: TODAY, context: store });
    if (!r.ok) throw new Error(r.reason);
    const d = parse(r.xml);
    const root = d.ok ? (d.message.data as unknown as { Client: { StartProducten: { StartProduct: Array<{ RetourCodes: { RetourCode: string[] } }> } } }) : undefined;
    expect(root?.Client.StartProducten.StartProduct.map((s) => [...s.RetourCodes.RetourCode].sort())).toEqual([['9074', '9326']]);
  });

  it('near miss: the same start again after it was stopped is a duplicate (TR074) only', () => {
    const one = msg(prefix, '305', remove(`${START}[2]`));
    const seq = [toewijzing, one, msg(prefix, '307'), one];
    expect(found('TR326', seq)).toEqual([]);
    expect(found('TR074', seq)).not.toEqual([]);
  });

  it('near miss: starts on different toewijzingen do not block each other', () => {
    expect(found('TR326', [toewijzing, msg(prefix, '305', remove(`${START}[2]`)), msg(prefix, '305', remove(`${START}[1]`))])).toEqual([]);
  });
});

/** The first StartProduct of the golden from 2 November on, as a fragment (a new start on toewijzing 4001). */
function restartLine(prefix: string): string {
  const [cat, code] = prefix === 'JW' ? ['45', '45A07'] : ['04', '04A07'];
  return (
    `<StartProduct><ToewijzingNummer>4001</ToewijzingNummer><Product><b:Categorie>${cat}</b:Categorie><b:Code>${code}</b:Code></Product>` +
    `<ToewijzingIngangsdatum>2026-11-01</ToewijzingIngangsdatum><Begindatum>2026-11-02</Begindatum><StatusAanlevering>1</StatusAanlevering></StartProduct>`
  );
}
