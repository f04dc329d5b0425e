/**
 * The schema model: the XSD content of every message, reduced to what iStandaarden 3.2 uses
 * (global complex types that are one `xs:sequence` of elements; simple types that restrict
 * xs:string, xs:integer, xs:date or xs:time with pattern, enumeration, length and range facets).
 *
 * `scripts/generate-schemas.ts` derives it from the XSDs and writes it twice: as JSON Schemas
 * (`schemas/`, compiled ahead of time into ajv validators) and as `model.generated.ts`, which the
 * runtime uses to explain schema errors and to build typed message objects.
 */

/** Which namespace an element is in: the message's own (`m`) or the basisschema's (`b`). */
export type NsToken = 'm' | 'b';

export interface ChildDecl {
  readonly name: string;
  /** Key of the element's type in `SchemaModel.types`. */
  readonly type: string;
  readonly min: number;
  /** -1 = unbounded. */
  readonly max: number;
}

export interface ComplexDecl {
  readonly kind: 'complex';
  /** Namespace of the child elements (the namespace of the schema document declaring the type). */
  readonly ns: NsToken;
  readonly children: readonly ChildDecl[];
}

export type Builtin = 'string' | 'integer' | 'date' | 'time';

export interface FacetStep {
  /** Alternatives of one derivation step (any may match); steps are all required. */
  readonly patterns?: readonly string[];
  readonly enumeration?: readonly string[];
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minInclusive?: string;
  readonly maxInclusive?: string;
}

export interface SimpleDecl {
  readonly kind: 'simple';
  readonly builtin: Builtin;
  /** Restriction steps from the built-in type down to this type. */
  readonly steps: readonly FacetStep[];
}

export type TypeDecl = ComplexDecl | SimpleDecl;

export interface SchemaModel {
  readonly types: Readonly<Record<string, TypeDecl>>;
  /** Type of the root element `Bericht` per message. */
  readonly roots: Readonly<Record<string, string>>;
}

/** The sequence token of a child element: `m:Header`. */
export const token = (ns: NsToken | 'x', name: string): string => `${ns}:${name}`;
