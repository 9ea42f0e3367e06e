#!/usr/bin/env node
// Proof by building: every example Dockerfile and every service under e2e/services is built for
// real (buildah, offline, from stand-in base images made from Debian packages by e2e/images.sh),
// as written and after `golint-docker --fix --unsafe-fixes`, and both images are run (podman).
// The run fails unless every fixed image builds, starts, answers HTTP on loopback and runs as a
// non-root uid, unless each fixed service serves the same content as its original, and unless the
// originals fail the way the rules predict. See e2e/README.md.
//
// Usage: node e2e/run.mjs        (npm run e2e builds dist/ first; as root)
// Environment: E2E_CACHE_DIR, E2E_STORAGE_DRIVER (see e2e/env.sh), E2E_ONLY=name,name (a subset).
import { spawn } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLES_DIR = join(ROOT, 'examples');
const SERVICES_DIR = join(ROOT, 'e2e', 'services');
const CLI = join(ROOT, 'dist', 'cli.js');
const ENV_SH = join(ROOT, 'e2e', 'env.sh');
const CACHE = resolve(process.env.E2E_CACHE_DIR || join(ROOT, '.e2e-cache'));
const WORK = join(CACHE, 'run'); // the last run: fixed copies, logs, report (kept for inspection)
const IMAGE_REPO = 'localhost/golint-docker-e2e';
const LABEL = 'org.golint-docker.e2e';

const SEC = 1000;
const LIMITS = {
  images: 20 * 60 * SEC, // first run: debootstrap of the golang stand-in (about 1-3 min here)
  build: 5 * 60 * SEC, // one `buildah bud`
  podman: 60 * SEC, // one podman/buildah command other than a build
  fixer: 30 * SEC,
  answer: 15 * SEC, // from `podman run -d` to an HTTP answer
  curl: 2, // seconds, one request
};

// The examples, what golint-docker's rules predict for each original, and the only changes made
// for buildah 1.28 where it cannot build a Dockerfile as written (applied to the original and to
// the fixed file alike, after the fixer has run, and reported).
const EXAMPLES = [
  {
    name: 'single-stage',
    about: 'one stage FROM golang, shell-form CMD, no USER',
    predicted: [
      ['builds and answers as uid 0 (GD004: golang runs as root)', (o) => o.build.ok && o.answers && o.uid === 0],
    ],
    sizeRatioAtLeast: 10, // GD003/GD005: the toolchain ships; the fixed image does not carry it
  },
  {
    name: 'cgo-trap',
    about: 'multi-stage to distroless, cgo left on in a builder with gcc',
    predicted: [
      ['builds but fails to start with "exec ...: no such file or directory" (GD001: dynamic binary, no libc)',
        (o) => o.build.ok && !o.starts && /exec \S+: no such file or directory/.test(o.error)],
    ],
  },
  {
    name: 'scratch',
    about: 'scratch final stage, USER hello (a name no /etc/passwd resolves)',
    predicted: [
      ['builds but fails to start: unknown user hello (GD008: no /etc/passwd on scratch)',
        (o) => o.build.ok && !o.starts && /unable to find user hello/.test(o.error)],
    ],
  },
  {
    name: 'buildkit-cross',
    about: 'BuildKit style: cache and bind mounts, FROM --platform=$BUILDPLATFORM, distroless latest',
    predicted: [
      ['builds and answers as uid 0 (GD004: distroless latest runs as root)', (o) => o.build.ok && o.answers && o.uid === 0],
    ],
    adaptations: [
      {
        // BuildKit resolves a relative mount target against the stage's WORKDIR (/src here);
        // buildah 1.28 rejects it before running anything.
        when: /invalid container path "\.", must be an absolute path/,
        from: /--mount=type=bind,target=\.(?=[\s\\])/,
        to: '--mount=type=bind,target=/src',
        why: 'buildah 1.28 rejects `RUN --mount=type=bind,target=.` (a relative mount target; BuildKit resolves it ' +
          'against WORKDIR /src): "invalid container path ".", must be an absolute path". Built with target=/src, ' +
          'which is what BuildKit mounts.',
      },
    ],
  },
  {
    name: 'distroless-good',
    about: 'already what golint-docker asks for: --fix must change nothing',
    unchanged: true,
    predicted: [
      ['builds and answers as uid 65532', (o) => o.build.ok && o.answers && o.uid === 65532],
    ],
  },
  {
    name: 'alpine-final',
    about: '`docker init` shape: alpine final stage with apk add and adduser',
    predicted: [
      ['builds but fails to start with "exec ...: no such file or directory" (GD001: cgo is on in a builder with gcc, the binary wants glibc, alpine has none)',
        (o) => o.build.ok && !o.starts && /exec \S+: no such file or directory/.test(o.error)],
    ],
  },
];

