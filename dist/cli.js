#!/usr/bin/env node
'use strict';
// golint-docker's command (copied to dist/cli.js by scripts/build.mjs, which writes the version
// below): loads the bundled CLI (cli-main.js) with V8's code cache, so that a pre-commit run does
// not compile the whole bundle again each time.
//
// The cache is made by the first run, per user, in $XDG_CACHE_HOME/golint-docker or else
// ~/.cache/golint-docker, and nowhere else: not in the package folder (shared by every user of a
// global install, and read-only in many), and never in a folder that another user can write to,
// because a planted cache is code that this process would run. The folder is created with mode
// 0700 and is used only if it is ours and no one else can write to it; a cache file is read only
// if it is a regular file of ours that no one else can write. The file's name carries the package
// version, the Node.js version, the architecture and a hash of the bundle: V8 itself checks only
// the length of the source, so a changed bundle of the same length must not meet an old cache. The
// build writes that hash below; a loader that was not built (BUNDLE_HASH empty) uses the bundle's
// size and modification time instead.
// Without a usable folder each run simply compiles. GOLINT_DOCKER_NO_CACHE=1 turns the cache off.
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const os = require('os');
const { createRequire } = require('module');

const VERSION = "0.1.0";
const BUNDLE_HASH = "2a7a0f614bff8927";
const bundle = path.join(__dirname, 'cli-main.js');
const PREFIX = 'cli-main-';
const SUFFIX = '.v8cache';
const PRUNE_AFTER_MS = 30 * 24 * 3600 * 1000;

/** $XDG_CACHE_HOME/golint-docker (an absolute XDG_CACHE_HOME only, as the spec says), else ~/.cache/golint-docker. */
function cacheFolder() {
  const xdg = process.env.XDG_CACHE_HOME;
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, 'golint-docker');
  let home;
  try {
    home = os.homedir();
  } catch {
    return undefined;
  }
  return home && path.isAbsolute(home) ? path.join(home, '.cache', 'golint-docker') : undefined;
}

const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;

/** Ours, and not writable by group or others (POSIX; elsewhere the user's profile folder is private). */
function isPrivate(stat) {
  return uid === undefined || (stat.uid === uid && (stat.mode & 0o022) === 0);
}

/** The folder, if it is a real folder of ours that no one else can write to (made so if needed). */
function usableFolder(dir, create) {
  if (create) {
    try {
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    } catch {
      return false;
    }
  }
  let stat;
  try {
    stat = fs.lstatSync(dir);
  } catch {
    return false;
  }
  if (!stat.isDirectory()) return false; // a symbolic link, or a file
  if (uid !== undefined && stat.uid !== uid) return false;
  if (uid !== undefined && (stat.mode & 0o077) !== 0) {
    // Ours but open to others (made by a umask of 002, say): close it. The files in it are still
    // checked one by one, since someone else may have written one while it was open.
    try {
      fs.chmodSync(dir, 0o700);
    } catch {
      return false;
    }
  }
  return true;
}

/** The cache file's content, if it is a regular file of ours that no one else can write. */
function readCache(file) {
  let fd;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW || 0));
    const stat = fs.fstatSync(fd);
    if (!stat.isFile() || !isPrivate(stat)) return undefined;
    return fs.readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function save(script, dir, file) {
  let data;
  try {
    data = script.createCachedData();
  } catch {
    return;
  }
  if (!usableFolder(dir, true)) return;
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, data, { mode: 0o600, flag: 'wx' });
    fs.renameSync(tmp, file);
  } catch {
    try {
      fs.unlinkSync(tmp);
    } catch {
      // Never written.
    }
    return;
  }
  // A new cache is made once per version of the package, of Node.js, or of the bundle: remove
  // the caches that nothing has written for a month (a current one is simply made again).
  try {
    const now = Date.now();
    for (const name of fs.readdirSync(dir)) {
      if (!name.startsWith(PREFIX) || !(name.endsWith(SUFFIX) || name.endsWith('.tmp'))) continue;
      const full = path.join(dir, name);
      if (full !== file && now - fs.lstatSync(full).mtimeMs > PRUNE_AFTER_MS) fs.unlinkSync(full);
    }
  } catch {
    // Pruning is a courtesy.
  }
}

function run() {
  if (process.env.GOLINT_DOCKER_NO_CACHE) return require(bundle);
  const dir = cacheFolder();
  let bytes;
  try {
    bytes = fs.readFileSync(bundle);
  } catch {
    return require(bundle);
  }
  if (dir === undefined) return require(bundle);
  let hash = BUNDLE_HASH;
  if (!hash) {
    try {
      const stat = fs.statSync(bundle);
      hash = `${stat.size}-${Math.floor(stat.mtimeMs)}`;
    } catch {
      return require(bundle);
    }
  }
  const file = path.join(dir, `${PREFIX}${VERSION}-node${process.versions.node}-${process.arch}-${hash}${SUFFIX}`);
  const cachedData = usableFolder(dir, false) ? readCache(file) : undefined;
  const wrapper = '(function (exports, require, module, __filename, __dirname) {' + bytes.toString('utf8') + '\n})';
  const script = new vm.Script(wrapper, { filename: bundle, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) process.once('exit', () => save(script, dir, file));
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, createRequire(bundle), mod, bundle, __dirname);
}

run();
