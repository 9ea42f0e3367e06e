// The peer: dockerfile-utils' validate() (the TypeScript Dockerfile linter on the same parser).
const fs = require('fs');
const path = require('path');
// From the development toolchain (dev/package.json), which npm run bench installs.
const { validate } = require('module').createRequire(path.join(__dirname, '..', 'dev', 'package.json'))('dockerfile-utils');
let problems = 0;
function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name === 'Dockerfile') problems += validate(fs.readFileSync(p, 'utf8')).length;
  }
}
walk(process.argv[2]);
process.stdout.write(`${problems}\n`);
