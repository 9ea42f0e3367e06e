import fc from 'fast-check';
import { fixText } from '../../src/fix';
import { lintText } from '../../src/lint';
import { memoryWorkspace, type Workspace } from '../../src/model/workspace';
import * as fs from 'fs';
import * as path from 'path';

/**
 * Properties every fix must keep, over generated Go Dockerfiles and the bundled examples:
 * the output parses, fixing again changes nothing, what was fixed is gone, no new error appears,
 * every comment line survives, and line endings stay what they were.
 */

const builder = fc.constantFrom('golang:1.23', 'golang:1.22-alpine', 'golang', 'golang:1.23-bookworm');
const finalImage = fc.constantFrom('scratch', 'gcr.io/distroless/static-debian12', 'gcr.io/distroless/static-debian12:nonroot', 'gcr.io/distroless/static-debian12:debug', 'alpine:3.20', 'debian:12-slim', 'gcr.io/distroless/base-debian12');
const envPrefix = fc.constantFrom('', 'CGO_ENABLED=0 ', 'cgo_enabled=0 ', 'GOOS=linux GOARCH=amd64 ', 'CGO_ENABLED=1 ', 'env CGO_ENABLED=0 ');
const flags = fc.subarray(['-trimpath', '-a', '-installsuffix cgo', '-ldflags="-s -w"', '-ldflags "-X main.v=1"', "-ldflags '-extldflags \"-static\"'", '-v'], { minLength: 0 });
const comment = fc.constantFrom('', '# build the service\n', '# golint-docker ignore=GD010\n');
const user = fc.constantFrom('', 'USER 65532:65532\n', 'USER app\n', 'USER root\n', 'USER nonroot\n');
const cmd = fc.constantFrom('ENTRYPOINT ["/app"]\n', 'CMD /app --port 8080\n', 'CMD ["/app"]\n', 'ENTRYPOINT ["/app"]\nCMD ["--verbose"]\n', '');
const continuation = fc.boolean();
const lower = fc.boolean();
const crlf = fc.boolean();
const singleStage = fc.boolean();
const modules = fc.constantFrom('', 'COPY go.mod go.sum ./\nRUN go mod download\n');

const dockerfile = fc
  .record({ builder, finalImage, envPrefix, flags, comment, user, cmd, continuation, lower, crlf, singleStage, modules })
  .map((p) => {
    const flagText = p.flags.join(p.continuation ? ' \\\n    # flags\n    ' : ' ');
    const build = `${p.comment}RUN ${p.envPrefix}go build ${flagText}${flagText ? ' ' : ''}-o /app .\n`;
    let text = `FROM ${p.builder}${p.singleStage ? '' : ' AS build'}\nWORKDIR /src\n${p.modules}COPY . .\n${build}`;
    if (p.singleStage) text += `EXPOSE 8080\n${p.user}${p.cmd}`;
    else text += `\nFROM ${p.finalImage}\nCOPY --from=build /app /app\n${p.user}${p.cmd}`;
    if (p.lower) text = text.replace(/^(FROM|RUN|COPY|USER|CMD|ENTRYPOINT|WORKDIR|EXPOSE)\b/gm, (k) => k.toLowerCase()).replace(/ AS build/, ' as build');
    return p.crlf ? text.replace(/\n/g, '\r\n') : text;
  });

const goMod = { module: 'example.com/app', goVersion: '1.23', requires: 2, hasGoSum: true };

function commentLines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.startsWith('#'));
}

/** A build context with runtime files beside the sources: the single-stage split carries them over. */
const context = memoryWorkspace({ 'go.mod': 'module example.com/app\n\ngo 1.23\n', 'go.sum': '', 'main.go': '', 'templates/index.html': '', 'static/app.css': '', 'config.yaml': '' });

function checkInvariants(input: string, unsafe: boolean, workspace?: Workspace): void {
  const before = lintText(input, { goMod, workspace });
  if (!before.ok) return;
  const fixed = fixText(input, { goMod, unsafe, workspace });
  if (!fixed.ok) throw new Error(`fix failed on a lintable file: ${fixed.error.message}`);
  expect(fixed.rejected).toEqual([]);
  const after = lintText(fixed.output, { goMod, workspace });
  if (!after.ok) throw new Error(`fixed output does not parse: ${after.error.message}\n${fixed.output}`);

  const again = fixText(fixed.output, { goMod, unsafe, workspace });
  expect(again.ok && again.output).toBe(fixed.output);

  const stillFixable = after.findings.filter((f) => f.fix && (unsafe || f.fix.applicability === 'safe'));
  expect(stillFixable.map((f) => `${f.code} ${f.message}`)).toEqual([]);
  // A rule that was fixed has fewer findings (or as few: one fix can surface another, fixed in turn).
  const count = (fs: readonly { code: string }[], code: string) => fs.filter((f) => f.code === code).length;
  for (const code of new Set(fixed.applied.map((a) => a.code))) {
    expect([code, count(after.findings, code) <= count(before.findings, code)]).toEqual([code, true]);
  }

  const errorsBefore = new Set(before.findings.filter((f) => f.severity === 'error').map((f) => f.code));
  const newErrors = after.findings.filter((f) => f.severity === 'error' && !errorsBefore.has(f.code)).map((f) => `${f.code} ${f.message}`);
  expect(newErrors).toEqual([]);

  const outComments = new Set(commentLines(fixed.output));
  expect(commentLines(input).filter((c) => !outComments.has(c))).toEqual([]);

  const crlfIn = input.includes('\r\n');
  const lfOnlyIn = input.replace(/\r\n/g, '').includes('\n');
  if (crlfIn && !lfOnlyIn) expect(fixed.output.replace(/\r\n/g, '').includes('\n')).toBe(false);
  if (!crlfIn) expect(fixed.output.includes('\r')).toBe(false);
}

describe('fix invariants', () => {
  it('hold for generated Dockerfiles (safe fixes)', () => {
    fc.assert(fc.property(dockerfile, (text) => checkInvariants(text, false)), { numRuns: 300, seed: 42 });
  });

  it('hold for generated Dockerfiles (unsafe fixes too)', () => {
    fc.assert(fc.property(dockerfile, (text) => checkInvariants(text, true)), { numRuns: 300, seed: 7 });
  });

  it('hold for generated Dockerfiles with a visible build context (unsafe fixes too)', () => {
    fc.assert(fc.property(dockerfile, (text) => checkInvariants(text, true, context)), { numRuns: 300, seed: 11 });
  });

  const examplesDir = path.resolve(__dirname, '../../examples');
  const examples = fs.readdirSync(examplesDir).filter((d) => fs.existsSync(path.join(examplesDir, d, 'Dockerfile')));
  it.each(examples)('hold for examples/%s', (name) => {
    const text = fs.readFileSync(path.join(examplesDir, name, 'Dockerfile'), 'utf8');
    checkInvariants(text, false);
    checkInvariants(text, true);
    checkInvariants(text.replace(/\n/g, '\r\n'), true);
  });
});
