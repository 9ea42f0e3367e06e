import { fixText } from '../../src/fix';
import { lintText } from '../../src/lint';
import { memoryWorkspace } from '../../src/model/workspace';

/**
 * GD003 (rewrite of the final stage) and GD004 (non-root user, and the folders it must own) both
 * change the final stage. Each fix holds the whole stage, so that the fix loop never applies both
 * in one pass, each computed on the stage as the other found it; whichever goes first, the other
 * finds what it left and builds on it.
 */
const workspace = memoryWorkspace({ 'go.mod': 'module example.com/app\n\ngo 1.23\n', 'go.sum': '', 'main.go': '', 'templates/index.html': '' });

function fixAll(text: string): string {
  const r = fixText(text, { unsafe: true, workspace });
  if (!r.ok) throw new Error(r.error.message);
  const after = lintText(r.output, { workspace });
  if (!after.ok) throw new Error(after.error.message);
  expect(after.findings.filter((f) => f.severity === 'error').map((f) => `${f.code} ${f.message}`)).toEqual([]);
  return r.output;
}

describe('GD003 and GD004 on one final stage', () => {
  it('the single-stage split goes first: no chown RUN is left behind in the builder', () => {
    const out = fixAll('FROM golang:1.23\nWORKDIR /app\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /app/server .\nCMD ["./server"]\n');
    expect(out).toContain('\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /app/server .\nRUN mkdir -p /tmp/empty\n\n');
    expect(out).toContain(
      '\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build --chown=65532:65532 /tmp/empty /app\nCOPY --from=build --chown=65532:65532 /app/templates /app/templates\n' +
        'WORKDIR /app\nCOPY --from=build /app/server /app/server\nUSER 65532:65532\nCMD ["/app/server"]\n',
    );
    expect(out).not.toMatch(/chown 65532|ENV HOME/);
  });

  it('when GD001 holds the builder first, GD004 goes, and the switch then turns its RUN into COPY lines', () => {
    const out = fixAll('FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM alpine:3.20\nWORKDIR /srv\nRUN mkdir -p /srv/data\nCOPY --from=build /out/app ./app\nENTRYPOINT ["./app"]\n');
    expect(out).not.toMatch(/\nRUN .*chown/);
    expect(out).toContain('\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build --chown=65532:65532 /tmp/empty /srv\nCOPY --from=build --chown=65532:65532 /tmp/empty /srv/data\n');
    expect(out).toContain('USER 65532:65532\nENTRYPOINT ["./app"]\n');
  });
});
