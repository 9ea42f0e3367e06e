import type { Instruction } from '../parse/ast';
import { execForm } from '../model/exec-form';
import { replaceSpan } from '../edits/text';
import { spanOf, type SourceFile } from '../parse/source';
import { execFormText, plainCommandWords } from '../edits/exec-words';
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
      const words = plainCommandWords(file, args, asArguments);
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