// Services written for the e2e run (e2e/services/NAME, each its own build context), one per way a
// rewrite broke real projects (issue 10). Each answers `GET /uid` with "uid N"; `paths` are
// fetched from the original and the fixed image alike, and must answer the same (status and body).
// `fixed` states what the fixer must have done to the Dockerfile.
const SERVICES = [
  {
    name: 'site',
    about: '(a) one stage; reads templates/, static/ and config/ from its WORKDIR by relative paths',
    paths: ['/', '/static/style.css', '/static/img/logo.svg', '/config'],
    predicted: [['builds and answers as uid 0 (GD004: golang runs as root)', (o) => o.build.ok && o.answers && o.uid === 0]],
    fixed: [
      ['is split into a distroless final stage', (t) => /\nFROM gcr\.io\/distroless\/static-debian12:nonroot\n/.test(t)],
      ['carries templates/, static/ and config/ over, and keeps the WORKDIR', (t) => ['templates', 'static', 'config'].every((d) => t.includes(` /srv/site/${d} /srv/site/${d}\n`)) && /\nWORKDIR \/srv\/site\n/.test(t.split('\nFROM ')[2] ?? '')],
    ],
  },
  {
    name: 'datastore',
    about: '(b) distroless :latest (root); writes into its WORKDIR and a data folder in it at start and on each request',
    paths: ['/', '/again'],
    predicted: [['builds and answers as uid 0 (GD004: distroless :latest runs as root)', (o) => o.build.ok && o.answers && o.uid === 0]],
    fixed: [['gives the WORKDIR to 65532 (an empty folder from the builder: distroless has no shell)', (t) => t.includes('--chown=65532:65532 /tmp/empty /srv/datastore\n')]],
  },
  {
    name: 'sqlite-notes',
    about: '(c) cgo on SQLite (go-sqlite3 from Debian\'s packages, GOPATH mode); database in a VOLUME, which keeps it root\'s',
    paths: ['/'],
    predicted: [['builds and answers as uid 0 (GD004: debian runs as root)', (o) => o.build.ok && o.answers && o.uid === 0]],
    // Data an earlier root-run image wrote into the volume stays root's: no USER change is offered.
    keepsRoot: /not fixed automatically: VOLUME \/var\/lib\/notes may hold data written as root/,
    fixed: [
      ['keeps cgo on (go.mod requires a cgo-only module)', (t) => !t.includes('CGO_ENABLED=0')],
      ['adds no USER', (t) => !/\nUSER /.test(t)],
    ],
  },
  {
    name: 'gopath-legacy',
    about: '(d) GOPATH era: no go.mod (Gopkg.toml), GO111MODULE=off, reads views/ from its WORKDIR',
    paths: ['/', '/hello'],
    predicted: [['builds and answers as uid 0 (GD004: golang runs as root)', (o) => o.build.ok && o.answers && o.uid === 0]],
    fixed: [
      ['adds no go.mod download layer (there is no go.mod)', (t) => !/COPY [^\n]*go\.mod|go mod download/.test(t)],
      ['is split, carrying views/ over', (t) => t.includes('/go/src/github.com/example/legacy/views /go/src/github.com/example/legacy/views\n')],
    ],
  },
  {
    name: 'alpine-adduser',
    about: '(e) alpine final stage: adduser, COPY --chown=shop:shop, USER shop',
    paths: ['/', '/index.html', '/owner'],
    predicted: [['builds and answers as the uid its adduser made (not 0)', (o) => o.build.ok && o.answers && o.uid !== null && o.uid !== 0]],
    fixed: [
      ['switches to distroless and drops adduser', (t) => /\nFROM gcr\.io\/distroless\//.test(t) && !/adduser|addgroup/.test(t)],
      ['names 65532 where it named shop', (t) => !/shop:shop|USER shop/.test(t) && t.includes('--chown=65532:65532 public ./public')],
    ],
  },
  {
    name: 'go112',
    about: '(f) a builder on Go 1.12 (stand-in), whose go has no -trimpath',
    paths: ['/'],
    predicted: [['builds and answers as uid 0 (GD004: scratch runs as root)', (o) => o.build.ok && o.answers && o.uid === 0]],
    fixed: [['adds no -trimpath to its build', (t) => !/\nRUN [^\n]*-trimpath/.test(t)]],
  },
];

// ---------------------------------------------------------------------------------------------
// Processes: every command has a time limit; on expiry its whole process group is killed.

const children = new Map(); // child process -> may it be killed when the run is interrupted?
let stopping = null; // set to a promise once the run is interrupted

// interruptible: a build, the fixer, curl, the image maker. Other commands (podman creating or
// removing a container) are left to finish when the run is interrupted: killing one midway can
// leave a container running that podman no longer knows about.
function run(cmd, args, { timeout = LIMITS.podman, cwd = ROOT, log, tee = false, interruptible = false, cleanup = false } = {}) {
  if (stopping && !cleanup) return Promise.resolve({ code: 130, stdout: '', stderr: 'interrupted', timedOut: false, ms: 0 });
  return new Promise((resolvePromise) => {
    const started = Date.now();
    const child = spawn(cmd, args, { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, E2E_CACHE_DIR: CACHE } });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    children.set(child, interruptible);
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; if (tee) process.stderr.write(d); });
    const timer = setTimeout(() => {
      timedOut = true;
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
    }, timeout);
    const finish = (code, err) => {
      clearTimeout(timer);
      children.delete(child);
      const res = { code: timedOut ? 124 : code ?? 1, stdout, stderr: err ? String(err) : stderr, timedOut, ms: Date.now() - started };
      if (log) writeFileSync(log, `$ ${cmd} ${args.join(' ')}\n${stdout}${stderr}\n[exit ${res.code}${timedOut ? `, killed after ${timeout / SEC}s` : ''}, ${res.ms} ms]\n`);
      resolvePromise(res);
    };
    child.on('error', (err) => finish(127, err));
    child.on('close', (code) => finish(code));
  });
}

