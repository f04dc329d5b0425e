import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse.js';
import { edit, golden, set } from './support/messages.js';
import type { JW301, JW323 } from '../src/types/messages.generated.js';

describe('parse()', () => {
  it('returns a typed object for a valid message: optional elements optional, repeated ones arrays', () => {
    const r = parse(golden('JW301'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.message.bericht).toBe('JW301');
    const data = r.message.data as JW301.Root;
    expect(data.Header.BerichtCode).toBe('436');
    expect(data.Client.Bsn).toBe('123456782');
    expect(data.Client.Communicatie).toBeUndefined();
    expect(data.Client.ToegewezenProducten.ToegewezenProduct.map((p) => p.ToewijzingNummer)).toEqual(['4001', '4002']);
    expect(data.Client.ToegewezenProducten.ToegewezenProduct[0]!.Product?.Code).toBe('45A07');
  });

  it('trims integers and dates, keeps strings as written', () => {
    const xml = edit(golden('JW323'), set('Declaratie/DeclaratieDagtekening', ' 2026-11-02\n'));
    const r = parse(xml);
    expect(r.ok && (r.message.data as JW323.Root).Declaratie.DeclaratieDagtekening).toBe('2026-11-02');
  });

  it('returns the report and no object when the message is not schema-valid', () => {
    const r = parse(edit(golden('JW301'), set('Client/Bsn', 'x')));
    expect(r.ok).toBe(false);
    expect(r.message).toBeNull();
    expect(r.report.issues[0]!.code).toBe('xsd.invalid-value');
  });

  it('never throws on garbage', () => {
    expect(parse('<<<').ok).toBe(false);
    expect(parse(new Uint8Array([0xff, 0xfe, 0])).ok).toBe(false);
  });
});
