import { Healthcheck, type Instruction } from 'dockerfile-ast';
import { execForm } from '../model/exec-form';
import { replaceSpan } from '../fixers/edits';
import { spanOf, type SourceFile, type Span } from '../parse/source';
import { splitCommands } from '../shell/lexer';
import { defineRule, type Fix } from './types';
import { effectiveRuntime, finalImage } from './util';

export default defineRule<'shellForm'>({
  meta: {
    code: 'GD006',
    name: 'shell-form-without-shell',
    severity: 'error',
    fixable: ['safe'],
    tags: ['correctness', 'startup'],
    docs: {
      summary: 'CMD, ENTRYPOINT or HEALTHCHECK in shell form on a final image that has no /bin/sh.',
      why:
        'Shell form (`CMD ./server --port 8080`) is run as `/bin/sh -c "./server --port 8080"`. `scratch`, distroless (except `:debug`) and Chainguard static images have no shell, so the container fails at start with `exec: "/bin/sh": stat /bin/sh: no such file or directory`, and a shell-form HEALTHCHECK marks the container unhealthy forever. Exec form (`CMD ["./server", "--port", "8080"]`) runs the binary directly and also lets it receive SIGTERM as PID 1.',
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/server .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/server /server\nCMD /server --port 8080\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/server .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/server /server\nCMD ["/server", "--port", "8080"]\n',
      fixSafety:
        'Safe: rewrites the instruction in exec form when the command is plain words (no variables, quotes that matter, pipes, redirections or `&&`): the original cannot start at all. Otherwise no fix: the shell features would have to be replaced by hand.',
    },
    messages: {
      shellForm: '{{keyword}} in shell form runs /bin/sh -c, but {{image}} has no shell: the container fails with "exec: \\"/bin/sh\\": no such file or directory"; use exec form {{example}}',
    },
  },
  *check({ file, model }) {
    const final = finalImage(model);
    if (!final || final.facts.hasShell !== false) return;
    const { cmd, entrypoint, healthcheck } = effectiveRuntime(final.stage);
    for (const ins of [entrypoint, cmd, healthcheck]) {
      if (!ins) continue;
      const args = commandSpan(file, ins);
      if (!args || execForm(file, args)) continue;
      const words = plainWords(file, args);
      const example = words ? execFormText(words) : '["/app"]';
      const fix: Fix | undefined = words && { title: 'Use exec form', applicability: 'safe', edits: [replaceSpan(args, example)] };
      yield { messageId: 'shellForm', ...args, data: { keyword: ins.getKeyword(), image: final.image, example }, fix };
    }
  },
});

/** `["a", "b"]`, the spacing people write. */
export function execFormText(words: readonly string[]): string {
  return '[' + words.map((w) => JSON.stringify(w)).join(', ') + ']';
}

/** The command part of CMD/ENTRYPOINT, or of HEALTHCHECK after its options and `CMD`. */
function commandSpan(file: SourceFile, ins: Instruction): Span | undefined {
  if (ins instanceof Healthcheck) {
    const args = ins.getArguments();
    const sub = args.findIndex((a) => a.getValue().toUpperCase() === 'CMD');
    if (sub === -1 || sub + 1 >= args.length) return undefined;
    return { start: spanOf(file, args[sub + 1].getRange()).start, end: spanOf(file, ins.getRange()).end };
  }
  const range = ins.getArgumentsRange();
  return range ? spanOf(file, range) : undefined;
}

/** The words of a shell-form command that means the same in exec form, or undefined. */
function plainWords(file: SourceFile, span: Span): string[] | undefined {
  const cmds = splitCommands(file.text, span.start, span.end, { escapeChar: file.escapeChar, dockerfileContinuations: true });
  if (cmds.length !== 1) return undefined;
  const [c] = cmds;
  if (c.assignments.length > 0 || c.redirects.length > 0 || c.separator !== null || c.words.length === 0) return undefined;
  if (c.words.some((w) => w.hasExpansion || w.text.includes('*') || w.text.includes('?') || w.text.startsWith('~'))) return undefined;
  const raw = file.text.slice(span.start, span.end);
  if (raw.includes('\n')) return undefined;
  return c.words.map((w) => w.text);
}