const bh = (args, opts) => run('bash', [ENV_SH, 'bh', ...args], opts);
const pm = (args, opts) => run('bash', [ENV_SH, 'pm', ...args], opts);

function freePort() {
  return new Promise((resolvePromise, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePromise(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const say = (msg) => process.stderr.write(`e2e: ${msg}\n`);
const lastLine = (text) => text.trim().split('\n').map((l) => l.trim()).filter(Boolean).pop() ?? '';
const cleanError = (text) => lastLine(text).replace(/^Error: /, '').replace(/^time="[^"]*" level=\w+ msg=/, '');

// ---------------------------------------------------------------------------------------------
// One cache user at a time: a pid file in the cache.

const LOCK = join(CACHE, 'lock');
function lock() {
  mkdirSync(CACHE, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(LOCK, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(LOCK, 'utf8'));
      let alive = false;
      try { process.kill(pid, 0); alive = pid > 0; } catch { alive = false; }
      if (alive) {
        say(`another e2e run (pid ${pid}) is using ${CACHE}; wait for it or set E2E_CACHE_DIR`);
        process.exit(2);
      }
      rmSync(LOCK, { force: true }); // left by a run that was killed
    }
  }
  throw new Error(`cannot take ${LOCK}`);
}
function unlock() {
  try { if (Number(readFileSync(LOCK, 'utf8')) === process.pid) unlinkSync(LOCK); } catch { /* gone */ }
}

// Containers of this run, removed on every way out.
const live = new Set();
async function removeContainer(name, opts = {}) {
  const res = await pm(['rm', '--force', '--time', '1', '--ignore', name], opts);
  if (res.code === 0) live.delete(name);
}
// Interrupted: from now on no new command starts; builds, the fixer and curl are killed, podman
// commands in flight are waited for (each has its time limit), then this run's containers are
// removed. A killed build leaves at most a working container, which the next run removes.
async function stop(sig) {
  say(`${sig}: stopping; removing this run's containers (again to quit at once)`);
  for (const [child, interruptible] of children) {
    if (interruptible) try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
  }
  const deadline = Date.now() + LIMITS.podman + 5 * SEC;
  while (children.size && Date.now() < deadline) await sleep(100);
  for (const name of [...live]) await removeContainer(name, { cleanup: true });
  await run('bash', [ENV_SH, 'e2e_unmount'], { cleanup: true });
  unlock();
  process.exit(130);
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    if (stopping) process.exit(130);
    stopping = stop(sig);
  });
}

// ---------------------------------------------------------------------------------------------

function preflight() {
  const missing = [];
  if (process.getuid && process.getuid() !== 0) {
    say('must run as root (buildah with chroot isolation, debootstrap, podman with runc)');
    process.exit(2);
  }
  for (const tool of ['buildah', 'podman', 'runc', 'curl', 'debootstrap']) {
    const found = (process.env.PATH || '').split(':').some((d) => d && existsSync(join(d, tool)));
    if (!found) missing.push(tool);
  }
  if (missing.length) {
    say(`missing ${missing.join(', ')}: apt-get update && apt-get install -y buildah podman runc golang-go debootstrap busybox-static curl ca-certificates`);
    process.exit(2);
  }
  if (!existsSync(CLI)) {
    say(`${CLI} is missing: run npm run build (npm run e2e does)`);
    process.exit(2);
  }
}

async function cleanStart() {
  // Containers left by a run that was killed (they may still serve on a port), then the
  // example images of the last run.
  const ps = await pm(['ps', '--all', '--filter', `label=${LABEL}`, '--format', '{{.Names}}']);
  for (const name of ps.stdout.split('\n').filter(Boolean)) {
    say(`removing container ${name} left by an earlier run`);
    await removeContainer(name);
  }
  await bh(['rm', '--all']); // working containers of a build that was killed
  const images = await bh(['images', '--noheading', '--format', '{{.Name}}:{{.Tag}}']);
  const ours = images.stdout.split('\n').filter((i) => i.startsWith(`${IMAGE_REPO}/`));
  if (ours.length) await bh(['rmi', '--force', ...ours]);
  await bh(['rmi', '--prune']);
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(join(WORK, 'logs'), { recursive: true });
}

/** Where an example's or a service's copy (fixed in place) and its build context live. */
function places(item) {
  if (item.service) {
    const dir = join(WORK, 'services', item.name);
    return { original: join(SERVICES_DIR, item.name, 'Dockerfile'), originalContext: join(SERVICES_DIR, item.name), copy: join(dir, 'Dockerfile'), copyContext: dir };
  }
  return { original: join(EXAMPLES_DIR, item.name, 'Dockerfile'), originalContext: EXAMPLES_DIR, copy: join(WORK, 'examples', item.name, 'Dockerfile'), copyContext: join(WORK, 'examples') };
}

async function fix(example) {
  const { copy: file, copyContext } = places(example);
  const before = readFileSync(file, 'utf8');
  const context = example.service ? ['--context', copyContext] : [];
  const res = await run('node', [CLI, '--fix', '--unsafe-fixes', '--no-color', ...context, file], { timeout: LIMITS.fixer, log: join(WORK, 'logs', `${example.name}.fix.log`), interruptible: true });
  const after = readFileSync(file, 'utf8');
  const remaining = await run('node', [CLI, '--no-color', '--format', 'json', ...context, file], { timeout: LIMITS.fixer, interruptible: true });
  let findings = [];
  try { findings = JSON.parse(remaining.stdout); } catch { /* reported below through the exit code */ }
  return {
    ok: res.code === 0 || res.code === 1,
    code: res.code,
    output: (res.stdout + res.stderr).trim(),
    changed: before !== after,
    text: after,
    remaining: findings.map((f) => `${f.code} ${f.line}:${f.column} ${f.message}`),
  };
}

async function build(example, variant, dockerfile, context) {
  const tag = `${IMAGE_REPO}/${example.name}:${variant}`;
  const logBase = join(WORK, 'logs', `${example.name}.${variant}`);
  const args = ['bud', '--pull=never', '--isolation', 'chroot', '--layers=false', '--format', 'docker'];
  let res = await bh([...args, '-f', dockerfile, '-t', tag, context], { timeout: LIMITS.build, log: `${logBase}.build.log`, interruptible: true });
  const out = { ok: res.code === 0, tag, ms: res.ms, error: res.code === 0 ? '' : cleanError(res.stdout + res.stderr), log: `${logBase}.build.log`, dockerfile, limitation: null };
  if (out.ok) return out;
  // A documented buildah limitation: build again with the smallest change that BuildKit would
  // have made itself, and say so.
  for (const a of example.adaptations ?? []) {
    if (!a.when.test(res.stdout + res.stderr)) continue;
    const text = readFileSync(dockerfile, 'utf8');
    const matches = text.match(new RegExp(a.from.source, 'g')) ?? [];
    if (matches.length !== 1) break;
    const adapted = join(WORK, 'adapted', example.name, `Dockerfile.${variant}`);
    mkdirSync(dirname(adapted), { recursive: true });
    writeFileSync(adapted, text.replace(a.from, a.to));
    res = await bh([...args, '-f', adapted, '-t', tag, context], { timeout: LIMITS.build, log: `${logBase}.build-adapted.log`, interruptible: true });
    return {
      ...out, ok: res.code === 0, ms: out.ms + res.ms, limitation: { why: a.why, asWritten: out.error },
      error: res.code === 0 ? '' : cleanError(res.stdout + res.stderr), log: `${logBase}.build-adapted.log`, dockerfile: adapted,
    };
  }
  return out;
}

async function imageSize(tag) {
  const res = await pm(['image', 'inspect', '--format', '{{.Size}}', tag]);
  const n = Number(res.stdout.trim());
  return res.code === 0 && Number.isFinite(n) ? n : null;
}

async function curl(port, path = '/') {
  const res = await run('curl', ['-sS', '--max-time', String(LIMITS.curl), '-w', '\n%{http_code}', `http://127.0.0.1:${port}${path}`], { timeout: (LIMITS.curl + 3) * SEC, interruptible: true });
  if (res.code !== 0) return null;
  const cut = res.stdout.lastIndexOf('\n');
  return { status: Number(res.stdout.slice(cut + 1)), body: res.stdout.slice(0, cut) };
}

// Start the image with a free loopback port in ADDR, ask it over HTTP, read the uid it answers
// (examples: "hello from uid N" at /; services: "uid N" at /uid), then fetch the service's paths.
async function start(example, variant, tag) {
  const name = `golint-docker-e2e-${example.name}-${variant}-${process.pid}`;
  const out = { starts: false, answers: false, uid: null, error: '', body: '', pages: [] };
  const probe = example.service ? '/uid' : '/';
  const uidPattern = example.service ? /^uid (\d+)/ : /hello from uid (\d+)/;
  await removeContainer(name);
  const port = await freePort();
  if (await curl(port)) {
    out.error = `port ${port} answered before the container started`;
    return out;
  }
  live.add(name);
  try {
    const created = await pm(['run', '--detach', '--name', name, '--label', `${LABEL}=1`, '--pull', 'never',
      '--network', 'host', '--ulimit', 'nofile=1024:1024', '--ulimit', 'nproc=4096:4096',
      '--env', `ADDR=127.0.0.1:${port}`, tag], { log: join(WORK, 'logs', `${example.name}.${variant}.run.log`) });
    if (created.code !== 0) {
      out.error = cleanError(created.stderr || created.stdout);
      return out;
    }
    const deadline = Date.now() + LIMITS.answer;
    let state = '';
    while (Date.now() < deadline) {
      const got = await curl(port, probe);
      if (got !== null) {
        out.starts = true;
        out.answers = true;
        out.body = got.body.trim();
        const m = uidPattern.exec(got.body);
        out.uid = m ? Number(m[1]) : null;
        break;
      }
      state = (await pm(['inspect', '--format', '{{.State.Status}} {{.State.ExitCode}}', name])).stdout.trim();
      if (!state.startsWith('running') && !state.startsWith('created') && !state.startsWith('configured')) break;
      await sleep(300);
    }
    if (out.answers) {
      for (const path of example.paths ?? []) out.pages.push({ path, ...((await curl(port, path)) ?? { status: null, body: '' }) });
    } else {
      state = (await pm(['inspect', '--format', '{{.State.Status}} {{.State.ExitCode}}', name])).stdout.trim();
      out.starts = state.startsWith('running');
      const logs = await pm(['logs', name]);
      const said = cleanError(logs.stdout + logs.stderr);
      out.error = out.starts
        ? `running but no HTTP answer on 127.0.0.1:${port} within ${LIMITS.answer / SEC}s${said ? ` (said: ${said})` : ''}`
        : `${state.replace(/^(\w+) (\d+)$/, '$1 with code $2')}${said ? `: ${said}` : ''}`;
    }
    const logs = await pm(['logs', name]);
    writeFileSync(join(WORK, 'logs', `${example.name}.${variant}.container.log`), logs.stdout + logs.stderr);
    return out;
  } finally {
    await removeContainer(name);
  }
}

async function runVariant(example, variant, dockerfile, context) {
  say(`${example.name} ${variant}: building`);
  const b = await build(example, variant, dockerfile, context);
  const res = { variant, build: b, size: null, starts: false, answers: false, uid: null, error: b.error };
  if (!b.ok) {
    say(`${example.name} ${variant}: build failed: ${b.error}`);
    return res;
  }
  res.size = await imageSize(b.tag);
  Object.assign(res, await start(example, variant, b.tag));
  say(`${example.name} ${variant}: built in ${(b.ms / SEC).toFixed(1)}s, ${fmtSize(res.size)}, ` +
    (res.answers ? `answers "${res.body}"` : `does not answer: ${res.error}`));
  return res;
}

// ---------------------------------------------------------------------------------------------
// The report

function fmtSize(n) {
  if (n == null) return '-';
  if (n >= 100e6) return `${(n / 1e6).toFixed(0)} MB`;
  return n >= 1e6 ? `${(n / 1e6).toFixed(2)} MB` : `${(n / 1e3).toFixed(0)} kB`;
}

function cells(r) {
  if (!r) return { build: 'not built', size: '-', starts: '-', answers: '-', uid: '-' };
  return {
    build: r.build.ok ? (r.build.limitation ? 'ok*' : 'ok') : 'FAILED',
    size: r.build.ok ? fmtSize(r.size) : '-',
    starts: r.build.ok ? (r.starts ? 'yes' : 'no') : '-',
    answers: r.build.ok ? (r.answers ? 'yes' : 'no') : '-',
    uid: r.uid == null ? '-' : String(r.uid),
  };
}

function table(results) {
  const head = ['example', 'fixer', 'build', 'size', 'starts', 'answers', 'uid'];
  const rows = results.map(({ example, fix: f, original, fixed }) => {
    const a = cells(original);
    const b = cells(fixed);
    const pair = (k) => `${a[k]} → ${b[k]}`;
    return [example.name, f.ok ? (f.changed ? 'changed' : 'unchanged') : 'ERROR', pair('build'), pair('size'), pair('starts'), pair('answers'), pair('uid')];
  });
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => [...r[i]].length)));
  const line = (r) => r.map((c, i) => c + ' '.repeat(width[i] - [...c].length)).join('  ').trimEnd();
  return [
    `${' '.repeat(width[0] + width[1] + 4)}before → after (as written → after --fix --unsafe-fixes)`,
    line(head), line(width.map((w) => '─'.repeat(w))), ...rows.map(line),
  ].join('\n');
}

