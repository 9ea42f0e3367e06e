import type { Span } from '../parse/source';
/** Safe fixes keep what the image does; unsafe ones change what it contains or how it runs. */
export type Applicability = 'safe' | 'unsafe';
/**
 * Replace text[start, end) by `text`; an empty span inserts, an empty text deletes. The text is
 * the Dockerfile's, or that of `file` (its path in the repository) when the edit is in another
 * file: a Makefile, a script, a GoReleaser configuration. A fix's edits apply together, whichever
 * files they are in.
 */
export interface Edit extends Span {
    text: string;
    file?: string;
}
/** Edits that apply together or not at all. */
export interface Fix {
    /** What the fix does, imperative: "Add CGO_ENABLED=0 to the build". */
    title: string;
    applicability: Applicability;
    edits: Edit[];
}
/** The final images a rewrite may write: for a static binary, and for one that keeps cgo on (needs glibc). */
export interface FinalImages {
    static: string;
    cgo: string;
}
/** Why no fix can be made here: a clause for the finding's message ("the build context cannot be seen"). */
export interface NoFix {
    reason: string;
}
/** A report's fix, or why there is none. */
export declare function offer(result: Fix | NoFix | undefined): {
    fix?: Fix;
    noFix?: string;
};
