import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { basisClienten, BSN1, declaratie, toewijzing, uren, uurPrestatie, etmalen, BSN2 } from './test/context/declaratie/scenario.js';
const dir = '/work/wt-rules3/conformance/berichtoverstijgend-declaratie-iwmo';
const s = 'WMO' as const;
const files: Record<string, string> = {
  '01-wmo301-toewijzing-a.xml': toewijzing(s, BSN1, [uren(s)], '301A'),
  '02-wmo301-toewijzing-b.xml': toewijzing(s, BSN2, [etmalen(s)], '301B'),
  '03-wmo323-oktober.xml': declaratie(s, 'D1', '2026-10', basisClienten(s), '323D1'),
  '04-wmo323-tweede-debet.xml': declaratie(s, 'D2', '2026-10', [{ bsn: BSN1, prestaties: [uurPrestatie(s, { ref: 'PR-0003', volume: 2 })] }], '323D2'),
  '05-wmo323-correctie.xml': declaratie(s, 'D3', '2026-10', [{ bsn: BSN1, prestaties: [uurPrestatie(s, { ref: 'PR-0004', vorig: 'PR-0001', dc: 'C' }), uurPrestatie(s, { ref: 'PR-0005', volume: 15 })] }], '323D3'),
  '06-wmo323-nogmaals-credit.xml': declaratie(s, 'D4', '2026-10', [{ bsn: BSN1, prestaties: [uurPrestatie(s, { ref: 'PR-0006', vorig: 'PR-0001', dc: 'C' })] }], '323D4'),
  '07-wmo301-verwijderd.xml': toewijzing(s, BSN2, [etmalen(s, { eind: '2026-10-01', reden: '13' })], '301C'),
};
for (const [f, xml] of Object.entries(files)) writeFileSync(join(dir, f), xml);