function notes(results) {
  const out = [];
  for (const { example, original, fixed } of results) {
    if (!original) out.push(`${example.name} before: not built: ${example.originalNotBuilt}.`);
    const limited = [['before', original], ['after', fixed]].filter(([, r]) => r?.build.limitation);
    if (limited.length) {
      out.push(`${example.name} ${limited.map(([l]) => l).join(' and ')}: * not buildable as written with buildah 1.28, ` +
        `for a reason unrelated to golint-docker: ${limited[0][1].build.limitation.why}`);
    }
    for (const [label, r] of [['before', original], ['after', fixed]]) {
      if (!r) continue;
      if (!r.build.ok) out.push(`${example.name} ${label}: build failed: ${r.build.error} (log: ${r.build.log})`);
      else if (!r.answers) out.push(`${example.name} ${label}: ${r.starts ? '' : 'does not start: '}${r.error}`);
    }
  }
  const covered = new Set(results.map((r) => r.example.name));
  const others = readdirSync(EXAMPLES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(EXAMPLES_DIR, d.name, 'Dockerfile')) && !covered.has(d.name)
      && !(process.env.E2E_ONLY && EXAMPLES.some((e) => e.name === d.name)));
  if (others.length) out.push(`not in the e2e list (e2e/run.mjs, EXAMPLES): ${others.map((d) => `examples/${d.name}`).join(', ')}`);
  const services = readdirSync(SERVICES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !covered.has(d.name) && !(process.env.E2E_ONLY && SERVICES.some((e) => e.name === d.name)));
  if (services.length) out.push(`not in the e2e list (e2e/run.mjs, SERVICES): ${services.map((d) => `e2e/services/${d.name}`).join(', ')}`);
  return out;
}

