import { describe, expect, it } from 'vitest';
import { BSN1, BSN2, declaratie, etmaalPrestatie, hits, STANDAARDEN, toewijzing, uren, uurPrestatie } from '../declaratie/scenario.js';
import { found, msg, set } from '../levering/support.js';

describe.each(STANDAARDEN)('TR304: the client is one of these parties (%s)', (s) => {
  it('a 317 for a client without toewijzing fails with 8187 on the Bsn', () => {
    expect(found('TR304', [msg(s, '301'), msg(s, '317', set('Client/Bsn', '111222333'))])).toEqual(['/Bericht/Client/Bsn']);
  });

  it('a 323 for a client without toewijzing fails on that client\'s Bsn', () => {
    const seq = [toewijzing(s, BSN1, [uren(s)]), declaratie(s, 'D1', '2026-10', [{ bsn: BSN1, prestaties: [uurPrestatie(s)] }, { bsn: BSN2, prestaties: [etmaalPrestatie(s)] }])];
    expect(hits(seq, 'TR304')).toEqual(['8187 /Bericht/Declaratie/Clienten/Client[2]/Bsn']);
  });

  it('near miss: clients with a toewijzing', () => {
    expect(found('TR304', [msg(s, '301'), msg(s, '317')])).toEqual([]);
    expect(hits([toewijzing(s, BSN1, [uren(s)]), declaratie(s, 'D1', '2026-10', [{ bsn: BSN1, prestaties: [uurPrestatie(s)] }])], 'TR304')).toEqual([]);
  });
});
