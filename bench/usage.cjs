// Preloaded into every benchmarked process: at exit, write its own CPU time and peak memory.
const { writeFileSync } = require('fs');
process.on('exit', () => {
  const u = process.resourceUsage();
  writeFileSync(process.env.GOLINT_DOCKER_BENCH_USAGE, JSON.stringify({ userCPUTime: u.userCPUTime, systemCPUTime: u.systemCPUTime, maxRSS: u.maxRSS }));
});
