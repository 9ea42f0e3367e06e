import { type Dockerfile } from './ast';
/** 0-based line and UTF-16 character, as dockerfile-ast and LSP count them. */
export interface Position {
    line: number;
    character: number;
}
/** Half-open offset span [start, end) into {@link SourceFile.text}. */
export interface Span {
    start: number;
    end: number;
}
/**
 * One Dockerfile as the linter sees it: text without its BOM, the parsed tree, and the
 * line table that is the single place where positions and offsets are converted.
 */
export interface SourceFile {
    /** Path shown to users (as given on the command line, or "-" for stdin). */
    readonly path: string;
    /** The text, without a leading BOM. Every offset in the linter refers to this string. */
    readonly text: string;
    readonly bom: boolean;
    /** The dominant line ending, used when a fix inserts new lines. */
    readonly eol: '\n' | '\r\n';
    readonly lineStarts: readonly number[];
    readonly dockerfile: Dockerfile;
    /** The escape character from a `# escape=` directive: "\\" or "`". */
    readonly escapeChar: string;
}
export declare function createSourceFile(path: string, rawText: string): SourceFile;
/** Text as it should be written back: the BOM restored. */
export declare function restoreBom(file: Pick<SourceFile, 'bom'>, text: string): string;
/** Line starts as dockerfile-ast counts lines: "\r\n", "\n" and a lone "\r" each end a line. */
export declare function computeLineStarts(text: string): number[];
export declare function offsetAt(file: Pick<SourceFile, 'lineStarts' | 'text'>, pos: Position): number;
export declare function positionAt(file: Pick<SourceFile, 'lineStarts' | 'text'>, offset: number): Position;
/** An LSP range from dockerfile-ast as an offset span. */
export declare function spanOf(file: Pick<SourceFile, 'lineStarts' | 'text'>, range: {
    start: Position;
    end: Position;
}): Span;
/** 1-based line and column of an offset, as users read them. */
export declare function lineColumn(file: Pick<SourceFile, 'lineStarts' | 'text'>, offset: number): {
    line: number;
    column: number;
};
/** Offset of the end of the line holding `offset`, before its line break. */
export declare function lineEndAt(file: Pick<SourceFile, 'lineStarts' | 'text'>, offset: number): number;
