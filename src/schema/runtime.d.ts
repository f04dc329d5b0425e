export declare function ucs2length(str: string): number;
export declare function equal(a: unknown, b: unknown): boolean;
