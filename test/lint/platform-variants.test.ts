import { lintText } from '../../src/lint';
import { fixText } from '../../src/fix';
import { bindingOf, expand } from '../../src/model/vars';

/** A cross-build whose final stage picks its runtime by TARGETARCH (line 10). */
const cross = (amd64: string, arm64: string, extra = '') =>
  `FROM golang:1.23 AS build\nARG TARGETARCH\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 GOARCH=$TARGETARCH go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM ${amd64} AS runtime-amd64\nFROM ${arm64} AS runtime-arm64\n${extra}\nFROM runtime-\${TARGETARCH}\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n`;

const rows = (text: string) => {
  const r = lintText(text, { ignore: ['GD011', 'GD013'] });
  if (!r.ok) throw new Error(r.error.message);
  return r.findings.map((f) => `${f.line}:${f.column} ${f.code} ${f.message}${f.fix ? ' [fix]' : ''}`);
};

describe('a final stage that picks its runtime by platform', () => {
  it('reports what only one platform gets, saying which, without a fix', () => {
    const text = cross('gcr.io/distroless/static-debian12:nonroot', 'gcr.io/distroless/static-debian12');
    expect(rows(text)).toEqual([
      '10:6 GD004 the final stage has no USER and gcr.io/distroless/static-debian12 runs as root (uid 0); add USER 65532:65532 or use a :nonroot base (when TARGETARCH=arm64)',
    ]);
    const fixed = fixText(text, { unsafe: true, ignore: ['GD011', 'GD013'] });
    expect(fixed.ok && fixed.changed).toBe(false);
  });

  it('reports each platform that needs it', () => {
    expect(rows(cross('alpine:3.20', 'gcr.io/distroless/static-debian12:nonroot'))).toEqual([
      '10:6 GD003 the final image alpine:3.20 ships a shell, a package manager and musl userland tools; copy the binary into a minimal final stage such as gcr.io/distroless/static-debian12:nonroot (when TARGETARCH=amd64)',
      '10:6 GD004 the final stage has no USER and alpine:3.20 runs as root (uid 0); add USER 65532:65532 or use a :nonroot base (when TARGETARCH=amd64)',
    ]);
  });

  it('says nothing more when the platforms agree', () => {
    expect(rows(cross('gcr.io/distroless/static-debian12:nonroot', 'gcr.io/distroless/static-debian12:nonroot-arm64'))).toEqual([]);
    // The same image for both: one model decides, as before, with its fix.
    expect(rows(cross('gcr.io/distroless/static-debian12', 'gcr.io/distroless/static-debian12'))).toEqual([
      '10:6 GD004 the final stage has no USER and gcr.io/distroless/static-debian12 runs as root (uid 0); add USER 65532:65532 or use a :nonroot base [fix]',
    ]);
  });

  it('a USER in the final stage settles it for every platform', () => {
    const text = cross('gcr.io/distroless/static-debian12:nonroot', 'gcr.io/distroless/static-debian12').replace('ENTRYPOINT', 'USER 65532:65532\nENTRYPOINT');
    expect(rows(text)).toEqual([]);
  });

  it('suppressions apply to every platform', () => {
    const text = cross('gcr.io/distroless/static-debian12:nonroot', 'gcr.io/distroless/static-debian12').replace('FROM runtime-', '# golint-docker ignore=GD004\nFROM runtime-');
    expect(rows(text)).toEqual([]);
  });

  it('TARGETOS does not split: a darwin or windows target exports files, it is no image that runs', () => {
    const text = cross('gcr.io/distroless/static-debian12:nonroot', 'scratch').replace(/runtime-(amd64|arm64)/g, (_m, a) => `runtime-${a === 'amd64' ? 'linux' : 'windows'}`).replace('runtime-${TARGETARCH}', 'runtime-${TARGETOS}');
    const r = lintText(text, { ignore: ['GD011', 'GD013'] });
    expect(r.ok && r.model.platformVariants).toBeUndefined();
  });

  it('a FROM that names no platform argument is not split', () => {
    const text = cross('gcr.io/distroless/static-debian12:nonroot', 'gcr.io/distroless/static-debian12').replace('${TARGETARCH}', '${FLAVOUR}').replace('ARG TARGETARCH\n', 'ARG TARGETARCH\n').replace('FROM golang', 'ARG FLAVOUR\nFROM golang');
    const r = lintText(text, { ignore: ['GD011', 'GD013'] });
    expect(r.ok && r.model.platformVariants).toBeUndefined();
  });
});

describe('bindingOf', () => {
  const scope = new Map([['TARGETARCH', { known: false as const }], ['A', { known: false as const }], ['B', { known: false as const }]]);
  const cases: Array<[string, string, { name: string; value: string } | undefined]> = [
    ['runtime-${TARGETARCH}', 'runtime-arm64', { name: 'TARGETARCH', value: 'arm64' }],
    ['${TARGETARCH}-runtime', 'amd64-runtime', { name: 'TARGETARCH', value: 'amd64' }],
    ['base-${TARGETARCH}-slim', 'base-arm-slim', { name: 'TARGETARCH', value: 'arm' }],
    ['runtime-${TARGETARCH}', 'runtime-', undefined],
    ['runtime-${TARGETARCH}', 'other-arm64', undefined],
    ['${A}-${B}', 'x-y', undefined],
    ['runtime', 'runtime', undefined],
  ];
  it.each(cases)('%s reads %s with %j', (text, candidate, expected) => {
    expect(bindingOf(expand(text, scope), candidate)).toEqual(expected);
  });
});
