import { pickMirror, throughMirror, type ImageMirror } from '../model/registries';
import { parseImageRef, type ImageRef } from '../model/image-ref';
import type { Span } from '../parse/source';
import type { Stage } from '../model/types';
import { defineRule, type Fix, type Report } from './types';
import type { OptionsSpec } from './options';

type MessageId = 'untrusted';

const OPTIONS = {
  trustedRegistries: {
    type: 'list',
    format: 'registry-pattern',
    description: 'The only registries images may come from (untrusted-registry, GD018): hosts (gcr.io; docker.io is Docker Hub), host patterns (*.gcr.io) or hosts with a path (registry.corp.example/gcr)',
    flag: { name: 'trusted-registry', description: 'Registries images may come from (GD018 untrusted-registry; repeat or separate with commas): gcr.io, *.gcr.io, registry.corp.example/gcr; replaces trustedRegistries of the config file' },
  },
} as const satisfies OptionsSpec;

export default defineRule<MessageId, typeof OPTIONS>({
  meta: {
    code: 'GD018',
    name: 'untrusted-registry',
    severity: 'error',
    fixable: ['safe'],
    options: OPTIONS,
    securitySeverity: 5.0,
    tags: ['security', 'supply-chain'],
    docs: {
      summary: 'An image comes from a registry that `trustedRegistries` does not list (only when it is configured).',
      why:
        'Teams that pull base images only from registries they control (a mirror that scans images, a pull-through cache, an allow-list in admission control) want every `FROM`, `COPY --from=<image>` and `RUN --mount=from=<image>` to name one of them: an image pulled from Docker Hub directly bypasses the scanning, hits Docker Hub\'s pull limits in CI, and is rejected at deploy time by a policy the build never checked. The rule runs only when `trustedRegistries` is set; Docker Hub is `docker.io`, also for images written without a registry (`golang:1.23`). An entry is a host (`gcr.io`), a host pattern (`*.gcr.io`) or a host with a path (`registry.corp.example/gcr`). Like hadolint\'s DL3026, with the same configuration key.',
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: 'FROM corp.jfrog.io/docker-remote/golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      config: {
        yaml: 'trustedRegistries: [gcr.io, corp.jfrog.io/docker-remote]\nmirrors:\n  corp.jfrog.io/docker-remote: docker.io',
        options: { trustedRegistries: ['gcr.io', 'corp.jfrog.io/docker-remote'] },
      },
      fixSafety:
        'Safe, when `mirrors` in the configuration names a trusted mirror of the image\'s registry: the image is then written as pulled through it (`golang:1.23` becomes `corp.jfrog.io/docker-remote/golang:1.23`), the same image by the mirror\'s contract; the tag, digest and any variables are kept. Without such a mirror there is no fix: which registry to use is the team\'s decision.',
    },
    messages: {
      untrusted: '{{image}} comes from {{registry}}, which trustedRegistries does not list ({{trusted}}){{hint}}',
    },
  },
  check({ file, model, options }): Report<MessageId>[] {
    const trusted = options.trustedRegistries;
    const reports: Report<MessageId>[] = [];
    if (trusted === undefined) return reports;
    const check = (ref: ImageRef, span: Span, image: string) => {
      if (isTrusted(ref, trusted)) return;
      const fix = mirrorFix(file.text.slice(span.start, span.end), span, ref, model.mirrors, trusted);
      const hint = fix ? `; pull it through ${fix.mirror}` : '';
      reports.push({
        messageId: 'untrusted',
        ...span,
        data: { image, registry: ref.registry ?? 'docker.io', trusted: trusted.join(', ') || 'none', hint },
        fix: fix?.fix,
      });
    };
    for (const stage of model.stages) {
      if (stage.base.kind === 'image') check(stage.base.ref, stage.imageSpan, stage.imageText);
      for (const copy of stage.copies) {
        if (copy.fromImage === undefined || !copy.fromImageKnown || !copy.fromImageSpan) continue;
        const ref = parseImageRef(copy.fromImage);
        if (ref) check(ref, copy.fromImageSpan, copy.fromImage);
      }
      // `RUN --mount=type=bind,from=golang:1.23,...`: an image, unless it names an earlier stage.
      for (const run of stage.runs) {
        for (const m of run.mounts) {
          if (m.from === undefined || !m.fromSpan || m.from.includes('$') || namesStage(model.stages, stage, m.from)) continue;
          const ref = parseImageRef(m.from);
          if (ref) check(ref, m.fromSpan, m.from);
        }
      }
    }
    return reports;
  },
});