function checks(results) {
  const list = [];
  const check = (name, ok, detail) => list.push({ name, ok: Boolean(ok), detail });
  const describe = (r) => !r ? 'not built' : !r.build.ok ? `build failed: ${r.build.error}`
    : r.answers ? `answers "${r.body}"` : `${r.starts ? 'starts' : 'does not start'}: ${r.error}`;
  for (const { example, fix: f, original, fixed } of results) {
    check(`${example.name}: --fix --unsafe-fixes runs`, f.ok, f.ok ? '' : `exit ${f.code}: ${f.output}`);
    if (example.unchanged) check(`${example.name}: --fix changes nothing`, f.ok && !f.changed, f.changed ? 'the fixer changed a Dockerfile it should leave alone' : '');
    if (example.keepsRoot) {
      // The non-root fix must be withheld, with its reason in the finding: the image runs as before.
      check(`${example.name} fixed: builds, starts, answers, still as uid 0 (the non-root fix is withheld)`,
        fixed && fixed.build.ok && fixed.starts && fixed.answers && fixed.uid === 0, describe(fixed));
      check(`${example.name}: GD004 stays, saying why it is not fixed`, f.remaining.some((r) => r.startsWith('GD004 ') && example.keepsRoot.test(r)), f.remaining.filter((r) => r.startsWith('GD004 ')).join('; ') || 'no GD004 left');
    } else {
      check(`${example.name} fixed: builds, starts, answers, runs as a non-root uid`,
        fixed && fixed.build.ok && fixed.starts && fixed.answers && fixed.uid != null && fixed.uid !== 0, describe(fixed));
    }
    for (const [what, predicate] of example.predicted) {
      check(`${example.name} original: ${what}`, original && predicate(original), describe(original));
    }
    if (example.service) {
      check(`${example.name}: the fixed image serves what the original serves (${example.paths.join(', ')})`, samePages(original, fixed), pageDiff(original, fixed));
      if (!example.keepsRoot) check(`${example.name}: --fix changed the Dockerfile`, f.changed, f.changed ? '' : 'nothing was fixed');
      for (const [what, predicate] of example.fixed ?? []) check(`${example.name} fixed Dockerfile: ${what}`, f.ok && predicate(f.text), '');
    }
    if (example.sizeRatioAtLeast) {
      const ratio = original?.size && fixed?.size ? original.size / fixed.size : null;
      check(`${example.name}: original is more than ${example.sizeRatioAtLeast}x the fixed image`,
        ratio != null && ratio > example.sizeRatioAtLeast,
        ratio == null ? 'a size is missing' : `${fmtSize(original.size)} / ${fmtSize(fixed.size)} = ${ratio.toFixed(0)}x`);
    }
  }
  return list;
}

