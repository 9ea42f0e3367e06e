import { placedIn } from '../model/lineage';
import { execForm } from '../model/exec-form';
import type { ImageFacts } from '../model/catalogue';
import { resolvePath } from '../model/paths';
import { spanOf } from '../parse/source';
import { defineRule, type Report } from './types';
import { DEFAULT_PATH, effectiveRuntime, finalImage } from './util';

type MessageId = 'notCopied' | 'noCommand';

export default defineRule<MessageId>({
  meta: {
    code: 'GD009',
    name: 'entrypoint-not-in-image',
    severity: 'error',
    tags: ['correctness', 'startup'],
    docs: {
      summary: 'The final ENTRYPOINT/CMD program is not put in place by any COPY or ADD on an empty base image.',
      why:
        '`scratch`, distroless and Chainguard static images contain no programs of their own. If the path in ENTRYPOINT or CMD is not where a COPY or ADD put the binary (a typo, a different `-o`, a relative path against another WORKDIR), the image builds fine and every start fails with `exec /app: no such file or directory`. Relative paths are resolved against WORKDIR, bare names against PATH, as the runtime does. An image without any ENTRYPOINT or CMD fails with `no command specified` unless whoever runs it gives the command (a warning: images of several programs are often run that way). A scratch final stage that only gathers files, at its root or under a name such as `binaries`, `bin`, `artifacts`, `release` or `dist`, or that picks its files by target OS among stages for other systems (`FROM bin-${TARGETOS}` over `bin-darwin` and `bin-windows`), is taken for an export stage (`docker build --output`) and not judged as an image, by this rule or the other final-image rules; its whole FROM chain is looked at. Images with a shell are not judged, nor are copies of whole folders, whose contents cannot be seen.',
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/server .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/server /server\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/server .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/server /server\nENTRYPOINT ["/server"]\n',
      fixSafety: 'No automatic fix: whether the path or the COPY is wrong is the author\'s call.',
    },
    messages: {
      notCopied: '{{keyword}} runs {{path}}, but no COPY or ADD puts {{where}} in {{image}}: the container fails with "{{error}}"',
      noCommand: 'the final image {{image}} has no ENTRYPOINT or CMD: `docker run` fails with "no command specified" unless a command is given (as a Kubernetes `command:` does); add ENTRYPOINT ["/path/to/binary"]',
    },
  },
  check({ file, model }): Report<MessageId>[] {
    const reports: Report<MessageId>[] = [];
    const final = finalImage(model);
    if (!final || !final.facts.minimal || final.facts.hasShell !== false) return reports;
    const { cmd, entrypoint } = effectiveRuntime(final.stage);
    const ins = entrypoint ?? cmd;
    if (!ins) {
      if (hasNoDefaultCommand(final.facts)) reports.push({ messageId: 'noCommand', severity: 'warning', ...final.stage.imageSpan, data: { image: final.image } });
      return reports;
    }
    const range = ins.getArgumentsRange();
    if (!range) return reports;
    const args = spanOf(file, range);
    const exec = execForm(file, args);
    if (!exec || exec.length === 0) return reports; // Shell form is GD006's finding.
    const program = exec[0];
    if (program.includes('$') || program === '') return reports;
    let candidates: string[];
    if (program.includes('/')) {
      const workdir = final.stage.workdir;
      if (!program.startsWith('/') && workdir === undefined) return reports;
      candidates = [resolvePath(workdir ?? '/', program)];
    } else {
      const path = searchPath(final.stage.env.get('PATH'));
      if (!path) return reports;
      candidates = path.map((d) => resolvePath(d, program));
    }
    if (candidates.some((p) => placedIn(model, model.finalLineage, p) !== 'no')) return reports;
    const bare = !program.includes('/');
    reports.push({
      messageId: 'notCopied',
      ...args,
      data: {
        keyword: ins.getKeyword(),
        path: bare ? program : candidates[0],
        where: bare ? 'it in a folder of PATH' : 'a file there',
        image: final.image,
        error: bare ? `exec: "${program}": executable file not found in $PATH` : `exec ${candidates[0]}: no such file or directory`,
      },
    });
    return reports;
  },
});

/** The folders a bare program name is looked up in; undefined when a variable hides PATH. */
function searchPath(value: { known: true; value: string } | { known: false } | undefined): readonly string[] | undefined {
  if (value === undefined) return DEFAULT_PATH;
  if (!value.known) return undefined;
  const dirs = value.value.split(':').filter((d) => d.startsWith('/'));
  return dirs.length > 0 ? dirs : undefined;
}

/**
 * Images that start nothing by themselves: scratch, and the distroless and Chainguard images for
 * static and dynamic binaries. Distroless language images (java, python3, nodejs) have an ENTRYPOINT.
 */
function hasNoDefaultCommand(facts: ImageFacts): boolean {
  if (facts.family === 'scratch') return true;
  if (facts.family === 'distroless') return ['static', 'base', 'base-nossl', 'cc'].includes(facts.variant ?? '');
  if (facts.family === 'chainguard') return facts.variant === 'static' || facts.variant === 'glibc-dynamic';
  return false;
}