/** Does a `from=` name a stage before this one (by name or index)? */
function namesStage(stages: readonly Stage[], stage: Stage, from: string): boolean {
  const key = from.toLowerCase();
  return stages.some((s) => s.index < stage.index && (s.name === key || String(s.index) === key));
}

/** Is the image's registry (Docker Hub: docker.io) one of `trusted`: a host, a `*.` host pattern, or a host/path prefix? */
export function isTrusted(ref: ImageRef, trusted: readonly string[]): boolean {
  const registry = ref.registry ?? 'docker.io';
  const name = canonicalName(ref);
  for (const entry of trusted) {
    const t = entry.toLowerCase();
    if (t.includes('/') ? name === t || name.startsWith(t + '/') : hostMatches(registry, t)) return true;
  }
  return false;
}

/** `*` stands for any run of characters within the host name (`*.gcr.io` matches eu.gcr.io). */
function hostMatches(host: string, pattern: string): boolean {
  if (!pattern.includes('*')) return host === pattern || (pattern === 'docker.io' && host === 'index.docker.io');
  const parts = pattern.split('*');
  if (!host.startsWith(parts[0])) return false;
  let at = parts[0].length;
  for (let i = 1; i < parts.length - 1; i++) {
    const k = host.indexOf(parts[i], at);
    if (k === -1) return false;
    at = k + parts[i].length;
  }
  const last = parts[parts.length - 1];
  return host.length - last.length >= at && host.endsWith(last) && !host.slice(at, host.length - last.length).includes('/');
}

/**
 * The image written as pulled through a trusted mirror of its registry, keeping what follows the
 * name (tag, digest, variables) as written. None when the name itself is not written literally.
 */
function mirrorFix(
  written: string,
  span: Span,
  ref: ImageRef,
  mirrors: readonly ImageMirror[],
  trusted: readonly string[],
): { fix: Fix; mirror: string } | undefined {
  const end = nameEnd(written);
  if (mirrors.length === 0 || written.slice(0, end).includes('$')) return undefined;
  const canonical = canonicalName(ref);
  const mirror = pickMirror(canonical, mirrors, 'upstream');
  if (!mirror) return undefined;
  const pulled = throughMirror(canonical, [mirror]);
  const pulledRef = parseImageRef(pulled);
  if (!pulledRef || !isTrusted(pulledRef, trusted)) return undefined;
  return {
    mirror: mirror.mirror,
    fix: { title: 'Pull the image through the trusted mirror', applicability: 'safe', edits: [{ start: span.start, end: span.start + end, text: pulled }] },
  };
}

/** registry/repository with Docker Hub spelled out: golang -> docker.io/library/golang. */
function canonicalName(ref: ImageRef): string {
  if (ref.registry !== undefined) return `${ref.registry}/${ref.repository}`;
  return `docker.io/${ref.repository.includes('/') ? ref.repository : `library/${ref.repository}`}`;
}

/** Where the name ends in a written reference: at its tag's ':' or its digest's '@'. */
function nameEnd(written: string): number {
  const at = written.indexOf('@');
  const head = at === -1 ? written : written.slice(0, at);
  const colon = head.indexOf(':', Math.max(0, head.lastIndexOf('/')));
  return colon !== -1 ? colon : head.length;
}
