import type { FileError, Finding } from '../lint';

/** What the linter produced for one file, as the formatters see it. */
export interface FileResult {
  /** Path as shown to the user (relative to the working directory when possible). */
  path: string;
  findings: Finding[];
  /** Set when the file could not be linted (unreadable, not a Dockerfile). */
  error?: FileError;
  /** Set with --fix: how many fixes were applied. */
  fixed?: number;
  /** The file's text (without BOM), kept only for formats that quote it (SARIF fingerprints and fixes). */
  text?: string;
  /** Did the file start with a BOM? (SARIF character offsets count it.) */
  bom?: boolean;
}

export interface FormatOptions {
  color: boolean;
  /** Are unsafe fixes enabled (changes the hint the text format prints)? */
  unsafeFixes?: boolean;
  /** Tool version, for formats that record it. */
  version?: string;
  /** Absolute path of the folder paths are relative to (SARIF's %SRCROOT%). */
  root?: string;
}

export type Formatter = (results: readonly FileResult[], options: FormatOptions) => string;
