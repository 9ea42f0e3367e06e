import * as fs from 'fs';
import * as path from 'path';
import { decodeDockerfile } from '../parse/decode';
import { lintText, MAX_FINDINGS, type LintOptions } from '../lint';
import { fixText } from '../fix';
import { writeFileAtomic } from './write';
import type { GoMod } from '../model/gomod';
import type { ImageMirror } from '../model/registries';
import type { Severity } from '../rules/types';
import { SEVERITIES } from '../rules/types';
import { textFormatter } from '../formatters/text';
import { jsonFormatter } from '../formatters/json';
import { sarifFormatter } from '../formatters/sarif';
import { githubFormatter } from '../formatters/github';
import { gitlabFormatter } from '../formatters/gitlab';
import { compactFormatter } from '../formatters/compact';
import { addToSummary, emptySummary, type FileResult, type FormatterFactory } from '../formatters/types';
import { discover, describeFsError } from './discover';
import { findGoMod } from './gomod-lookup';
import { repositoryRoot, workspaceFor } from './disk-tree';
import type { FileTree } from '../model/workspace';
import { ConfigLookup } from './config-lookup';
import type { Config, ConfigResult } from '../config/types';
import type { GivenOptions } from '../rules/options';

export const FORMATS = { text: textFormatter, compact: compactFormatter, json: jsonFormatter, sarif: sarifFormatter, github: githubFormatter, gitlab: gitlabFormatter } satisfies Record<string, FormatterFactory>;
export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];
/** Formats that quote the source (fingerprints, fix regions) and so need each file's text. */
const NEEDS_TEXT = new Set<FormatName>(['sarif', 'gitlab']);

