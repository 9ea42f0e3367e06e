import type { FileError, Finding } from '../lint';
import { pushTo } from '../parse/maps';

/** What the linter produced for one file, as the formatters see it. */
export interface FileResult {
  /** Path as shown to the user (relative to the working directory when possible). */
  path: string;
  findings: Finding[];
  /** The file had more findings than one file reports: `findings` holds the first ones. */
  truncated?: boolean;
  /** Set when the file could not be linted (unreadable, not a Dockerfile). */
  error?: FileError;
  /** Set with --fix: how many fixes were applied. */
  fixed?: number;
  /** The file's text (without BOM), kept only for formats that quote it (SARIF fingerprints and fixes). */
  text?: string;
  /**
   * The path relative to {@link FormatOptions.root} ('/'-separated), for formats that locate files
   * from the repository root (SARIF); absent when the file is outside it.
   */
  rootPath?: string;
  /**
   * The other files its findings are in (Makefiles, GoReleaser files), by shown path: their texts
   * and paths from the root, for the formats that quote them or locate them from the root.
   */
  others?: Readonly<Record<string, { text: string; rootPath?: string }>>;
}

/**
 * A file's findings grouped by the file each is in: the Dockerfile's first (under its own path),
 * then each other file's, in the order they come.
 */
export function findingsByFile(r: FileResult): Array<{ path: string; text: string | undefined; rootPath: string | undefined; findings: Finding[] }> {
  const groups = new Map<string | undefined, Finding[]>();
  for (const f of r.findings) pushTo(groups, f.file, f);
  return [...groups].map(([file, findings]) =>
    file === undefined ? { path: r.path, text: r.text, rootPath: r.rootPath, findings } : { path: file, text: r.others?.[file]?.text, rootPath: r.others?.[file]?.rootPath, findings },
  );
}

export interface FormatOptions {
  color: boolean;
  /** Are unsafe fixes enabled (changes the hint the text format prints)? */
  unsafeFixes?: boolean;
  /** Tool version, for formats that record it. */
  version?: string;
  /** Absolute path of the repository root (git's top level), SARIF's %SRCROOT%. */
  root?: string;
  /** SARIF `automationDetails.id` prefix: one category per analysis uploaded for the same commit. */
  category?: string;
}

/** Totals over a run, for the formats that end with a summary. */
export interface Summary {
  /** Files linted (not counting those that could not be). */
  files: number;
  error: number;
  warning: number;
  info: number;
  /** Findings `--fix` would fix, and the further ones `--unsafe-fixes` would. */
  safe: number;
  unsafe: number;
  /** Fixes applied (with --fix). */
  fixed: number;
  /** Files that could not be linted (unreadable, not a Dockerfile, a broken configuration). */
  errors: Array<{ path: string; rootPath?: string; line?: number; message: string }>;
}

/**
 * A report written as the files are linted, so that a run over ten thousand files holds one
 * file's findings at a time: `start`, then `file` for each file in order, then `end`.
 */
export interface Formatter {
  start(): string;
  file(result: FileResult): string;
  end(summary: Summary): string;
}

export type FormatterFactory = (options: FormatOptions) => Formatter;

export function emptySummary(): Summary {
  return { files: 0, error: 0, warning: 0, info: 0, safe: 0, unsafe: 0, fixed: 0, errors: [] };
}

/** Add one file's findings to the totals. */
export function addToSummary(summary: Summary, result: FileResult, unsafeFixes: boolean): void {
  if (result.error) {
    summary.errors.push({ path: result.path, rootPath: result.rootPath, line: result.error.line, message: result.error.message });
    return;
  }
  summary.files++;
  summary.fixed += result.fixed ?? 0;
  for (const f of result.findings) {
    summary[f.severity]++;
    const mark = fixMark(f, unsafeFixes);
    if (mark === '[*]') summary.safe++;
    else if (mark) summary.unsafe++;
  }
}

/** `[*]`: --fix fixes it; `[*unsafe]`: it needs --unsafe-fixes as well. */
export function fixMark(f: Finding, unsafeEnabled: boolean): '' | '[*]' | '[*unsafe]' {
  if (!f.fix) return '';
  if (f.fix.applicability === 'safe' || unsafeEnabled) return '[*]';
  return '[*unsafe]';
}

/** A whole report at once, for the library and tests. */
export function formatAll(factory: FormatterFactory, results: readonly FileResult[], options: FormatOptions): string {
  const f = factory(options);
  const summary = emptySummary();
  let out = f.start();
  for (const r of results) {
    addToSummary(summary, r, options.unsafeFixes === true);
    out += f.file(r);
  }
  return out + f.end(summary);
}
