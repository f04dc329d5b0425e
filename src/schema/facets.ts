/**
 * The checks of a simple type, as data: the one translation of XSD facets that both the JSON Schema
 * generator (scripts/lib/json-schema.ts) and the fast schema verdict (fast.ts) use.
 */
import type { FacetStep, SimpleDecl } from './model.js';
import { XS_DATE, XS_TIME, collapsed, collapsedFacet, preservedFacet, xsIntegerRange, xsdPatternToJs } from './xsd-regex.js';

/** One part of a simple type: every listed facet must hold (as one JSON Schema `allOf` entry). */
export interface FacetCheck {
  /** Anchored JavaScript pattern (`u` flag). */
  readonly pattern?: string;
  readonly enum?: readonly string[];
  readonly minLength?: number;
  readonly maxLength?: number;
}

function stepCheck(step: FacetStep, builtin: SimpleDecl['builtin']): FacetCheck {
  const s: { -readonly [K in keyof FacetCheck]: FacetCheck[K] } = {};
  const facet = builtin === 'string' ? preservedFacet : collapsedFacet;
  if (step.patterns) s.pattern = facet(step.patterns.map(xsdPatternToJs).join('|'));
  if (step.enumeration) {
    if (builtin !== 'string') throw new Error('enumerations are only supported on xs:string types');
    s.enum = [...step.enumeration];
  }
  if (step.minLength !== undefined || step.maxLength !== undefined) {
    if (builtin !== 'string') throw new Error('length facets are only supported on xs:string types');
    if (step.minLength !== undefined) s.minLength = step.minLength;
    if (step.maxLength !== undefined) s.maxLength = step.maxLength;
  }
  return s;
}

/** The checks of a simple type: the lexical space of its built-in type, then each restriction step. */
export function facetChecks(t: SimpleDecl): FacetCheck[] {
  const parts: FacetCheck[] = [];
  if (t.builtin === 'integer') {
    const mins = t.steps.map((s) => s.minInclusive).filter((v) => v !== undefined);
    const maxs = t.steps.map((s) => s.maxInclusive).filter((v) => v !== undefined);
    if (mins.length > 1 || maxs.length > 1) throw new Error('repeated range facets are not supported');
    parts.push({ pattern: collapsed(xsIntegerRange(mins[0], maxs[0])) });
  } else {
    if (t.steps.some((s) => s.minInclusive !== undefined || s.maxInclusive !== undefined)) {
      throw new Error(`range facets on xs:${t.builtin} are not supported`);
    }
    if (t.builtin === 'date') parts.push({ pattern: collapsed(XS_DATE) });
    if (t.builtin === 'time') parts.push({ pattern: collapsed(XS_TIME) });
  }
  for (const step of t.steps) {
    const s = stepCheck(step, t.builtin);
    if (Object.keys(s).length) parts.push(s);
  }
  return parts;
}