export interface RunOptions {
  paths: string[];
  format: FormatName;
  version: string;
  output?: string;
  context?: string;
  ignore: string[];
  /** From the command line; when absent, the config file's, else "info". */
  failureThreshold?: Severity | 'none';
  /** An explicit configuration file (--config); otherwise each file's nearest one is used. */
  config?: string;
  /** Loads the config parser (zod, yaml) only when a configuration file exists. */
  loadConfigParser?: () => (name: string, text: string) => ConfigResult;
  /** SARIF: the analysis category (`automationDetails.id`), as GitHub's upload-sarif `category`. */
  category?: string;
  /** Exit 0 whatever is found (errors still exit 2). */
  exitZero?: boolean;
  /** The path standard input stands for ("-"): shown in the report, and where config and go.mod are looked up from. */
  stdinFilename?: string;
  /** Rule options set by flags (`--trusted-registry` → trustedRegistries), by configuration key; they replace the config file's. */
  optionFlags?: Readonly<Record<string, readonly string[]>>;
  /** Skip what .gitignore files exclude when searching folders (default true). */
  gitignore?: boolean;
  color: boolean;
  /** Apply fixes: in place, or to standard output for "-". */
  fix?: boolean;
  /** Print the fixes as a unified diff and change nothing. */
  diff?: boolean;
  unsafeFixes?: boolean;
  /** Loads the diff module only when --diff needs it. */
  loadDiff?: () => { unifiedDiff(path: string, before: string, after: string): string };
  readStdin: () => Buffer;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/** Exit codes a CI can rely on. */
export const EXIT = { ok: 0, findings: 1, error: 2 } as const;

/** Lint the paths, print the report as files are linted, and return the exit code. */
export function runLint(opts: RunOptions): number {
  const { files, errors, notes } = discover(opts.paths.length > 0 ? opts.paths : ['.'], { gitignore: opts.gitignore });
  let failed = errors.length > 0;
  for (const e of [...errors, ...notes]) opts.stderr(`${displayPath(e.path)}: ${e.message}\n`);

  const report = openReport(opts, files.includes('-'));
  if (!report) return EXIT.error;
  // Paths in SARIF are relative to the repository root, so a run from a subfolder reports the same URIs.
  const root = repositoryRoot(process.cwd()) ?? process.cwd();
  const formatter = FORMATS[opts.format]({ color: opts.color && !opts.output, unsafeFixes: opts.unsafeFixes, version: opts.version, root, category: opts.category });
  const summary = emptySummary();
  if (!opts.diff) report.write(formatter.start());

  const goMods = new Map<string, GoMod | undefined>();
  const trees = new Map<string, FileTree>();
  const configs = new ConfigLookup(() => {
    if (!opts.loadConfigParser) throw new Error('no configuration parser');
    return opts.loadConfigParser();
  }, opts.config);
  const reportedConfigErrors = new Set<string>();
  let failing = false;
  let changed = 0;
  for (const file of files) {
    // Standard input is linted as the file --stdin-filename names (an editor's buffer): its path in
    // the report, its folder's configuration file and go.mod.
    const as = file === '-' && opts.stdinFilename ? opts.stdinFilename : file;
    const shown = as === '-' ? '-' : displayPath(as);
    const found = configs.forFile(as);
    const config = found?.result.ok ? found.result.config : {};
    const outcome = found && !found.result.ok ? configFailure({ path: found.path, result: found.result }, shown, reportedConfigErrors, opts) : processFile({ file, as, shown, config, goMods, trees }, opts);
    const result = { ...outcome.result, rootPath: rootPathOf(root, as) };
    if (result.error) {
      failed = true;
      if (!outcome.reported) opts.stderr(`${shown}${result.error.line ? `:${result.error.line}` : ''}: ${result.error.message}\n`);
    }
    if (result.truncated) opts.stderr(`${shown}: more than ${MAX_FINDINGS} findings; only the first ${MAX_FINDINGS} are reported\n`);
    const threshold = opts.failureThreshold ?? config.failureThreshold ?? 'info';
    if (result.findings.some((f) => atOrAbove(f.severity, threshold))) failing = true;
    if (outcome.fixed !== undefined) {
      changed++;
      if (opts.diff) opts.stdout(opts.loadDiff?.().unifiedDiff(shown, outcome.original ?? '', outcome.fixed) ?? '');
      else if (file === '-') opts.stdout(outcome.fixed);
      else {
        try {
          writeFileAtomic(file, outcome.fixed);
        } catch (e) {
          failed = true;
          opts.stderr(`${shown}: cannot write the fixed file: ${describeFsError(e, 'write failed')}\n`);
        }
      }
    }
    if (!opts.diff) {
      addToSummary(summary, result, opts.unsafeFixes === true);
      report.write(formatter.file(result));
    }
  }

  if (opts.diff) {
    opts.stderr(changed === 0 ? 'No fixes to apply.\n' : `${changed} ${changed === 1 ? 'file' : 'files'} would be changed by --fix${opts.unsafeFixes ? ' --unsafe-fixes' : ''}.\n`);
    if (failed) return EXIT.error;
    return changed > 0 && !opts.exitZero ? EXIT.findings : EXIT.ok;
  }
  report.write(formatter.end(summary));
  if (!report.close()) return EXIT.error;
  if (failed) return EXIT.error;
  if (opts.exitZero) return EXIT.ok;
  return failing ? EXIT.findings : EXIT.ok;
}

interface Report {
  write(text: string): void;
  /** False when the report could not be written (the error is printed). */
  close(): boolean;
}

/**
 * Where the report goes: standard output; standard error when `--fix -` prints the fixed text on
 * standard output; or the -o file, written beside it and renamed into place at the end, so that
 * an interrupted run never leaves half a report.
 */
function openReport(opts: RunOptions, stdin: boolean): Report | undefined {
  if (!opts.output) {
    const sink = opts.fix === true && stdin ? opts.stderr : opts.stdout;
    let buffered = '';
    return {
      write(text) {
        // Small pieces are gathered: one write per 64 KiB instead of one per file.
        buffered += text;
        if (buffered.length > 65536) {
          sink(buffered);
          buffered = '';
        }
      },
      close() {
        if (buffered) sink(buffered);
        return true;
      },
    };
  }
  const target = opts.output;
  const tmp = path.join(path.dirname(path.resolve(target)), `.${path.basename(target)}.${process.pid}.tmp`);
  let fd: number;
  try {
    fd = fs.openSync(tmp, 'w');
  } catch (e) {
    opts.stderr(`${target}: cannot write the report: ${describeFsError(e, 'write failed')}\n`);
    return undefined;
  }
  let ok = true;
  return {
    write(text) {
      if (!ok || !text) return;
      try {
        fs.writeSync(fd, text);
      } catch (e) {
        ok = false;
        opts.stderr(`${target}: cannot write the report: ${describeFsError(e, 'write failed')}\n`);
      }
    },
    close() {
      try {
        fs.closeSync(fd);
        if (ok) fs.renameSync(tmp, target);
        else fs.unlinkSync(tmp);
      } catch (e) {
        if (ok) opts.stderr(`${target}: cannot write the report: ${describeFsError(e, 'write failed')}\n`);
        ok = false;
      }
      return ok;
    },
  };
}

interface Outcome {
  result: FileResult;
  /** The error was already said on standard error. */
  reported?: boolean;
  /** The original text, when a fixed text differs from it. */
  original?: string;
  fixed?: string;
}

/**
 * A file under a broken configuration is not linted: the configuration's error is said once on
 * standard error, and each of its files is a file error in the report (so that SARIF says the run
 * did not succeed).
 */
function configFailure(found: { path: string; result: Extract<ConfigResult, { ok: false }> }, shown: string, said: Set<string>, opts: RunOptions): Outcome {
  const where = `${found.path}${found.result.line ? `:${found.result.line}` : ''}`;
  if (!said.has(found.path)) {
    said.add(found.path);
    opts.stderr(`${where}: ${found.result.message}\n`);
  }
  return { result: { path: shown, findings: [], error: { message: `not linted: ${where}: ${found.result.message}` } }, reported: true };
}

/** One file to lint: where to read it, what it stands for, and the configuration that applies. */
interface FileInput {
  /** The path to read, or "-" for standard input. */
  file: string;
  /** The path it stands for (--stdin-filename for "-"): where config and go.mod are looked up. */
  as: string;
  /** The path shown in the report. */
  shown: string;
  config: Config;
  /** go.mod lookups already made, by folder. */
  goMods: Map<string, GoMod | undefined>;
  /** Views of folders already made, by path: the Dockerfiles of a repository share them. */
  trees: Map<string, FileTree>;
}

function processFile({ file, as, shown, config, goMods, trees }: FileInput, opts: RunOptions): Outcome {
  let bytes: Buffer;
  try {
    bytes = file === '-' ? opts.readStdin() : fs.readFileSync(file);
  } catch (e) {
    return { result: { path: shown, findings: [], error: { message: describeFsError(e, 'cannot read file') } } };
  }
  const decoded = decodeDockerfile(bytes);
  if (!decoded.ok) return { result: { path: shown, findings: [], error: { line: decoded.line, message: decoded.message } } };
  const options: LintOptions = {
    path: shown,
    ignore: [...(typeof config.ignore === 'string' ? [config.ignore] : config.ignore ?? []), ...opts.ignore],
    severity: config.severity,
    options: givenOptions(config, opts.optionFlags),
    goMod: findGoMod(as, opts.context, goMods),
    // Standard input has no place on disk unless --stdin-filename gives it one.
    workspace: as === '-' ? undefined : workspaceFor(as, opts.context, trees),
    mirrors: mirrorsOf(config),
  };
  if (opts.fix || opts.diff) {
    const fixed = fixText(decoded.text, { ...options, unsafe: opts.unsafeFixes });
    if (!fixed.ok) return { result: { path: shown, findings: [], error: fixed.error } };
    const result: FileResult = { path: shown, findings: fixed.findings, truncated: fixed.truncated, fixed: fixed.applied.length, ...keepText(opts, fixed.output) };
    for (const r of fixed.rejected) opts.stderr(`${shown}: the ${r.code} fix "${r.title}" was not applied: ${r.reason ?? 'it would leave the file unparseable'}\n`);
    return fixed.changed ? { result, original: decoded.text, fixed: fixed.output } : { result };
  }
  const result = lintText(decoded.text, options);
  if (!result.ok) return { result: { path: shown, findings: [], error: result.error } };
  return { result: { path: shown, findings: result.findings, truncated: result.truncated, ...keepText(opts, decoded.text) } };
}

function keepText(opts: RunOptions, text: string): Pick<FileResult, 'text'> {
  if (!NEEDS_TEXT.has(opts.format)) return {};
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

export function atOrAbove(severity: Severity, threshold: Severity | 'none'): boolean {
  if (threshold === 'none') return false;
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}

/** The path of a file relative to the repository root ('/'-separated), or undefined when outside it (or standard input). */
function rootPathOf(root: string, file: string): string | undefined {
  if (file === '-') return undefined;
  const rel = path.relative(root, path.resolve(file));
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : undefined;
}

/** Relative to the working directory when inside it, with forward slashes. */
export function displayPath(p: string): string {
  const rel = path.relative(process.cwd(), path.resolve(p));
  const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
  return shown.split(path.sep).join('/');
}

/**
 * The rule options of a configuration, flags over the file's values: one object per configuration
 * file, so that the linter resolves each rule's options once, not per file.
 */
const GIVEN = new WeakMap<Config, GivenOptions>();
function givenOptions(config: Config, flags: RunOptions['optionFlags']): GivenOptions {
  let given = GIVEN.get(config);
  if (!given) GIVEN.set(config, (given = { ...config, ...flags }));
  return given;
}

/** The config file's mirrors as the model takes them: one list per config file (the model caches by it). */
const MIRRORS = new WeakMap<Config, ImageMirror[]>();
function mirrorsOf(config: Config): ImageMirror[] | undefined {
  if (!config.mirrors) return undefined;
  let list = MIRRORS.get(config);
  if (!list) {
    list = Object.entries(config.mirrors).map(([mirror, upstream]) => ({ mirror, upstream }));
    MIRRORS.set(config, list);
  }
  return list;
}