/** Did both images answer every path, and the same (status and body)? */
function samePages(a, b) {
  if (!a?.answers || !b?.answers || a.pages.length !== b.pages.length) return false;
  return a.pages.every((p, i) => p.status !== null && p.status === b.pages[i].status && p.body === b.pages[i].body);
}

function pageDiff(a, b) {
  if (!a?.answers || !b?.answers) return `${!a?.answers ? 'the original' : 'the fixed image'} did not answer`;
  const show = (p) => `${p.status} ${JSON.stringify(p.body.length > 160 ? `${p.body.slice(0, 160)}...` : p.body)}`;
  const diffs = a.pages.map((p, i) => (samePages({ answers: true, pages: [p] }, { answers: true, pages: [b.pages[i]] }) ? null : `${p.path}: ${show(p)} → ${show(b.pages[i])}`));
  return diffs.filter(Boolean).join('; ');
}

// A fixed Dockerfile that does not build or run (or serve the same) is a bug in the fixer: show it whole.
function fixerBugs(results) {
  const out = [];
  for (const { example, fix: f, original, fixed } of results) {
    const uidOk = example.keepsRoot ? fixed?.uid === 0 : fixed?.uid !== 0;
    if (fixed && fixed.build.ok && fixed.answers && uidOk && (!example.service || samePages(original, fixed))) continue;
    out.push(`── ${example.name}: the fixed Dockerfile ${fixed?.build.ok ? 'builds but does not run or serve as required' : 'does not build'}`);
    out.push(`   ${fixed ? (fixed.build.ok ? fixed.error || (!uidOk ? `runs as uid ${fixed.uid}` : pageDiff(original, fixed)) : fixed.build.error) : 'not built'}`);
    out.push(...f.text.trimEnd().split('\n').map((l) => `   | ${l}`));
    if (f.remaining.length) out.push(`   findings left: ${f.remaining.join('; ')}`);
  }
  return out;
}

