/**
 * The use cases every shell (command line, HTTP service, browser page) shares, over bytes — never
 * paths, never Node: configuring the uitvoeringsvariant, judging and answering one message with the
 * metadata a service owes its callers, replaying an exchange in Dagtekening order, and what a caller
 * may see of a report.
 */
export { configureVariants, type Configured, type VariantSource } from './variants.js';
export { ENGINE, answerMessage, validateMessage, withinScope, type Answered, type JudgeOptions, type Judgement, type JudgementMeta, type PartyScope } from './judge.js';
export { dagtekeningOfBytes, inDagtekeningOrder, replayExchange, type NamedMessage, type Replayed } from './exchange.js';
export { judgementRecord, reportForCaller, reportRecord, type ShowPolicy } from './record.js';
export { batchTotals, batchVerdict, summaryRecord, type BatchTotals, type FailOn } from './summary.js';
