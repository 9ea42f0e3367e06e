import { rootFacts } from '../model/lineage';
import { defineRule, type Report } from './types';
import { checkShell, rootImageText } from './util';

type MessageId = 'noShell';

export default defineRule<MessageId>({
  meta: {
    code: 'GD007',
    name: 'run-without-shell',
    severity: 'error',
    tags: ['correctness'],
    docs: {
      summary: 'A shell-form RUN in a stage whose base image has no shell.',
      why:
        'A shell-form RUN (and a heredoc RUN) executes `/bin/sh -c`. On `scratch`, distroless or Chainguard static there is no /bin/sh (distroless `:debug` has busybox, but only at /busybox/sh), so the build stops with `runc run failed: unable to start container process: exec: "/bin/sh": stat /bin/sh: no such file or directory`. Prepare files in the builder stage and COPY them in; to create a user, rely on the distroless `nonroot` user or a numeric USER. Every stage is judged: a stage that fails to build fails the build.',
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nRUN mkdir -p /data\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app . && mkdir -p /out/data\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build --chown=65532:65532 /out/data /data\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety: 'No automatic fix: what the RUN does has to move to a builder stage, which only its author can decide.',
    },
    messages: {
      noShell: '{{form}} runs {{shell}} -c but {{image}} has {{missing}}: the build fails with "exec: \\"{{shell}}\\": no such file or directory"; {{advice}}',
    },
  },
  check({ file, model }): Report<MessageId>[] {
    const reports: Report<MessageId>[] = [];
    for (const stage of model.stages) {
      const facts = rootFacts(stage);
      if (!facts || facts.binSh === true) continue;
      for (const run of stage.runs) {
        if (run.form === 'exec') continue;
        const shell = checkShell(file, model, stage, run.span.start);
        if (shell.available !== false) continue;
        const keyword = run.instruction.getInstructionRange();
        const advice =
          facts.family === 'distroless' && facts.debug
            ? 'add SHELL ["/busybox/sh", "-c"] before it, or do this work in the builder stage and COPY the result'
            : 'do this work in the builder stage and COPY the result';
        reports.push({
          messageId: 'noShell',
          start: run.span.start,
          end: run.span.start + (keyword.end.character - keyword.start.character),
          data: { form: run.form === 'heredoc' ? 'RUN with a heredoc' : 'RUN', shell: shell.shell, image: rootImageText(stage), missing: shell.missing, advice },
        });
      }
    }
    return reports;
  },
});
