// npm run bench: golint-docker next to a peer and a floor, as whole processes, in one run.
//
// Every command is a fresh `node` process, run several times in turn (A B C A B C ...) after a
// warm-up, so that drift in the machine's speed hits all of them alike; the table gives medians
// and the ratios the targets are about. CPU time and peak memory come from the process itself
// (process.resourceUsage() at exit, through a preloaded module), wall time from the parent.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, freemem, totalmem, tmpdir, platform, release } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.mjs';
import { benchPreCommit } from './pre-commit.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const cli = join(root, 'dist/cli.js');
const usagePreload = join(root, 'bench/usage.cjs');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run build` first (npm run bench does).');
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'golint-docker-bench-'));
const corpus = join(work, 'corpus');
const many = join(work, 'many');
const one = join(work, 'one');
writeCorpus(corpus, 500, 1);
writeCorpus(one, 1, 2);
writeCorpus(many, 10_000, 3);

/** One process: wall seconds (measured here), CPU seconds and peak RSS (reported by the child). */
function measure(args, before, pipe = false) {
  before?.();
  const usageFile = join(work, `usage-${process.pid}.json`);
  rmSync(usageFile, { force: true });
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-r', usagePreload, ...args], {
    cwd: work,
    env: { ...process.env, GOLINT_DOCKER_BENCH_USAGE: usageFile, NO_COLOR: '1' },
    // `pipe`: standard output read through a pipe, as in a CI log, instead of thrown away.
    stdio: ['ignore', pipe ? 'pipe' : 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const u = JSON.parse(readFileSync(usageFile, 'utf8'));
  return { wall, cpu: (u.userCPUTime + u.systemCPUTime) / 1e6, rssMB: u.maxRSS / 1024 };
}

/** Run the commands in turn, `RUNS` times after one warm-up each, and keep the medians. */
function compare(commands) {
  for (const c of commands) measure(c.args, c.before, c.pipe);
  const samples = commands.map(() => []);
  for (let i = 0; i < RUNS; i++) commands.forEach((c, k) => samples[k].push(measure(c.args, c.before, c.pipe)));
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return commands.map((c, k) => ({
    name: c.name,
    files: c.files,
    wall: median(samples[k].map((s) => s.wall)),
    cpu: median(samples[k].map((s) => s.cpu)),
    rssMB: Math.max(...samples[k].map((s) => s.rssMB)),
    walls: samples[k].map((s) => s.wall),
  }));
}

const lint500 = ['dist/cli.js', '--format', 'json', '--failure-threshold', 'none', corpus].map((a) => (a === 'dist/cli.js' ? cli : a));
const throughput = compare([
  { name: 'golint-docker: lint 500 files, every rule', files: 500, args: lint500 },
  { name: 'dockerfile-utils validate (peer)', files: 500, args: [join(root, 'bench/peer-dockerfile-utils.cjs'), corpus] },
  { name: 'dockerfile-ast parse only (floor)', files: 500, args: [join(root, 'bench/floor.cjs'), corpus] },
]);
const fixDir = join(work, 'fix');
const fix = compare([
  {
    name: 'golint-docker --fix --unsafe-fixes, 500 files',
    files: 500,
    args: [cli, '--fix', '--unsafe-fixes', '--format', 'json', fixDir],
    before: () => {
      rmSync(fixDir, { recursive: true, force: true });
      cpSync(corpus, fixDir, { recursive: true });
    },
  },
]);
const startup = compare([
  { name: 'golint-docker: one file (pre-commit)', files: 1, args: [cli, join(one, 'svc-0/Dockerfile')] },
  { name: "bare node -e ''", files: 0, args: ['-e', ''] },
]);
// 10,000 files: memory, and the same ratio once the engine has warmed up (for the notes below the table).
const memory = compare([
  { name: 'golint-docker: lint 10,000 files, piped', files: 10_000, pipe: true, args: [cli, '--format', 'json', '--failure-threshold', 'none', many] },
  { name: 'dockerfile-ast parse only (floor), 10,000 files', files: 10_000, args: [join(root, 'bench/floor.cjs'), many] },
]);

const [ours, peer, floor] = throughput;
const [oneFile, bare] = startup;
// The targets: a full Go-aware lint in no more time than the generic peer's validation, a
// pre-commit run close to Node.js's own start-up, and bounded memory on a large tree.
const targets = [
  { what: 'lint 500 ≤ 1.0× dockerfile-utils (wall)', ratio: ours.wall / peer.wall, limit: 1.0 },
  { what: 'one file ≤ 1.3× bare node (wall)', ratio: oneFile.wall / bare.wall, limit: 1.3 },
  { what: '10,000 files under 200 MB peak RSS', ratio: memory[0].rssMB / 200, limit: 1, shown: `${memory[0].rssMB.toFixed(0)} MB` },
];

const fmt = (n, d = 3) => n.toFixed(d);
console.log(`machine: ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB (${(freemem() / 2 ** 30).toFixed(0)} free), ${platform()} ${release()}, node ${process.version}`);
console.log(`each command: 1 warm-up + ${RUNS} runs, interleaved; medians of whole processes\n`);
const rows = [...throughput, ...fix, ...startup, ...memory];
const header = ['command', 'files', 'wall s', 'cpu s', 'files/s', 'peak MB'];
const table = rows.map((r) => [r.name, String(r.files), fmt(r.wall), fmt(r.cpu), r.files ? (r.files / r.wall).toFixed(0) : '-', r.rssMB.toFixed(0)]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const t of table) console.log(line(t));
console.log('\ntargets:');
let missed = 0;
for (const t of targets) {
  const ok = t.ratio <= t.limit;
  if (!ok) missed++;
  console.log(`  ${ok ? '✔' : '✗'} ${t.what}: ${t.shown ?? `${fmt(t.ratio, 2)}×`}`);
}
console.log(`\nfor reference, not targets: lint 500 takes ${fmt(ours.wall / floor.wall, 2)}× dockerfile-ast's parse alone (the floor), and at 10,000 files ${fmt(memory[0].wall / memory[1].wall, 2)}× the floor's time`);
const hook = benchPreCommit();
if (hook) console.log(`pre-commit hook (real client, HEAD commit): first run ${fmt(hook.first, 2)} s (install and run, target ≤ 15 s), later runs ${fmt(hook.later, 2)} s (median, target ≤ 1 s)`);
else console.log('pre-commit hook: not measured (pre-commit is not installed)');
rmSync(work, { recursive: true, force: true });
process.exitCode = missed ? 1 : 0;