async function main() {
  const t0 = Date.now();
  preflight();
  lock();
  try {
    say(`cache ${CACHE} (storage driver ${process.env.E2E_STORAGE_DRIVER || 'overlay'})`);
    const images = await run('bash', [join(ROOT, 'e2e', 'images.sh')], { timeout: LIMITS.images, log: join(CACHE, 'images.log'), tee: true, interruptible: true });
    if (images.code !== 0) {
      say(`could not make the stand-in base images (exit ${images.code}${images.timedOut ? ', timed out' : ''}); see ${join(CACHE, 'images.log')}`);
      return 2;
    }
    const tImages = Date.now();
    await cleanStart();
    cpSync(EXAMPLES_DIR, join(WORK, 'examples'), { recursive: true });
    cpSync(SERVICES_DIR, join(WORK, 'services'), { recursive: true });

    const only = process.env.E2E_ONLY ? new Set(process.env.E2E_ONLY.split(',')) : null;
    const items = [...EXAMPLES, ...SERVICES.map((s) => ({ ...s, service: true }))].filter((e) => !only || only.has(e.name));
    const results = [];
    for (const example of items) {
      const at = places(example);
      if (!existsSync(at.original)) throw new Error(`${at.original} is missing`);
      say(`${example.name}: ${example.about}`);
      const f = await fix(example);
      const original = example.originalNotBuilt ? null : await runVariant(example, 'original', at.original, at.originalContext);
      const fixed = f.ok ? await runVariant(example, 'fixed', at.copy, at.copyContext) : null;
      results.push({ example, fix: f, original, fixed });
    }

    if (stopping) return 130;
    const list = checks(results);
    const failed = list.filter((c) => !c.ok);
    const report = [
      '',
      'golint-docker e2e: every example and service built with buildah and run with podman, offline',
      '',
      table(results),
      '',
      ...notes(results).map((n) => `  ${n}`),
      '',
      'checks:',
      ...list.map((c) => `  ${c.ok ? 'PASS' : 'FAIL'}  ${c.name}${c.detail ? `: ${c.detail}` : ''}`),
      ...(failed.length ? ['', 'fixed Dockerfiles that fail (a bug in the fixer unless the note above says otherwise):', ...fixerBugs(results)] : []),
      '',
      `stand-in images ${((tImages - t0) / SEC).toFixed(0)}s, builds and runs ${((Date.now() - tImages) / SEC).toFixed(0)}s; fixed Dockerfiles and logs in ${WORK}`,
      `e2e: ${list.length - failed.length} passed, ${failed.length} failed`,
    ].join('\n');
    process.stdout.write(report + '\n');
    writeFileSync(join(WORK, 'report.txt'), report + '\n');
    return failed.length ? 1 : 0;
  } finally {
    if (!stopping) {
      for (const name of [...live]) await removeContainer(name);
      await run('bash', [ENV_SH, 'e2e_unmount']);
      unlock();
    }
  }
}

main().then(async (code) => {
  if (stopping) await stopping; // it exits
  process.exit(code);
}, async (err) => {
  if (stopping) await stopping;
  say(`error: ${err.stack || err}`);
  unlock();
  process.exit(2);
});
