#!/usr/bin/env node
'use strict';
// golint-docker's command: loads the bundled CLI (cli-main.js) with V8's code cache, so that a
// pre-commit run does not compile the whole bundle again each time. The cache is kept beside the
// bundle (or in the user's cache folder when the package folder is read-only) and V8 rejects it
// by itself if the bundle or Node.js changed. GOLINT_DOCKER_NO_CACHE=1 turns it off.
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const os = require('os');
const { createRequire } = require('module');

const bundle = path.join(__dirname, 'cli-main.js');

function cacheFiles() {
  const name = `cli-main.${process.version}.${process.arch}.v8cache`;
  const home = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return [path.join(__dirname, '.cache', name), path.join(home, 'golint-docker', name)];
}

function save(script, files) {
  let data;
  try {
    data = script.createCachedData();
  } catch {
    return;
  }
  for (const file of files) {
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, data);
      fs.renameSync(tmp, file);
      return;
    } catch {
      // Not writable: try the next place; without any, each run simply compiles.
    }
  }
}

function run() {
  if (process.env.GOLINT_DOCKER_NO_CACHE) return require(bundle);
  let source;
  try {
    source = fs.readFileSync(bundle, 'utf8');
  } catch {
    return require(bundle);
  }
  const files = cacheFiles();
  let cachedData;
  for (const file of files) {
    try {
      cachedData = fs.readFileSync(file);
      break;
    } catch {
      // Not there yet.
    }
  }
  const wrapper = '(function (exports, require, module, __filename, __dirname) {' + source + '\n})';
  const script = new vm.Script(wrapper, { filename: bundle, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) process.once('exit', () => save(script, files));
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, createRequire(bundle), mod, bundle, __dirname);
}

run();
