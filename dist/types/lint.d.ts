import type { GoMod } from './model/gomod';
import type { Workspace } from './model/workspace';
import type { ImageMirror } from './model/registries';
import type { Model } from './model/types';
import { type SourceFile } from './parse/source';
import { type Fix, type Rule, type Severity } from './rules/types';
import { type GivenOptions } from './rules/options';
export interface LintOptions {
    /** Path shown in findings and errors. */
    path?: string;
    /** go.mod of the build context, for the rules that compare Go versions. */
    goMod?: GoMod;
    /** The files around the Dockerfile (build context, repository); without it, what depends on them is unknown. */
    workspace?: Workspace;
    /** Rule codes or names to skip. */
    ignore?: readonly string[];
    /** Severity per rule code or name; "off" skips the rule. */
    severity?: Readonly<Record<string, Severity | 'off'>>;
    /** Rule options by configuration key (`finalImage`, `trustedRegistries`), from the config file and flags; each rule reads its own (its `meta.options`). */
    options?: GivenOptions;
    /** The rules to run (all by default). */
    rules?: readonly Rule[];
    /** Registries that mirror others, so that mirrored images are known (`mirrors` in the config file). */
    mirrors?: readonly ImageMirror[];
}
export interface Finding {
    code: string;
    rule: string;
    severity: Severity;
    messageId: string;
    message: string;
    /**
     * The file the finding is in, when it is not the Dockerfile: a Makefile, a build script or a
     * GoReleaser configuration, as its path is shown (beside the Dockerfile's: see {@link shownPath}).
     * Positions are into that file, and so are its fix's edits that name it.
     */
    file?: string;
    /** Offsets into the text without BOM. */
    start: number;
    end: number;
    /** 1-based; endColumn is exclusive (the column after the last character). */
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    fix?: Fix;
    /** Why no fix is offered, when the rule says (the message ends with it). */
    noFix?: string;
}
export interface FileError {
    line?: number;
    message: string;
}
/**
 * The most findings one file reports. A real Dockerfile has a few dozen at most; a generated or
 * hostile one could have hundreds of thousands, and each costs memory and output.
 */
export declare const MAX_FINDINGS = 1000;
/** A file other than the Dockerfile that findings or fixes are in. */
export interface OtherFileResult {
    /** Its path as shown (the `file` of findings and edits). */
    path: string;
    /** Its path in the repository. */
    repositoryPath: string;
    text: string;
}
export type LintResult = 
/** `truncated`: the file had more than {@link MAX_FINDINGS} findings; `findings` holds the first ones. */
{
    ok: true;
    file: SourceFile;
    model: Model;
    findings: Finding[];
    others: OtherFileResult[];
    truncated?: boolean;
} | {
    ok: false;
    file?: SourceFile;
    error: FileError;
};
/** Lint one Dockerfile's text. Pure: no I/O, never throws for any input. */
export declare function lintText(text: string, options?: LintOptions): LintResult;
/** Lint an already parsed file that has no structural problems. Throws only on a bug (see lintText). */
export declare function lintSource(file: SourceFile, options?: LintOptions): LintResult;
/**
 * How a file of the repository is shown, given how the Dockerfile is: the same way (relative to
 * the working directory, or absolute), so that `app/Dockerfile` and the repository's
 * `.goreleaser.yaml` read `app/Dockerfile` and `.goreleaser.yaml`.
 */
export declare function shownPath(dockerfileShown: string, dockerfileInRepository: string | undefined, repositoryPath: string): string;
/** Codes compare upper-case, names lower-case. */
export declare function normalizeKey(key: string): string;
