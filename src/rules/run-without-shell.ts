import { rootFacts } from '../model/build';
import { defineRule } from './types';
import { rootImageText } from './util';

export default defineRule<'noShell'>({
  meta: {
    code: 'GD007',
    name: 'run-without-shell',
    severity: 'error',
    tags: ['correctness'],
    docs: {
      summary: 'A shell-form RUN in a stage whose base image has no shell.',
      why:
        'A shell-form RUN executes `/bin/sh -c`. On `scratch`, distroless (except `:debug`) or Chainguard static there is no /bin/sh, so the build stops with `runc run failed: unable to start container process: exec: "/bin/sh": stat /bin/sh: no such file or directory`. Prepare files in the builder stage and COPY them in; to create a user, rely on the distroless `nonroot` user or a numeric USER.',
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nRUN mkdir -p /data\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app . && mkdir -p /out/data\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build --chown=65532:65532 /out/data /data\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety: 'No automatic fix: what the RUN does has to move to a builder stage, which only its author can decide.',
    },
    messages: {
      noShell: 'RUN needs /bin/sh but {{image}} has no shell: the build fails with "exec: \\"/bin/sh\\": no such file or directory"; do this work in the builder stage and COPY the result',
    },
  },
  *check({ model }) {
    for (const stage of model.stages) {
      if (rootFacts(stage)?.hasShell !== false) continue;
      // A shell copied in (busybox) makes RUN work again.
      if (stage.copies.some((c) => c.dest !== undefined && (c.dest.endsWith('/bin/sh') || c.dest.includes('busybox')))) continue;
      for (const run of stage.runs) {
        if (run.form === 'exec') continue;
        const end = run.instruction.getInstructionRange();
        yield { messageId: 'noShell', start: run.span.start, end: run.span.start + (end.end.character - end.start.character), data: { image: rootImageText(stage) } };
      }
    }
  },
});
