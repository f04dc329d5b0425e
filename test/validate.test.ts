import { describe, expect, it } from 'vitest';
import { validate } from '../src/pipeline/validate.js';
import { edit, golden, set } from './support/messages.js';

describe('validate(): levels run in order', () => {
  it('runs schema and rule levels on a valid message, and the variant level when asked', () => {
    expect(validate(golden('JW323')).levels).toEqual(['schema', 'rule']);
    const r = validate(golden('JW323'), { variants: { variant: 'outputgericht' } });
    expect(r.levels).toEqual(['schema', 'rule', 'variant']);
    expect(r.issues.map((i) => i.code)).toEqual(['variant.eenheid-outputgericht', 'variant.eenheid-outputgericht']);
  });

  it('judges neither rules nor variant when the schema fails; the variant also after a rule failure', () => {
    const schemaBad = validate(edit(golden('JW323'), set('Declaratie/DeclaratieNummer', 'D-1')), { variants: { variant: 'taakgericht' } });
    expect(schemaBad.levels).toEqual(['schema']);
    expect(schemaBad.issues.map((i) => i.level)).toEqual(['schema']);
    const ruleBad = validate(edit(golden('JW323'), set('Declaratie/TotaalIngediendBedrag/TotaalBedrag', '1')), { variants: { variant: 'taakgericht' } });
    expect(ruleBad.levels).toEqual(['schema', 'rule', 'variant']);
    expect(ruleBad.issues.map((i) => i.code)).toEqual(['TR358', 'variant.declaratie-taakgericht', 'variant.declaratie-taakgericht']);
  });

  it('stops where asked', () => {
    expect(validate(golden('JW301'), { upTo: 'schema' }).levels).toEqual(['schema']);
    expect(validate(golden('JW301'), { upTo: 'rule', variants: { variant: 'taakgericht' } }).levels).toEqual(['schema', 'rule']);
  });
});
