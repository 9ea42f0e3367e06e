import * as fs from 'fs';
import * as path from 'path';
import { decodeDockerfile, MAX_DOCKERFILE_BYTES } from '../parse/decode';
import { linePath, visible } from '../parse/visible';
import { lintText, MAX_FINDINGS, type LintOptions } from '../lint';
import { fixText } from '../fix';
import { replaceFile, WriteRefused, type ReadSource } from './write';
import { asText, describeFailure, readRepositoryFile, readStdinBounded, type ReadResult } from './read';
import { openReportFile, type Sink } from './report-file';
import { describeWriteError } from './sync-writer';
import { fsPath } from './os-path';
import { displayPath } from './display-path';
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
import { repositoryFile, repositoryRoot, workspaceFor } from './disk-tree';
import { DEFAULT_READ_LIMIT, type FileTree } from '../model/workspace';
import { ConfigLookup } from './config-lookup';
import type { Config, ConfigResult } from '../config/types';
import type { GivenOptions } from '../rules/options';
import { collectGarbage, FILES_PER_LOOK } from './memory';

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
  /** SARIF: the analysis category (`automationDetails.id`), as GitHub's upload-sarif `category`. */
  category?: string;
  context?: string;
  ignore: string[];
  /** From the command line; when absent, the config file's, else "info". */
  failureThreshold?: Severity | 'none';
  /** An explicit configuration file (--config); otherwise each file's nearest one is used. */
  config?: string;
  /** Loads the config parser (zod, yaml) only when a configuration file exists. */
  loadConfigParser?: () => (name: string, text: string) => ConfigResult;
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
  /** Standard input, at most `limit` bytes (default: read it from descriptor 0). */
  readStdin?: (limit: number) => ReadResult;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/** Exit codes a CI can rely on. */
export const EXIT = { ok: 0, findings: 1, error: 2 } as const;

/**
 * Errors and notes on standard error, one line each: `path[:line]: message`. Every path and
 * message is shown visibly (parse/visible.ts): a file name or a value from a Dockerfile cannot
 * start a line of its own, a CI runner command, or a terminal control sequence.
 */
class Diagnostics {
  failed = false;
  constructor(private readonly stderr: (s: string) => void) {}

  /** An error: the run exits 2. */
  problem(path: string, message: string, line?: number): void {
    this.failed = true;
    this.note(path, message, line);
  }

  /** Said, without failing the run. */
  note(path: string, message: string, line?: number): void {
    this.stderr(`${linePath(path)}${line ? `:${line}` : ''}: ${visible(message)}\n`);
  }
}

/** Lint the paths, print the report as files are linted, and return the exit code. */
export async function runLint(opts: RunOptions): Promise<number> {
  const say = new Diagnostics(opts.stderr);
  if (opts.context !== undefined) {
    const why = contextProblem(opts.context);
    if (why) {
      opts.stderr(`golint-docker: --context ${visible(opts.context)}: ${why}\n`);
      return EXIT.error;
    }
  }
  const { files, errors, notes } = discover(opts.paths.length > 0 ? opts.paths : ['.'], { gitignore: opts.gitignore });
  for (const e of errors) say.problem(displayPath(e.path), e.message);
  for (const n of notes) say.note(displayPath(n.path), n.message);

  const report = openReport(opts, files.includes('-'), say);
  if (!report) return EXIT.error;
  // Paths in SARIF are relative to the repository root, so a run from a subfolder reports the same URIs.
  const root = repositoryRoot(process.cwd()) ?? process.cwd();
  const formatter = FORMATS[opts.format]({ color: opts.color && !opts.output, unsafeFixes: opts.unsafeFixes, version: opts.version, root, category: opts.category });
  const summary = emptySummary();
  if (!opts.diff) report.write(formatter.start());
  const state = newRunState(opts, root);
  const diffStop = opts.diff ? stopCommands(opts) : undefined;
  let lastYield = performance.now();
  let linted = 0;
  for (const file of files) {
    const result = lintOne(file, opts, state, say);
    if (++linted % FILES_PER_LOOK === 0) collectGarbage();
    if (!opts.diff) {
      addToSummary(summary, result, opts.unsafeFixes === true);
      report.write(formatter.file(result));
    }
    // Between files, signals get their turn: Ctrl-C stops a long run, and its handler removes
    // the temporary files (node/temp-files.ts).
    if (performance.now() - lastYield > 50) {
      await new Promise((resolve) => setImmediate(resolve));
      lastYield = performance.now();
    }
  }
  diffStop?.();
  if (opts.diff) {
    const { changed } = state;
    opts.stderr(changed === 0 ? 'No fixes to apply.\n' : `${changed} ${changed === 1 ? 'file' : 'files'} would be changed by --fix${opts.unsafeFixes ? ' --unsafe-fixes' : ''}.\n`);
    if (say.failed) return EXIT.error;
    return changed > 0 && !opts.exitZero ? EXIT.findings : EXIT.ok;
  }
  report.write(formatter.end(summary));
  if (!report.close()) return EXIT.error;
  if (say.failed) return EXIT.error;
  if (opts.exitZero) return EXIT.ok;
  return state.failing ? EXIT.findings : EXIT.ok;
}

