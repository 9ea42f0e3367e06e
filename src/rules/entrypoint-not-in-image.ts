import { Add } from 'dockerfile-ast';
import { execForm } from '../model/exec-form';
import { basename, hasGlob, isWithin, resolvePath } from '../model/paths';
import type { Model } from '../model/types';
import { spanOf } from '../parse/source';
import { defineRule } from './types';
import { effectiveRuntime, finalImage } from './util';

/** PATH of distroless and scratch-based images (runc's default when the image sets none). */
const DEFAULT_PATH = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

export default defineRule<'notCopied' | 'noCommand'>({
  meta: {
    code: 'GD009',
    name: 'entrypoint-not-in-image',
    severity: 'error',
    tags: ['correctness', 'startup'],
    docs: {
      summary: 'The final ENTRYPOINT/CMD program is not put in place by any COPY or ADD on an empty base image.',
      why:
        '`scratch`, distroless and Chainguard static images contain no programs of their own. If the path in ENTRYPOINT or CMD is not where a COPY or ADD put the binary (a typo, a different `-o`, a relative path against another WORKDIR), the image builds fine and every start fails with `exec /app: no such file or directory`. Relative paths are resolved against WORKDIR, bare names against PATH, as the runtime does. An image without any ENTRYPOINT or CMD fails with `no command specified`.',
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/server .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/server /server\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/server .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/server /server\nENTRYPOINT ["/server"]\n',
      fixSafety: 'No automatic fix: whether the path or the COPY is wrong is the author\'s call.',
    },
    messages: {
      notCopied: '{{keyword}} runs {{path}}, but no COPY or ADD puts a file there in {{image}}: the container fails with "exec {{path}}: no such file or directory"',
      noCommand: 'the final image {{image}} has no ENTRYPOINT or CMD: `docker run` fails with "no command specified"',
    },
  },
  *check({ file, model }) {
    const final = finalImage(model);
    if (!final || !final.facts.minimal || final.facts.hasShell !== false) return;
    const { cmd, entrypoint } = effectiveRuntime(final.stage);
    const ins = entrypoint ?? cmd;
    if (!ins) {
      yield { messageId: 'noCommand', ...final.stage.imageSpan, data: { image: final.image } };
      return;
    }
    const range = ins.getArgumentsRange();
    if (!range) return;
    const args = spanOf(file, range);
    const exec = execForm(file, args);
    if (!exec || exec.length === 0) return; // Shell form is GD006's finding.
    const program = exec[0];
    if (program.includes('$') || program === '') return;
    const workdir = final.stage.workdir;
    let candidates: string[];
    if (program.includes('/')) {
      if (!program.startsWith('/') && workdir === undefined) return;
      candidates = [resolvePath(workdir ?? '/', program)];
    } else candidates = DEFAULT_PATH.map((d) => `${d}/${program}`);
    const placed = candidates.map((p) => placedBy(model, p));
    if (placed.some((p) => p !== 'no')) return;
    yield { messageId: 'notCopied', ...args, data: { keyword: ins.getKeyword(), path: candidates.length === 1 ? candidates[0] : program, image: final.image } };
  },
});

/** Does some COPY/ADD of these stages put a file at `path`? "unknown" where a copy cannot be read. */
function placedBy(model: Model, path: string): 'yes' | 'no' | 'unknown' {
  let result: 'yes' | 'no' | 'unknown' = 'no';
  for (const stage of model.finalLineage) {
    for (const copy of stage.copies) {
      if (copy.dest === undefined || copy.instruction instanceof Add) {
        result = 'unknown';
        continue;
      }
      const dest = copy.dest;
      const destIsDir = dest.endsWith('/') || copy.sources.length > 1;
      for (const src of copy.sources) {
        if (copy.heredoc || !src.known || hasGlob(src.text)) {
          if (isWithin(path, dest)) return 'yes';
          continue;
        }
        const from = resolvePath('/', src.text);
        // A go build output is a file; any other source may be a folder whose contents land under dest.
        const isFile = copy.fromStage !== undefined && model.goBuilds.some((b) => b.stage === copy.fromStage && b.output === from);
        const targets = destIsDir ? [resolvePath(dest, basename(from))] : [resolvePath(dest, '.'), resolvePath(dest, basename(from))];
        if (targets.includes(path)) return 'yes';
        if (!isFile && targets.some((t) => isWithin(path, t))) return 'yes';
        if (!isFile && !destIsDir && isWithin(path, dest)) return 'yes';
      }
    }
  }
  return result;
}
