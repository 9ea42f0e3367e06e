import { Env } from '../parse/ast';
import { copyPlaces, lineageInstructions, rootFacts, stageLineage } from '../model/lineage';
import { basename, isWithin, normalize, resolvePath } from '../model/paths';
import type { Model, Stage } from '../model/types';
import type { SourceFile } from '../parse/source';
import { insertAfterFrom } from '../edits/layout';
import { defineRule, type Fix, type Report } from './types';
import { isGoImage, finalImage } from './util';

const CA_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';
/** The files and folders Go's crypto/x509 reads on Linux (root_linux.go), and where distributions keep their sources. */
const CERT_FILES = [
  CA_BUNDLE,
  '/etc/pki/tls/certs/ca-bundle.crt',
  '/etc/ssl/ca-bundle.pem',
  '/etc/pki/tls/cacert.pem',
  '/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem',
  '/etc/ssl/cert.pem',
];
const CERT_DIRS = ['/etc/ssl', '/etc/pki', '/usr/share/ca-certificates', '/usr/local/share/ca-certificates'];

type MessageId = 'missing';

export default defineRule<MessageId>({
  meta: {
    code: 'GD012',
    name: 'missing-ca-certificates',
    severity: 'warning',
    fixable: ['safe'],
    precision: 'high',
    tags: ['correctness'],
    docs: {
      summary: 'The final image has no CA certificates (`scratch`, or a Debian/Ubuntu/busybox base that never installs them).',
      why:
        'Go\'s crypto/x509 reads the system trust store (`/etc/ssl/certs/ca-certificates.crt` and friends). `scratch` has none, nor do the plain `debian`, `ubuntu` and `busybox` images, so every outgoing HTTPS call fails at run time with `tls: failed to verify certificate: x509: certificate signed by unknown authority`, long after the image passed its build. Copy the bundle from the builder (the `golang` images have it), install `ca-certificates`, or use distroless, which ships it. On Debian and Ubuntu, installing `curl`, `wget` or `git` without `--no-install-recommends`, or `python3-pip`, brings the package along and counts. A binary that embeds its roots (`golang.org/x/crypto/x509roots/fallback`) does not need it; suppress the rule there. Judged for Go images: a Dockerfile that builds Go, or one that copies in a binary built before `docker build` (by a GoReleaser build or a Makefile target it matches, or in any repository that is a Go module, as long as the image says what to run and shows no other language).',
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM scratch\nCOPY --from=build /out/app /app\nUSER 65532:65532\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM scratch\nCOPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\nCOPY --from=build /out/app /app\nUSER 65532:65532\nENTRYPOINT ["/app"]\n',
      fixSafety: 'Safe: adds `COPY --from=<builder> /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/` after the final FROM; it only adds a file. Offered on scratch when a builder stage based on an image with CA certificates exists.',
    },
    messages: {
      missing: 'the final image {{image}} has no CA certificates: HTTPS calls fail with "x509: certificate signed by unknown authority"; {{advice}}',
    },
  },
  check({ file, model }): Report<MessageId>[] {
    const reports: Report<MessageId>[] = [];
    if (!isGoImage(file, model)) return reports;
    const final = finalImage(model);
    if (!final || final.facts.hasCaCerts !== false) return reports;
    if (providesCerts(model, final.stage)) return reports;
    const fix = final.facts.family === 'scratch' ? copyBundleFix(file, model, final.stage) : undefined;
    const advice =
      final.facts.family === 'scratch'
        ? `COPY ${CA_BUNDLE} from the builder`
        : final.facts.family === 'debian' || final.facts.family === 'ubuntu'
          ? 'install the ca-certificates package (apt-get install -y ca-certificates)'
          : `install ca-certificates or COPY ${CA_BUNDLE} from the builder`;
    reports.push({ messageId: 'missing', ...final.stage.imageSpan, data: { image: final.image, advice }, fix });
    return reports;
  },
});

/** Does a source name a certificate file or folder (`/etc/ssl/certs/ca-certificates.crt`, `certs/my-ca.pem`, `/etc`)? */
function certSource(text: string): boolean {
  const name = basename(text);
  if (name.endsWith('.crt') || name.endsWith('.pem')) return true;
  const path = resolvePath('/', text);
  return CERT_DIRS.some((d) => isWithin(path, d) || (path !== '/' && isWithin(d, path)));
}

function providesCerts(model: Model, final: Stage): boolean {
  const lineage = stageLineage(final);
  for (const stage of lineage) {
    for (const copy of stage.copies) {
      if (copy.dest === undefined) return true;
      // Something put into a trust store folder, or where Go looks for a bundle.
      if (CERT_DIRS.some((d) => isWithin(normalize(copy.dest as string), d))) return true;
      if (CERT_FILES.some((f) => copyPlaces(model, copy, f) !== 'no')) return true;
      if (copy.sources.some((s) => !s.known || certSource(s.text))) return true;
    }
    for (const run of stage.runs) {
      for (const c of run.commands) {
        for (const { text: w } of c.words) {
          if (w === 'ca-certificates' || w.startsWith('ca-certificates=') || w === 'update-ca-certificates' || w === 'ca-certificates-bundle') return true;
        }
        if (installsWithRecommends(c.words.map((w) => w.text))) return true;
      }
    }
  }
  // Go reads SSL_CERT_FILE / SSL_CERT_DIR first.
  return lineageInstructions(final).some((i) => i instanceof Env && i.getProperties().some((p) => p.getName() === 'SSL_CERT_FILE' || p.getName() === 'SSL_CERT_DIR'));
}

/** Copy the bundle from the stage that builds the shipped binary (or another builder with certificates). */
function copyBundleFix(file: SourceFile, model: Model, final: Stage): Fix | undefined {
  const lineage = stageLineage(final);
  const hasCerts = (s: Stage) => !lineage.includes(s) && rootFacts(s)?.hasCaCerts === true;
  const builds = [...model.goBuilds].reverse();
  const builder = builds.find((b) => b.shipped && hasCerts(b.stage))?.stage ?? builds.find((b) => hasCerts(b.stage))?.stage;
  if (!builder) return undefined;
  const ref = builder.from.getBuildStage() ?? String(builder.index);
  return {
    title: 'Copy the CA bundle from the builder',
    applicability: 'safe',
    edits: [insertAfterFrom(file, final, `COPY --from=${ref} ${CA_BUNDLE} /etc/ssl/certs/`)],
  };
}

/**
 * Debian and Ubuntu packages that bring ca-certificates along: as a dependency (python3-pip) or
 * as a recommendation, which apt installs unless told `--no-install-recommends` (curl's
 * libcurl, wget, git).
 */
const BRING_CERTS = new Set(['curl', 'wget', 'git']);
const DEPEND_ON_CERTS = new Set(['python3-pip', 'python3-requests']);

function installsWithRecommends(words: readonly string[]): boolean {
  const apt = words.findIndex((w) => w === 'apt-get' || w === 'apt');
  if (apt === -1 || !words.slice(apt + 1).includes('install')) return false;
  const recommends = !words.some((w) => w === '--no-install-recommends' || w.includes('Install-Recommends'));
  return words.some((w) => DEPEND_ON_CERTS.has(w) || (recommends && BRING_CERTS.has(w)));
}