/** What is wrong with a --context value, or undefined: it must be a folder that exists. */
function contextProblem(context: string): string | undefined {
  try {
    return fs.statSync(fsPath(context)).isDirectory() ? undefined : 'not a folder';
  } catch (e) {
    return describeFsError(e, 'cannot be read');
  }
}

/**
 * In GitHub Actions, a --diff prints the lines of files a pull request wrote, any of which may
 * read as a workflow command: the runner is told to take no commands until a token nobody can
 * guess. Returns what ends that.
 */
function stopCommands(opts: RunOptions): (() => void) | undefined {
  if (process.env.GITHUB_ACTIONS !== 'true') return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const token = (require('crypto') as typeof import('crypto')).randomBytes(16).toString('hex');
  opts.stdout(`::stop-commands::${token}\n`);
  return () => opts.stdout(`::${token}::\n`);
}

/** What a run keeps from file to file. */
interface RunState {
  goMods: Map<string, GoMod | undefined>;
  trees: Map<string, FileTree>;
  configs: ConfigLookup;
  reportedConfigErrors: Set<string>;
  /** The repository root (else the working folder): SARIF paths are relative to it. */
  root: string;
  failing: boolean;
  /** Files changed (with --diff: that would be). */
  changed: number;
  /**
   * Texts of other files (Makefiles, GoReleaser files) that fixes of this run changed, by real
   * path: later Dockerfiles of the run read them as changed, also when --diff writes nothing.
   */
  pending: Map<string, string>;
  /** Findings in other files already reported: a file two Dockerfiles share reports each once. */
  reportedElsewhere: Set<string>;
}

function newRunState(opts: RunOptions, root: string): RunState {
  const configs = new ConfigLookup(() => {
    if (!opts.loadConfigParser) throw new Error('no configuration parser');
    return opts.loadConfigParser();
  }, opts.config);
  return { goMods: new Map(), trees: new Map(), configs, reportedConfigErrors: new Set(), root, failing: false, changed: 0, pending: new Map(), reportedElsewhere: new Set() };
}

/** Lint (and fix) one file; its result for the report. */
function lintOne(file: string, opts: RunOptions, state: RunState, say: Diagnostics): FileResult {
  // Standard input is linted as the file --stdin-filename names (an editor's buffer): its path in
  // the report, its folder's configuration file and go.mod.
  const as = file === '-' && opts.stdinFilename ? opts.stdinFilename : file;
  const shown = as === '-' ? '-' : displayPath(as);
  const found = state.configs.forFile(as);
  if (found && !found.result.ok) {
    // A file under a broken configuration is not linted: the configuration's error is said once
    // on standard error, and each of its files is a file error in the report (so that SARIF says
    // the run did not succeed).
    const where = `${found.path}${found.result.line ? `:${found.result.line}` : ''}`;
    if (!state.reportedConfigErrors.has(found.path)) {
      state.reportedConfigErrors.add(found.path);
      say.problem(found.path, found.result.message, found.result.line);
    } else say.failed = true;
    return { path: shown, findings: [], error: { message: `not linted: ${where}: ${visible(found.result.message)}` }, rootPath: rootPathOf(state.root, as) };
  }
  const config = found?.result.ok ? found.result.config : {};
  const outcome = processFile({ file, as, shown, config, goMods: state.goMods, trees: state.trees, pending: state.pending }, opts);
  let result = outcome.result;
  applyOthers(outcome, opts, state, say);
  if (outcome.fixed !== undefined) result = applyOutcome(file, shown, outcome, opts, state, say);
  // `--fix -` stands for the text: an editor replaces its buffer with what it prints.
  else if (file === '-' && opts.fix && !opts.diff && outcome.unchanged !== undefined) opts.stdout(outcome.unchanged);
  result = withoutRepeats(withRootPaths({ ...result, rootPath: rootPathOf(state.root, as) }, state.root), state.reportedElsewhere);
  if (result.error) say.problem(shown, result.error.message, result.error.line);
  if (result.truncated) say.note(shown, `more than ${MAX_FINDINGS} findings; only the first ${MAX_FINDINGS} are reported`);
  const threshold = opts.failureThreshold ?? config.failureThreshold ?? 'info';
  if (result.findings.some((f) => atOrAbove(f.severity, threshold))) state.failing = true;
  return result;
}

