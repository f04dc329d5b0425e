// Types for the generated validator (scripts/compile-contract-validator.ts).
export interface ContractSchemaError {
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message?: string;
}

export declare const validateContract: ((data: unknown) => boolean) & { errors?: ContractSchemaError[] | null };
