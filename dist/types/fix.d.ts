import { type FileError, type Finding, type LintOptions, type OtherFileResult } from './lint';
/** ESLint's bound: a fix that needs more passes than this is cycling. */
export declare const MAX_FIX_PASSES = 10;
export interface FixOptions extends LintOptions {
    /** Also apply fixes marked unsafe. */
    unsafe?: boolean;
    /** Apply only fixes that edit the Dockerfile alone (its text goes to standard output; no other file is written). */
    dockerfileOnly?: boolean;
}
export interface AppliedFix {
    code: string;
    rule: string;
    title: string;
    /** For a rejected fix: why ("it would leave the file unparseable", "it would add GD014 ..."). */
    reason?: string;
}
/** Another file a fix changed: a Makefile, a build script, a GoReleaser configuration. */
export interface FixedFile {
    /** Its path as shown (see Finding.file). */
    path: string;
    /** Its path in the repository. */
    repositoryPath: string;
    original: string;
    output: string;
}
export type FixResult = {
    ok: true;
    /** The fixed text, BOM restored; equal to the input when nothing was fixed. */
    output: string;
    changed: boolean;
    /** The other files the fixes changed, with their new texts. */
    files: FixedFile[];
    /** The other files the findings left are in, with their texts. */
    others: OtherFileResult[];
    applied: AppliedFix[];
    /** Findings left in the output (linted once more after the last pass). */
    findings: Finding[];
    /** More findings are left than a file reports (see MAX_FINDINGS); `findings` holds the first ones. */
    truncated?: boolean;
    /** Fixes dropped because they broke a file's structure or added an error-severity finding. */
    rejected: AppliedFix[];
    passes: number;
} | {
    ok: false;
    error: FileError;
};
/**
 * Fix a Dockerfile (and the other files its findings are in): lint, apply the non-overlapping
 * fixes, parse again, repeat until nothing is left to fix (at most {@link MAX_FIX_PASSES} passes,
 * stopping on a cycle), then lint once more. A file that cannot be linted is never changed. Pure.
 */
export declare function fixText(text: string, options?: FixOptions): FixResult;
/**
 * One pass over the Dockerfile alone: fixes sorted by where they start, each applied whole or not
 * at all; a fix that overlaps or touches one already taken waits for the next pass.
 */
export declare function applyFixes(text: string, findings: readonly Finding[]): {
    text: string;
    applied: Finding[];
};