/**
 * A fixed text goes where it belongs: a diff, standard output (for "-"), or the file. The result
 * returned describes what is on disk afterwards: when the file could not be written, its
 * original findings and no fixes.
 */
function applyOutcome(file: string, shown: string, outcome: Outcome, opts: RunOptions, state: RunState, say: Diagnostics): FileResult {
  const fixed = outcome.fixed as string;
  const size = Buffer.byteLength(fixed, 'utf8');
  if (size > MAX_DOCKERFILE_BYTES) {
    // Never write what a later run would refuse to read.
    say.problem(shown, `the fixed file would be ${describeFailure('too-large', size, MAX_DOCKERFILE_BYTES).slice('file is '.length)}; not written`);
    if (file === '-' && !opts.diff) opts.stdout(outcome.original ?? '');
    return outcome.unfixed?.() ?? outcome.result;
  }
  state.changed++;
  if (opts.diff) {
    opts.stdout(opts.loadDiff?.().unifiedDiff(visible(shown), outcome.original ?? '', fixed) ?? '');
    return outcome.result;
  }
  if (file === '-') {
    opts.stdout(fixed);
    return outcome.result;
  }
  try {
    replaceFile(outcome.source as ReadSource, fixed);
    return outcome.result;
  } catch (e) {
    state.changed--;
    say.problem(shown, e instanceof WriteRefused ? e.message : `cannot write the fixed file: ${describeWriteError(e)}`);
    return outcome.unfixed?.() ?? { ...outcome.result, fixed: 0 };
  }
}

/**
 * The other files a Dockerfile's fixes changed (a Makefile, a GoReleaser file): as a diff, or
 * written in place, each only when it still holds the text the fixes were made on.
 */
function applyOthers(outcome: Outcome, opts: RunOptions, state: RunState, say: Diagnostics): void {
  for (const other of outcome.others ?? []) {
    state.pending.set(other.real, other.output);
    state.changed++;
    if (opts.diff) {
      opts.stdout(opts.loadDiff?.().unifiedDiff(visible(other.shown), other.original, other.output) ?? '');
      continue;
    }
    const read = readRepositoryFile(other.real, DEFAULT_READ_LIMIT);
    try {
      if (!read.ok || !read.file || asText(read.bytes) !== other.original) throw new WriteRefused('changed while it was being fixed; not written');
      replaceFile({ ...read.file, bytes: read.bytes }, other.output);
    } catch (e) {
      state.changed--;
      state.pending.delete(other.real);
      say.problem(other.shown, e instanceof WriteRefused ? e.message : `cannot write the fixed file: ${describeWriteError(e)}`);
    }
  }
}

/** The other files' paths from the repository root, for SARIF. */
function withRootPaths(result: FileResult, root: string): FileResult {
  if (!result.others) return result;
  const others = Object.fromEntries(Object.entries(result.others).map(([shown, o]) => [shown, { ...o, rootPath: rootPathOf(root, shown) }]));
  return { ...result, others };
}

/** The result without the findings in other files that an earlier Dockerfile of the run reported already. */
function withoutRepeats(result: FileResult, reported: Set<string>): FileResult {
  if (!result.findings.some((f) => f.file !== undefined)) return result;
  const findings = result.findings.filter((f) => {
    if (f.file === undefined) return true;
    const key = `${f.file}\0${f.line}:${f.column}\0${f.code}\0${f.message}`;
    if (reported.has(key)) return false;
    reported.add(key);
    return true;
  });
  return { ...result, findings };
}

interface Report {
  write(text: string): void;
  /** False when the report could not be written (the error is printed). */
  close(): boolean;
}

/**
 * Where the report goes: standard output; standard error when `--fix -` prints the fixed text on
 * standard output; or the -o file (node/report-file.ts), so that an interrupted run never leaves
 * half a report.
 */
function openReport(opts: RunOptions, stdin: boolean, say: Diagnostics): Report | undefined {
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
  const opened: Sink | string = openReportFile(target);
  if (typeof opened === 'string') {
    say.problem(displayPath(target), `cannot write the report: ${opened}`);
    return undefined;
  }
  return {
    write: (text) => opened.write(text),
    close() {
      const failed = opened.close();
      if (failed !== undefined) say.problem(displayPath(target), `cannot write the report: ${failed}`);
      return failed === undefined;
    },
  };
}

