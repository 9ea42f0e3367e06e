import { Env } from 'dockerfile-ast';
import { lineageInstructions, rootFacts } from '../model/build';
import { basename, isWithin } from '../model/paths';
import type { Model, Stage } from '../model/types';
import type { SourceFile } from '../parse/source';
import { lineEndAt } from '../parse/source';
import { newInstruction } from '../fixers/layout';
import { defineRule, type Fix } from './types';
import { buildsGo, finalImage } from './util';

const CA_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';
const CERT_DIRS = ['/etc/ssl', '/etc/pki', '/usr/share/ca-certificates', '/usr/local/share/ca-certificates'];

export default defineRule<'missing'>({
  meta: {
    code: 'GD012',
    name: 'missing-ca-certificates',
    severity: 'warning',
    fixable: ['safe'],
    tags: ['correctness'],
    docs: {
      summary: 'The final image has no CA certificates (`scratch`, or a Debian/Ubuntu/busybox base that never installs them).',
      why:
        'Go\'s crypto/x509 reads the system trust store (`/etc/ssl/certs/ca-certificates.crt` and friends). `scratch` has none, nor do the plain `debian`, `ubuntu` and `busybox` images, so every outgoing HTTPS call fails at run time with `tls: failed to verify certificate: x509: certificate signed by unknown authority`, long after the image passed its build. Copy the bundle from the builder (the `golang` images have it), install `ca-certificates`, or use distroless, which ships it. A binary that embeds its roots (`golang.org/x/crypto/x509roots/fallback`) does not need it; suppress the rule there.',
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM scratch\nCOPY --from=build /out/app /app\nUSER 65532:65532\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM scratch\nCOPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\nCOPY --from=build /out/app /app\nUSER 65532:65532\nENTRYPOINT ["/app"]\n',
      fixSafety: 'Safe: adds `COPY --from=<builder> /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/` after the final FROM; it only adds a file. Offered on scratch when a builder stage based on an image with CA certificates exists.',
    },
    messages: {
      missing: 'the final image {{image}} has no CA certificates: HTTPS calls fail with "x509: certificate signed by unknown authority"; COPY /etc/ssl/certs/ca-certificates.crt from the builder',
    },
  },
  *check({ file, model }) {
    if (!buildsGo(model)) return;
    const final = finalImage(model);
    if (!final || final.facts.hasCaCerts !== false) return;
    if (providesCerts(model)) return;
    yield { messageId: 'missing', ...final.stage.imageSpan, data: { image: final.image }, fix: copyBundleFix(file, model, final.stage) };
  },
});

function providesCerts(model: Model): boolean {
  for (const stage of model.finalLineage) {
    for (const copy of stage.copies) {
      if (copy.dest === undefined) return true;
      if (CERT_DIRS.some((d) => isWithin(copy.dest as string, d) || isWithin(d, copy.dest as string) && copy.dest !== '/')) return true;
      if (copy.sources.some((s) => !s.known || /\.(crt|pem)$/.test(basename(s.text)) || CERT_DIRS.some((d) => isWithin(s.text, d)))) return true;
    }
    for (const run of stage.runs) {
      if (run.commands.some((c) => c.words.some((w) => w.text === 'ca-certificates' || w.text === 'update-ca-certificates'))) return true;
    }
  }
  return lineageInstructions(model.final as Stage).some((i) => i instanceof Env && i.getProperties().some((p) => p.getName() === 'SSL_CERT_FILE' || p.getName() === 'SSL_CERT_DIR'));
}

function copyBundleFix(file: SourceFile, model: Model, final: Stage): Fix | undefined {
  if (final.base.kind !== 'scratch') return undefined;
  const builder = [...model.goBuilds].reverse().find((b) => b.shipped && b.stage !== final)?.stage;
  if (!builder || rootFacts(builder)?.hasCaCerts !== true) return undefined;
  const ref = builder.name ?? String(builder.index);
  const at = lineEndAt(file, final.fromSpan.end);
  return {
    title: 'Copy the CA bundle from the builder',
    applicability: 'safe',
    edits: [{ start: at, end: at, text: file.eol + newInstruction(file, final, `COPY --from=${ref} ${CA_BUNDLE} /etc/ssl/certs/`).slice(0, -file.eol.length) }],
  };
}
