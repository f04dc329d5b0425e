/**
 * What a shell shows of a judgement: the masking policy (personal data masked unless the caller may
 * see it) and the JSON record of one message — the record of `validate --format json|jsonl` with the
 * judgement's metadata beside it.
 */
import { jsonRecord, type FileReport } from '../output/format.js';
import { maskReport } from '../output/mask.js';
import type { Report } from '../report/types.js';
import type { Judgement } from './judge.js';

/** Who sees what: personal data (BSNs, names, dates of birth in issue messages) only when allowed. */
export interface ShowPolicy {
  readonly personalData: boolean;
}

/** The report as the caller may see it: masked unless the policy shows personal data. */
export function reportForCaller<R extends Report>(report: R & { readonly file: string }, policy: ShowPolicy): FileReport {
  return policy.personalData ? report : maskReport(report);
}

/** The JSON record of one message's report (the record of `--format json|jsonl`), as a caller with this policy may see it. */
export function reportRecord(name: string, report: Report, policy: ShowPolicy): object {
  return jsonRecord(reportForCaller({ ...report, file: name }, policy));
}

/** The JSON record of one judged message, as a caller with this policy may see it. */
export function judgementRecord(name: string, judgement: Judgement, policy: ShowPolicy): object {
  return { ...jsonRecord(reportForCaller({ file: name, ...judgement.report }, policy)), meta: judgement.meta };
}
