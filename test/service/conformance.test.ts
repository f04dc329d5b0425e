/**
 * The bundled conformance suite through the service: each scenario on a service of its own (its
 * contract or variant, a fresh history when its steps are one exchange), each step POSTed to
 * /v1/validate over HTTP, and the expectations checked by the suite runner itself (runSuiteWith).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runSuiteWith, type OpenScenarioJudge } from '../../src/conformance/index.js';
import { DiskSuiteFiles, runSuiteDir } from '../../src/adapters/suite-files.js';
import { MemoryHistory } from '../../src/ports/memory.js';
import type { Report } from '../../src/report/types.js';
import { serve } from './support.js';

const SUITE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'conformance');

const throughService: OpenScenarioJudge = async (scenario, variants, lang) => {
  const s = await serve({ ...(variants ? { variants } : {}), ...(scenario.berichtoverstijgend ? { history: new MemoryHistory() } : {}) });
  const query = new URLSearchParams({ lang, personalData: 'true', ...(scenario.vandaag ? { today: scenario.vandaag } : {}) });
  return {
    async judge(bytes) {
      const r = await s.post(`/v1/validate?${query}`, bytes);
      const record = r.status === 200 ? r.json : r.json?.report;
      if (!record) throw new Error(`POST /v1/validate answered ${r.status}: ${r.text.slice(0, 200)}`);
      const { file: _f, meta: _m, ...report } = record;
      return report as Report;
    },
    close: () => s.close(),
  };
};

describe('the bundled conformance suite through the service', () => {
  it('passes, step for step as it does against the library', async () => {
    const viaService = await runSuiteWith(new DiskSuiteFiles(SUITE), throughService);
    expect(viaService.usable).toBe(true);
    const failures = viaService.scenarios.flatMap((s) => (s.broken ? [`${s.id}: ${s.reason}`] : s.steps.filter((st) => st.status === 'fail' || st.retour?.status === 'fail').map((st) => `${s.id} ${st.bericht}: ${st.reason ?? st.retour?.reason}`)));
    expect(failures).toEqual([]);
    const direct = runSuiteDir(SUITE);
    expect(viaService.totals).toEqual(direct.totals);
    expect(viaService.scenarios.flatMap((s) => s.steps.map((st) => st.gevonden))).toEqual(direct.scenarios.flatMap((s) => s.steps.map((st) => st.gevonden)));
    expect(viaService.totals.steps).toBeGreaterThan(20);
  });
});
