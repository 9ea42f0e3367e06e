import { DockerfileParser, type Dockerfile } from './ast';
import { memoizeParser } from './memo';
import { readArgsAsBuildKit } from './arg';

memoizeParser();
readArgsAsBuildKit();

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

const BOM = '\uFEFF';

export function createSourceFile(path: string, rawText: string): SourceFile {
  const bom = rawText.startsWith(BOM);
  const text = bom ? rawText.slice(1) : rawText;
  const dockerfile = DockerfileParser.parse(text);
  return {
    path,
    text,
    bom,
    eol: dominantEol(text),
    lineStarts: computeLineStarts(text),
    dockerfile,
    escapeChar: dockerfile.getEscapeCharacter() === '`' ? '`' : '\\',
  };
}

/** Text as it should be written back: the BOM restored. */
export function restoreBom(file: Pick<SourceFile, 'bom'>, text: string): string {
  return file.bom ? BOM + text : text;
}

function dominantEol(text: string): '\n' | '\r\n' {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}

/** Line starts as dockerfile-ast counts lines: "\r\n", "\n" and a lone "\r" each end a line. */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  if (text.indexOf('\r') === -1) {
    // Without carriage returns (most files): jump from line feed to line feed.
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}

export function offsetAt(file: Pick<SourceFile, 'lineStarts' | 'text'>, pos: Position): number {
  const { lineStarts, text } = file;
  if (pos.line < 0) return 0;
  if (pos.line >= lineStarts.length) return text.length;
  const lineStart = lineStarts[pos.line];
  const nextStart = pos.line + 1 < lineStarts.length ? lineStarts[pos.line + 1] : text.length;
  return Math.min(lineStart + Math.max(0, pos.character), nextStart, text.length);
}

export function positionAt(file: Pick<SourceFile, 'lineStarts' | 'text'>, offset: number): Position {
  const { lineStarts } = file;
  const o = Math.max(0, Math.min(offset, file.text.length));
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= o) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: o - lineStarts[lo] };
}

/** An LSP range from dockerfile-ast as an offset span. */
export function spanOf(
  file: Pick<SourceFile, 'lineStarts' | 'text'>,
  range: { start: Position; end: Position },
): Span {
  return { start: offsetAt(file, range.start), end: offsetAt(file, range.end) };
}

/** 1-based line and column of an offset, as users read them. */
export function lineColumn(file: Pick<SourceFile, 'lineStarts' | 'text'>, offset: number): { line: number; column: number } {
  const p = positionAt(file, offset);
  return { line: p.line + 1, column: p.character + 1 };
}

/** Offset of the end of the line holding `offset`, before its line break. */
export function lineEndAt(file: Pick<SourceFile, 'lineStarts' | 'text'>, offset: number): number {
  const { line } = positionAt(file, offset);
  let end = line + 1 < file.lineStarts.length ? file.lineStarts[line + 1] : file.text.length;
  while (end > file.lineStarts[line] && (file.text.charCodeAt(end - 1) === 10 || file.text.charCodeAt(end - 1) === 13)) end--;
  return end;
}
