// A deterministic corpus of varied Go Dockerfiles (20-80 lines): multi-stage builds, ARGs,
// heredocs, --mount, continuations, comments. The same seed gives the same files everywhere.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BUILDERS = ['golang:1.23', 'golang:1.22-alpine', 'golang:${GO_VERSION}', 'golang:1.21-bookworm', 'golang'];
const FINALS = ['scratch', 'gcr.io/distroless/static-debian12:nonroot', 'gcr.io/distroless/static-debian12', 'alpine:3.20', 'debian:12-slim', 'gcr.io/distroless/base-debian12:debug', 'cgr.dev/chainguard/static:latest'];
const FLAGS = ['-trimpath', '-ldflags="-s -w"', '-ldflags "-s -w -X main.version=${VERSION}"', '-a', '-installsuffix cgo', '-tags netgo', '-v', "-ldflags='-extldflags \"-static\"'"];

export function generate(n, seed = 1) {
  const r = rng(seed);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const files = [];
  for (let i = 0; i < n; i++) {
    const lines = ['# syntax=docker/dockerfile:1', `# service ${i}: generated for the benchmark`, 'ARG GO_VERSION=1.23', 'ARG VERSION=dev'];
    const stages = 1 + Math.floor(r() * 3);
    for (let s = 0; s < stages; s++) {
      const last = s === stages - 1 && stages > 1;
      if (!last) {
        lines.push('', `FROM --platform=$BUILDPLATFORM ${pick(BUILDERS)} AS build${s}`, 'WORKDIR /src', 'ENV GOFLAGS=-mod=readonly GOPROXY=https://proxy.golang.org');
        if (r() < 0.5) lines.push('COPY go.mod go.sum ./', 'RUN --mount=type=cache,target=/go/pkg/mod go mod download');
        lines.push('COPY . .', 'ARG TARGETOS TARGETARCH');
        const flags = FLAGS.filter(() => r() < 0.35);
        const env = pick(['CGO_ENABLED=0 ', '', 'cgo_enabled=0 ', 'GOOS=$TARGETOS GOARCH=$TARGETARCH CGO_ENABLED=0 ']);
        if (r() < 0.2) {
          lines.push('RUN <<EOF', 'set -eux', `${env}go build ${flags.join(' ')} -o /out/app${s} ./cmd/app${s}`, 'go vet ./...', 'EOF');
        } else {
          lines.push('RUN --mount=type=cache,target=/root/.cache/go-build \\', '    # compile', `    ${env}go build ${flags.join(' \\\n      ')} \\`, `      -o /out/app${s} ./cmd/app${s} && \\`, '    echo built');
        }
        for (let k = 0; k < Math.floor(r() * 12); k++) lines.push(`# note ${k}: ${'x'.repeat(Math.floor(r() * 60))}`);
      } else {
        lines.push('', `FROM ${pick(FINALS)} AS final`, 'LABEL org.opencontainers.image.version=$VERSION');
        for (let b = 0; b < stages - 1; b++) lines.push(`COPY --from=build${b} /out/app${b} /usr/local/bin/app${b}`);
        if (r() < 0.3) lines.push('COPY --from=build0 /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/');
        lines.push(pick(['USER 65532:65532', 'USER app', '', 'USER root']), 'EXPOSE 8080', pick(['ENTRYPOINT ["/usr/local/bin/app0"]', 'CMD /usr/local/bin/app0 --port 8080', 'ENTRYPOINT ["app0"]']));
      }
    }
    if (stages === 1) lines.push('', 'FROM golang:1.23', 'WORKDIR /src', 'COPY . .', 'RUN go build -o /usr/local/bin/app .', 'CMD ["app"]');
    while (lines.length < 20) lines.push(`# padding ${lines.length}`);
    files.push(lines.slice(0, 80).join('\n') + '\n');
  }
  return files;
}

/** Write n files into dir as svc-<i>/Dockerfile. */
export function writeCorpus(dir, n, seed = 1) {
  generate(n, seed).forEach((text, i) => {
    mkdirSync(join(dir, `svc-${i}`), { recursive: true });
    writeFileSync(join(dir, `svc-${i}`, 'Dockerfile'), text);
  });
}
