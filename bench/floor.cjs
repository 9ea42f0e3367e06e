// The floor: read and parse each Dockerfile with dockerfile-ast, nothing else.
const fs = require('fs');
const path = require('path');
// From the development toolchain (dev/package.json), which npm run bench installs.
const { DockerfileParser } = require('module').createRequire(path.join(__dirname, '..', 'dev', 'package.json'))('dockerfile-ast');
let n = 0;
function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name === 'Dockerfile') n += DockerfileParser.parse(fs.readFileSync(p, 'utf8')).getInstructions().length > 0 ? 1 : 0;
  }
}
walk(process.argv[2]);
process.stdout.write(`${n}\n`);
