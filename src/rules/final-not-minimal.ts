import { splitSingleStage } from '../edits/multistage';
import { switchFinalStage } from '../edits/final-stage';
import { offer } from '../edits/types';
import { defineRule, type Report } from './types';
import type { OptionsSpec } from './options';
import { isGoImage, finalImage } from './util';

const HEAVY: Record<string, string> = {
  golang: 'the Go toolchain, a shell and a package manager (800 MB and more)',
  debian: 'a shell, a package manager and a full Debian userland',
  ubuntu: 'a shell, a package manager and a full Ubuntu userland',
  alpine: 'a shell, a package manager and musl userland tools',
  busybox: 'a shell and a hundred userland tools',
};

type MessageId = 'notMinimal';

const OPTIONS = {
  finalImage: {
    type: 'object',
    description: 'Final images the final-not-minimal (GD003) fix writes',
    properties: {
      static: { type: 'string', format: 'image', default: 'gcr.io/distroless/static-debian12:nonroot', description: 'Final image for static binaries' },
      cgo: { type: 'string', format: 'image', default: 'gcr.io/distroless/base-debian12:nonroot', description: 'Final image when cgo stays on (needs glibc)' },
    },
  },
} as const satisfies OptionsSpec;

export default defineRule<MessageId, typeof OPTIONS>({
  meta: {
    code: 'GD003',
    name: 'final-not-minimal',
    severity: 'warning',
    fixable: ['unsafe'],
    options: OPTIONS,
    tags: ['size', 'security', 'startup'],
    docs: {
      summary: 'The final stage is not `scratch`, distroless or a Chainguard static/glibc-dynamic image.',
      why:
        'A static Go binary needs no operating system around it. A final stage on `golang`, `debian`, `ubuntu` or `alpine` ships a shell, a package manager and, for `golang`, the whole toolchain: hundreds of megabytes to push and pull before the first cold start, and a long list of CVEs in packages the service never uses. A shell in the image is also what an attacker needs after a breach. The final image should hold the binary and its data on `gcr.io/distroless/static-debian12:nonroot` (or `scratch`), in a separate stage from the build. Judged for Go images: a Dockerfile that builds Go, or one that copies in a binary built before `docker build` (by a GoReleaser build or a Makefile target it matches, or in any repository that is a Go module, as long as the image says what to run and shows no other language).',
      bad: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /usr/local/bin/app .\nUSER 65532:65532\nENTRYPOINT ["/usr/local/bin/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /usr/local/bin/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /usr/local/bin/app /usr/local/bin/app\nENTRYPOINT ["/usr/local/bin/app"]\n',
      fixSafety:
        'Unsafe, because it changes what the image contains and the user the program runs as. ' +
        'A single-stage `FROM golang` Dockerfile becomes a builder stage plus a distroless final stage: the build gets an explicit `-o` (and `CGO_ENABLED=0` unless cgo is on purpose), runtime instructions (EXPOSE, ENTRYPOINT, CMD, USER, LABEL, STOPSIGNAL, HEALTHCHECK, VOLUME, runtime ENV) move to the final stage, CMD/ENTRYPOINT become exec form with the binary\'s absolute path, the WORKDIR is kept, and what the image held from the build context besides Go sources, tests, VCS, build files and project documents (templates, static files, configuration, translations, migrations) is copied over from the builder at the same paths. The process runs as 65532; the folders it may write as root before (its WORKDIR, VOLUME folders, folders a RUN made) are made from an empty folder of the builder (`/tmp/empty`) with `COPY --chown=65532:65532`. ' +
        'Offered when the stage is built FROM golang, runs one go build whose output path is known, and everything else it holds can be listed through the build context (`.dockerignore` applied). ' +
        'Not offered when the build context cannot be seen (standard input without --stdin-filename), a COPY source is missing or hidden by a variable, ADD fetches a URL or unpacks an archive, COPY --from brings files from another image, a RUN writes files that cannot be listed (make, scripts, cp, curl) or installs packages the program may use at run time, more than 16 COPY lines would be needed, the WORKDIR, HOME or copied files are under /root, a HEALTHCHECK runs another program, CMD/ENTRYPOINT does not run the binary as plain words, or the process talks to the Docker socket. ' +
        'An existing alpine/debian/ubuntu final stage is switched to distroless, dropping what distroless already provides (user creation, `apk add ca-certificates tzdata`); `USER`, `COPY --chown` and `chown` that named the removed accounts (or their uids) name the uid the process runs as: the uid the removed RUN gave the user, when it gave one (its home folder is then made and HOME set, as distroless has no passwd entry for it), else 65532; folders the removed RUNs made (`mkdir`, `chown`, `chown -R` over copied files) are made from the builder\'s empty folder with those owners; and where the process ran as root, its WORKDIR and VOLUME folders are given to 65532 as above. ' +
        'Not offered when the final stage runs other commands that need a shell or packages, `--chown` or `chown` names an account distroless does not have, files go into the home of a removed user or under /root, the ENTRYPOINT is a shell script, cgo stays on for a libc distroless cannot supply, or a compose service built from this Dockerfile has a health check that runs a program distroless lacks (wget, curl, a shell). Where the process ran as root and would run as 65532 (both rewrites), not offered either when the image declares a VOLUME (data the root image wrote there stays root-owned), shows a port below 1024, or the repository\'s compose files mount the Docker socket, bind-mount host folders or grant privileges to its service.',
    },
    messages: {
      notMinimal: 'the final image {{image}} ships {{what}}; copy the binary into a minimal final stage such as gcr.io/distroless/static-debian12:nonroot',
    },
  },
  check({ file, model, options }): Report<MessageId>[] {
    const reports: Report<MessageId>[] = [];
    if (!isGoImage(file, model)) return reports;
    const final = finalImage(model);
    if (!final || final.facts.minimal) return reports;
    const what = HEAVY[final.facts.family];
    if (!what) return reports; // An image we know nothing about may well be minimal.
    const fix = model.stages.length === 1 ? splitSingleStage(file, model, options.finalImage) : switchFinalStage(file, model, options.finalImage);
    reports.push({ messageId: 'notMinimal', ...final.stage.imageSpan, data: { image: final.image, what }, ...offer(fix) });
    return reports;
  },
});
