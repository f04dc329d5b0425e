/**
 * The judgement a shell owes its caller: the report of one message (levels 1–2, level 3 against the
 * history when there is one, the variant level when configured), what became of the message in the
 * history, and the metadata a validation service states with every verdict — the SHA-256 of the
 * bytes judged, the engine and its version, the release and the version of the validation stylesheet
 * whose rules ran, the levels that ran, and when.
 *
 *   const j = await validateMessage(bytes, { history, lang: 'en' });
 *   j.report.valid; j.recording;                      // 'recorded', 'rejected', …
 *   j.meta.sha256; j.meta.xsltVersie;
 *
 * Plain data only (no parsed tree), so a judgement crosses a worker-thread boundary as it is.
 */
import { RELEASE } from '../catalogue/index.js';
import type { Parties } from '../context/facts.js';
import { checkAsync, messageId, type AsyncValidateOptions, type Recording } from '../pipeline/async.js';
import type { Level, Report } from '../report/types.js';
import { XSLT_VERSIE, respondTo, type RespondResult } from '../respond/index.js';
import { VERSION } from '../version.js';

export const ENGINE = 'iwmo-ijw';

export interface JudgementMeta {
  /** SHA-256 of the bytes judged (hex): also the message's identity in the history. */
  readonly sha256: string;
  readonly engine: { readonly name: string; readonly version: string };
  /** The release of the standard whose schemas and rules ran, e.g. `3.2`. */
  readonly release: string;
  /** The version of the official validation stylesheet whose rules level 2 implements. */
  readonly xsltVersie: string;
  readonly levels: readonly Level[];
  /** What became of the message in the history. */
  readonly recording: Recording;
  /** When the judgement was made (ISO 8601, UTC). */
  readonly judgedAt: string;
  /** How long it took, in milliseconds. */
  readonly ms: number;
}

export interface Judgement {
  readonly report: Report;
  readonly recording: Recording;
  readonly meta: JudgementMeta;
}

export type JudgeOptions = AsyncValidateOptions;

/** Validates one message (against the history when one is given, recording it when accepted). Never throws. */
export async function validateMessage(input: Uint8Array | string, options: JudgeOptions = {}): Promise<Judgement> {
  return (await judged(input, options)).judgement;
}

/** What answering a heen message gives: the judgement and the retourbericht (or why none exists). */
export interface Answered {
  readonly judgement: Judgement;
  /** Null when the message was refused (`recording: 'refused'`): nothing about it is answered. */
  readonly answer: RespondResult | null;
}

/**
 * Answers a heen message with its retourbericht: judged like `validateMessage` (levels 1–3 against
 * the history, recorded when accepted), then answered from that report. Never throws.
 */
export async function answerMessage(input: Uint8Array | string, options: JudgeOptions & { readonly identificatie?: string } = {}): Promise<Answered> {
  const { judgement, root } = await judged(input, options);
  if (judgement.recording === 'refused') return { judgement, answer: null };
  const answer = respondTo(root, judgement.report, { today: options.today, identificatie: options.identificatie });
  return { judgement, answer };
}

async function judged(input: Uint8Array | string, options: JudgeOptions): Promise<{ judgement: Judgement; root: Awaited<ReturnType<typeof checkAsync>>['root'] }> {
  const start = Date.now();
  const judgedAt = new Date(start).toISOString();
  const [checked, sha256] = await Promise.all([checkAsync(input, options), messageId(input)]);
  const meta: JudgementMeta = {
    sha256,
    engine: { name: ENGINE, version: VERSION },
    release: RELEASE,
    xsltVersie: XSLT_VERSIE,
    levels: checked.report.levels,
    recording: checked.recording,
    judgedAt,
    ms: Date.now() - start,
  };
  return { judgement: { report: checked.report, recording: checked.recording, meta }, root: checked.root };
}

/** The gemeenten (CBS codes) and aanbieders (AGB codes) a caller may have messages judged for. */
export interface PartyScope {
  readonly gemeenten: readonly string[];
  readonly aanbieders: readonly string[];
}

/** Whether a message between these parties is within the scope: its gemeente or its aanbieder is listed. */
export function withinScope(scope: PartyScope, parties: Parties): boolean {
  return scope.gemeenten.includes(parties.gemeente) || scope.aanbieders.includes(parties.aanbieder);
}
