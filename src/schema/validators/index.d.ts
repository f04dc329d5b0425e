/**
 * `#validators` (package.json `imports`): the compiled validators of the messages, per message.
 * Node and any build without the `browser` condition get all.generated.js (every validator at hand,
 * synchronously); the browser build gets lazy.generated.js (a message's validator is loaded by
 * `loadFactory` the first time it is asked for). The page in web/ takes the static set (its
 * vite.config.ts says why).
 */
export interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}
export type CompiledValidator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };
/** Builds a message's validator from the two runtime helpers (src/schema/runtime.js). */
export type ValidatorFactory = (ucs2length: (s: string) => number, equal: (a: unknown, b: unknown) => boolean) => CompiledValidator;

/** The factory of a message's validator when it is at hand now; undefined when it is not (yet). */
export declare function factoryOf(bericht: string): ValidatorFactory | undefined;
/** The factory of a message's validator, loaded first when needed; undefined for an unknown message. Rejects when loading fails. */
export declare function loadFactory(bericht: string): Promise<ValidatorFactory | undefined>;
