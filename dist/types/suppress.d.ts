import type { SourceFile, Span } from './parse/source';
/**
 * Inline suppressions, in the grammar hadolint users know:
 *   # golint-docker ignore=GD004,final-runs-as-root   (the next instruction; above FROM: the whole stage)
 *   # golint-docker global ignore=GD013               (the whole file)
 * Anything after a further `#` is a free-form reason.
 */
export interface Suppressions {
    global: Set<string>;
    /** Suppressed rule keys per instruction span (code or name, as written, upper-cased codes). */
    scoped: Array<{
        span: Span;
        keys: Set<string>;
    }>;
}
export declare function collectSuppressions(file: SourceFile): Suppressions;
export declare function isSuppressed(s: Suppressions, code: string, name: string, at: number): boolean;
