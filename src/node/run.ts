import * as fs from 'fs';
import * as path from 'path';
import { decodeDockerfile } from '../parse/decode';
import { lintText, type LintOptions } from '../lint';
import type { GoMod } from '../model/gomod';
import type { Severity } from '../rules/types';
import { SEVERITIES } from '../rules/types';
import { formatText } from '../formatters/text';
import { formatJson } from '../formatters/json';
import type { FileResult, Formatter } from '../formatters/types';
import { discover, describeFsError } from './discover';
import { findGoMod } from './gomod-lookup';

export type FormatName = 'text' | 'json';
export const FORMATS: Record<FormatName, Formatter> = { text: formatText, json: formatJson };

export interface RunOptions {
  paths: string[];
  format: FormatName;
  output?: string;
  context?: string;
  ignore: string[];
  failureThreshold: Severity | 'none';
  color: boolean;
  readStdin: () => Buffer;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/** Exit codes a CI can rely on. */
export const EXIT = { ok: 0, findings: 1, error: 2 } as const;

/** Lint the paths, print the report, and return the exit code. */
export function runLint(opts: RunOptions): number {
  const { files, errors } = discover(opts.paths.length > 0 ? opts.paths : ['.']);
  let failed = errors.length > 0;
  for (const e of errors) opts.stderr(`${displayPath(e.path)}: ${e.message}\n`);

  const goMods = new Map<string, GoMod | undefined>();
  const results: FileResult[] = [];
  for (const file of files) {
    const shown = file === '-' ? '-' : displayPath(file);
    const result = lintFile(file, shown, opts, goMods);
    if (result.error) {
      failed = true;
      opts.stderr(`${shown}${result.error.line ? `:${result.error.line}` : ''}: ${result.error.message}\n`);
    }
    results.push(result);
  }

  const report = FORMATS[opts.format](results, { color: opts.color && !opts.output });
  if (opts.output) {
    try {
      fs.writeFileSync(opts.output, report);
    } catch (e) {
      opts.stderr(`${opts.output}: cannot write the report: ${describeFsError(e, 'write failed')}\n`);
      return EXIT.error;
    }
  } else {
    opts.stdout(report);
  }
  if (failed) return EXIT.error;
  return results.some((r) => r.findings.some((f) => atOrAbove(f.severity, opts.failureThreshold))) ? EXIT.findings : EXIT.ok;
}

function lintFile(file: string, shown: string, opts: RunOptions, goMods: Map<string, GoMod | undefined>): FileResult {
  let bytes: Buffer;
  try {
    bytes = file === '-' ? opts.readStdin() : fs.readFileSync(file);
  } catch (e) {
    return { path: shown, findings: [], error: { message: describeFsError(e, 'cannot read file') } };
  }
  const decoded = decodeDockerfile(bytes);
  if (!decoded.ok) return { path: shown, findings: [], error: { line: decoded.line, message: decoded.message } };
  const options: LintOptions = { path: shown, ignore: opts.ignore, goMod: findGoMod(file, opts.context, goMods) };
  const result = lintText(decoded.text, options);
  if (!result.ok) return { path: shown, findings: [], error: result.error };
  return { path: shown, findings: result.findings };
}

export function atOrAbove(severity: Severity, threshold: Severity | 'none'): boolean {
  if (threshold === 'none') return false;
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}

/** Relative to the working directory when inside it, with forward slashes. */
export function displayPath(p: string): string {
  const rel = path.relative(process.cwd(), path.resolve(p));
  const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
  return shown.split(path.sep).join('/');
}