interface Outcome {
  result: FileResult;
  /** The original text, when a fixed text differs from it. */
  original?: string;
  fixed?: string;
  /** The file as read, to replace it (not for standard input). */
  source?: ReadSource;
  /** The result for the file as it was (when the fixed text is not written). */
  unfixed?: () => FileResult;
  /** Other files the fixes changed: where to write them, how they are shown, their texts. */
  others?: Array<{ real: string; shown: string; original: string; output: string }>;
  /** With --fix, the text when no fix changed it. */
  unchanged?: string;
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
  /** Other files' texts changed by fixes earlier in the run, by real path. */
  pending: ReadonlyMap<string, string>;
}

/** The file's bytes: standard input, or a file of the repository, regular and bounded (node/read.ts). */
function readInput(file: string, opts: RunOptions): ReadResult {
  if (file === '-') return (opts.readStdin ?? readStdinBounded)(MAX_DOCKERFILE_BYTES);
  return readRepositoryFile(file, MAX_DOCKERFILE_BYTES);
}

function processFile({ file, as, shown, config, goMods, trees, pending }: FileInput, opts: RunOptions): Outcome {
  const read = readInput(file, opts);
  if (!read.ok) {
    const message = describeFailure(read.reason, read.size, MAX_DOCKERFILE_BYTES, read.partial) + (read.reason === 'too-large' ? ' for a Dockerfile' : '');
    return { result: { path: shown, findings: [], error: { message } } };
  }
  const decoded = decodeDockerfile(read.bytes);
  if (!decoded.ok) return { result: { path: shown, findings: [], error: { line: decoded.line, message: decoded.message } } };
  // Standard input has no place on disk unless --stdin-filename gives it one.
  const workspace = as === '-' ? undefined : workspaceFor(as, opts.context, trees, pending);
  const options: LintOptions = {
    path: shown,
    ignore: [...(typeof config.ignore === 'string' ? [config.ignore] : config.ignore ?? []), ...opts.ignore],
    severity: config.severity,
    options: givenOptions(config, opts.optionFlags),
    goMod: findGoMod(as, opts.context, goMods),
    workspace,
    mirrors: mirrorsOf(config),
  };
  const lint = (): FileResult => {
    const result = lintText(decoded.text, options);
    if (!result.ok) return { path: shown, findings: [], error: result.error };
    return { path: shown, findings: result.findings, truncated: result.truncated, ...keepText(opts, decoded.text, result.others) };
  };
  if (!opts.fix && !opts.diff) return { result: lint() };
  // `--fix -` prints the fixed Dockerfile: no other file is written behind the caller's back.
  const fixed = fixText(decoded.text, { ...options, unsafe: opts.unsafeFixes, dockerfileOnly: file === '-' && !opts.diff });
  if (!fixed.ok) return { result: { path: shown, findings: [], error: fixed.error } };
  const others: NonNullable<Outcome['others']> = [];
  for (const f of fixed.files) {
    const real = workspace ? repositoryFile(workspace.repositoryRoot, f.repositoryPath) : undefined;
    if (real === undefined) return { result: { path: shown, findings: [], error: { message: `${f.path}: a fix would change a file that cannot be written in place` } } };
    others.push({ real, shown: f.path, original: f.original, output: f.output });
  }
  const result: FileResult = { path: shown, findings: fixed.findings, truncated: fixed.truncated, fixed: fixed.applied.length, ...keepText(opts, fixed.output, fixed.others) };
  for (const r of fixed.rejected) opts.stderr(`${linePath(shown)}: the ${r.code} fix "${visible(r.title)}" was not applied: ${visible(r.reason ?? 'it would leave the file unparseable')}\n`);
  const rest = others.length > 0 ? { others } : {};
  if (!fixed.changed) return { result, unchanged: fixed.output, ...rest };
  return { result, original: decoded.text, fixed: fixed.output, source: read.file && { ...read.file, bytes: read.bytes }, unfixed: lint, ...rest };
}

function keepText(opts: RunOptions, text: string, others: ReadonlyArray<{ path: string; text: string }>): Pick<FileResult, 'text' | 'others'> {
  if (!NEEDS_TEXT.has(opts.format)) return {};
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, ...(others.length > 0 ? { others: Object.fromEntries(others.map((o) => [o.path, { text: o.text }])) } : {}) };
}

export function atOrAbove(severity: Severity, threshold: Severity | 'none'): boolean {
  if (threshold === 'none') return false;
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}

export { displayPath } from './display-path';

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

/** The path of a file relative to the repository root ('/'-separated), or undefined when outside it (or standard input). */
function rootPathOf(root: string, file: string): string | undefined {
  if (file === '-') return undefined;
  const rel = path.relative(root, path.resolve(file));
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : undefined;
}
