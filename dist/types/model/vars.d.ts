/** A variable's value: known (a default or a literal), or declared but only known at build time. */
export type VarValue = {
    known: true;
    value: string;
} | {
    known: false;
};
/** Variables in scope. A name that is absent is undefined and expands to the empty string. */
export type Scope = ReadonlyMap<string, VarValue>;
/** What {@link expand} reads of a scope: a Scope, or a view of other state that needs no copy into one. */
export interface VarLookup {
    get(name: string): VarValue | undefined;
}
/** The result of expanding a Dockerfile word: literal pieces and the variables whose values are unknown. */
export interface Expansion {
    /** The expanded text, with each unknown variable left as `${NAME}`. */
    value: string;
    known: boolean;
    /** Literal text and unknown variables in order, for matching against candidates (e.g. stage names). */
    parts: Array<string | {
        unknown: string;
    }>;
}
/**
 * Expand `$NAME`, `${NAME}`, `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}` and `${NAME+word}`
 * as BuildKit does in FROM, ARG, ENV, WORKDIR, USER and COPY. Escaped `$` stays literal.
 * Linear in the input; never throws.
 */
export declare function expand(text: string, scope: VarLookup, escapeChar?: string, depth?: number): Expansion;
/**
 * A word as BuildKit's shell lexer reads it in FROM and `--from`: quotes removed (nothing expands
 * inside single quotes), the escape character taking the next character literally (inside double
 * quotes only before `"`, `$` and itself), and variables expanded as {@link expand} does.
 */
export declare function expandWord(text: string, scope: VarLookup, escapeChar?: string): Expansion;
/** Does `candidate` fit an expansion whose unknown parts may be any text? (`runtime-${TARGETARCH}` fits `runtime-amd64`.) */
export declare function matchesExpansion(e: Expansion, candidate: string): boolean;
/**
 * The value an expansion's one unknown variable takes for it to read `candidate`
 * (`runtime-${TARGETARCH}` reads `runtime-arm64` with TARGETARCH=arm64); undefined when the
 * expansion has no unknown variable, more than one, or does not fit.
 */
export declare function bindingOf(e: Expansion, candidate: string): {
    name: string;
    value: string;
} | undefined;
