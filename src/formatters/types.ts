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
}

export interface FormatOptions {
  color: boolean;
  /** Are unsafe fixes enabled (changes the hint the text format prints)? */
  unsafeFixes?: boolean;
}

export type Formatter = (results: readonly FileResult[], options: FormatOptions) => string;
