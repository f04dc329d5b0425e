import type { Lang, Level } from './types.js';

/**
 * What the report formats say about a code besides the finding's own message: a one-line title,
 * a longer description, whether it is an official rule id, and a hint how to fix it. The formats
 * receive a `DescribeCode` (the code registry's `describeCode`, pipeline/codes.ts) rather than
 * reading the registries themselves.
 */
export interface CodeDescription {
  readonly code: string;
  /** One line. */
  readonly title: string;
  /** A longer text (may equal the title). */
  readonly description: string;
  /** True for an official rule id of the standard (a rule of the registry). */
  readonly official: boolean;
  /** How to fix a finding of this code, where we have something to say. */
  readonly hint?: string;
}

/**
 * What to say about a code. `level` picks the rule of that level when an id is a rule of more than
 * one level (TR… of level 2 and of level 3); without it the lowest level comes first.
 */
export type DescribeCode = (code: string, lang: Lang, level?: Level) => CodeDescription;
