import type { Instruction } from '../parse/ast';
import { execForm } from '../model/exec-form';
import { replaceSpan } from '../fixers/edits';
import { spanOf, type SourceFile, type Span } from '../parse/source';
import { splitCommands } from '../shell/lexer';
import { defineRule, type Fix, type Report } from './types';
import { checkShell, commandSpan, effectiveRuntime, finalImage } from './util';

type MessageId = 'shellForm';

export default defineRule<MessageId>({
  meta: {
    code: 'GD006',
    name: 'shell-form-without-shell',
    severity: 'error',
    fixable: ['safe'],
    tags: ['correctness', 'startup'],
    docs: {
      summary: 'CMD, ENTRYPOINT or HEALTHCHECK in shell form on a final image that has no /bin/sh.',
      why:
        'Shell form (`CMD ./server --port 8080`) is run as `/bin/sh -c "./server --port 8080"`. `scratch`, distroless and Chainguard static images have no /bin/sh (distroless `:debug` has busybox, but only at /busybox/sh), so the container fails at start with `exec: "/bin/sh": stat /bin/sh: no such file or directory`, and a shell-form HEALTHCHECK marks the container unhealthy forever. Exec form (`CMD ["./server", "--port", "8080"]`) runs the binary directly and also lets it receive SIGTERM as PID 1.',
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/server .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/server /server\nCMD /server --port 8080\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/server .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/server /server\nCMD ["/server", "--port", "8080"]\n',
      fixSafety:
        'Safe: rewrites the instruction in exec form when the command is plain words on one line (no variables, globs, pipes, redirections, `;` or `&&`; a leading `exec` is dropped): the original cannot start at all. Otherwise no fix: the shell features would have to be replaced by hand. Not offered for a shell-form ENTRYPOINT while a CMD is in force: in exec form it would start receiving the CMD as arguments, which the shell form ignores. A shell-form CMD after a shell-form ENTRYPOINT is not reported: it is never run.',
    },
    messages: {
      shellForm: '{{keyword}} in shell form {{problem}}; use exec form {{example}}',
    },
  },
  check({ file, model }): Report<MessageId>[] {
    const reports: Report<MessageId>[] = [];
    const final = finalImage(model);
    if (!final || final.facts.binSh === true) return reports;
    const { cmd, entrypoint, healthcheck } = effectiveRuntime(final.stage);
    const shellEntrypoint = entrypoint !== undefined && isShellForm(file, entrypoint);
    // A shell-form ENTRYPOINT ignores CMD: only the ENTRYPOINT runs.
    for (const ins of shellEntrypoint ? [entrypoint, healthcheck] : [entrypoint, cmd, healthcheck]) {
      if (!ins) continue;
      const args = commandSpan(file, ins);
      if (!args || execForm(file, args) !== undefined) continue;
      const shell = checkShell(file, model, final.stage, spanOf(file, ins.getRange()).start, true);
      if (shell.available !== false) continue;
      // CMD after an exec-form ENTRYPOINT becomes its arguments: "/bin/sh" "-c" "...".
      const asArguments = ins === cmd && entrypoint !== undefined;
      const words = plainWords(file, args, asArguments);
      const example = words ? execFormText(words) : asArguments ? '["--flag", "value"]' : '["/app"]';
      const problem = asArguments
        ? `is passed to the exec-form ENTRYPOINT as the arguments "${shell.shell}" "-c" "<command>" instead of its own words (and ${final.image} has ${shell.missing})`
        : `runs ${shell.shell} -c, but ${final.image} has ${shell.missing}: the container fails with "exec: \\"${shell.shell}\\": no such file or directory"`;
      // In exec form, an ENTRYPOINT would start taking the CMD in force as its arguments.
      const safe = words !== undefined && !(ins === entrypoint && cmd !== undefined);
      const fix: Fix | undefined = safe ? { title: 'Use exec form', applicability: 'safe', edits: [replaceSpan(args, example)] } : undefined;
      reports.push({ messageId: 'shellForm', ...args, data: { keyword: keyword(ins), problem, example }, fix });
    }
    return reports;
  },
});

function isShellForm(file: SourceFile, ins: Instruction): boolean {
  const args = commandSpan(file, ins);
  return args !== undefined && execForm(file, args) === undefined;
}

function keyword(ins: Instruction): string {
  const k = ins.getKeyword();
  return k === 'HEALTHCHECK' ? 'HEALTHCHECK CMD' : k;
}

/** `["a", "b"]`, the spacing people write. */
export function execFormText(words: readonly string[]): string {
  return '[' + words.map((w) => JSON.stringify(w)).join(', ') + ']';
}

/** Shell builtins and keywords: no program of that name exists to run in exec form. */
const SHELL_ONLY = new Set([
  '.', ':', '[', '[[', 'alias', 'break', 'case', 'cd', 'continue', 'eval', 'export', 'for', 'function', 'if', 'local',
  'read', 'readonly', 'return', 'set', 'shift', 'source', 'test', 'time', 'trap', 'ulimit', 'umask', 'unset', 'until', 'wait', 'while', '!', '{', '(',
]);

/**
 * The words of a shell-form command that means the same in exec form, or undefined. `exec`
 * in front is what the shell would do anyway (replace itself with the program), so it goes.
 * `args`: the words are arguments of the ENTRYPOINT, not a program of their own.
 */
function plainWords(file: SourceFile, span: Span, args: boolean): string[] | undefined {
  const raw = file.text.slice(span.start, span.end);
  // Multi-line commands and JSON that is not valid (`['/app']`) need the author's eye.
  if (raw.includes('\n') || raw.includes('\r') || raw.trimStart().startsWith('[')) return undefined;
  const cmds = splitCommands(file.text, span.start, span.end, { escapeChar: file.escapeChar, dockerfileContinuations: true });
  if (cmds.length !== 1) return undefined;
  const [c] = cmds;
  if (c.assignments.length > 0 || c.redirects.length > 0 || c.separator !== null || c.words.length === 0) return undefined;
  if (c.words.some((w) => w.hasExpansion || (!wholeQuoted(file.text.slice(w.start, w.end)) && hasShellPattern(w.text)))) return undefined;
  // A comment after the command (`CMD /app # note`): leave it to the author.
  if (file.text.slice(c.end, span.end).trim() !== '') return undefined;
  let words = c.words.map((w) => w.text);
  if (args) return words;
  if (words[0] === 'exec' && !c.words[0].quoted) words = words.slice(1);
  if (words.length === 0 || SHELL_ONLY.has(words[0]) || words[0].startsWith('-')) return undefined;
  return words;
}

/** A word written inside one pair of quotes (`'*.go'`), so the shell takes it literally. */
function wholeQuoted(raw: string): boolean {
  const q = raw[0];
  return raw.length >= 2 && (q === "'" || q === '"') && raw[raw.length - 1] === q && !raw.slice(1, -1).includes(q);
}

/** Characters the shell would expand in an unquoted word: globs and `~`. */
function hasShellPattern(text: string): boolean {
  return text.includes('*') || text.includes('?') || text.includes('[') || text.startsWith('~');
}
