import * as fs from 'fs';

/**
 * File names are bytes, and need not be UTF-8 (a file made on another system, or on purpose).
 * Node.js decodes command-line arguments and folder listings as UTF-8 and turns each bad byte into
 * U+FFFD, after which the file cannot be opened by that name. Here a name is decoded the way
 * Python's "surrogateescape" does it: valid UTF-8 as text, each other byte as a lone surrogate
 * U+DC80..U+DCFF, which no valid text contains; {@link fsPath} turns such a string back into the
 * exact bytes for the file system, and the output shows each such byte as `\xNN` (parse/visible.ts).
 */

/** Bytes of a name to a string that keeps every byte (see above). */
export function decodeName(bytes: Uint8Array): string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (!text.includes('\ufffd')) return text;
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const n = utf8Length(bytes, i);
    if (n === 0) {
      out += String.fromCharCode(0xdc00 + bytes[i]);
      i++;
    } else {
      out += Buffer.from(bytes.subarray(i, i + n)).toString('utf8');
      i += n;
    }
  }
  return out;
}

/** The length of the valid UTF-8 sequence starting at `i`, or 0 when the byte there starts none. */
function utf8Length(b: Uint8Array, i: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  const need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
  if (need < 0 || i + need >= b.length) return 0;
  let cp = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
  for (let k = 1; k <= need; k++) {
    const cc = b[i + k];
    if ((cc & 0xc0) !== 0x80) return 0;
    cp = (cp << 6) | (cc & 0x3f);
  }
  const min = need === 1 ? 0x80 : need === 2 ? 0x800 : 0x10000;
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  return need + 1;
}

/** Does the string hold bytes that are not UTF-8 (escaped as lone surrogates)? */
function hasEscapedBytes(p: string): boolean {
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    if (c >= 0xdc80 && c <= 0xdcff && !(i > 0 && p.charCodeAt(i - 1) >= 0xd800 && p.charCodeAt(i - 1) <= 0xdbff)) return true;
  }
  return false;
}

/** The path to hand to the file system: the string itself, or its exact bytes when it holds escaped ones. */
export function fsPath(p: string): string | Buffer {
  if (!hasEscapedBytes(p)) return p;
  const parts: Buffer[] = [];
  let run = '';
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    const lone = c >= 0xdc80 && c <= 0xdcff && !(i > 0 && p.charCodeAt(i - 1) >= 0xd800 && p.charCodeAt(i - 1) <= 0xdbff);
    if (lone) {
      parts.push(Buffer.from(run, 'utf8'), Buffer.from([c - 0xdc00]));
      run = '';
    } else run += p[i];
  }
  parts.push(Buffer.from(run, 'utf8'));
  return Buffer.concat(parts);
}

/**
 * The command-line arguments with their bytes kept: on Linux, from /proc/self/cmdline when Node.js
 * replaced a byte by U+FFFD; otherwise as Node.js decoded them.
 */
export function exactArgs(argv: readonly string[]): string[] {
  if (!argv.some((a) => a.includes('\ufffd'))) return [...argv];
  let raw: Buffer;
  try {
    raw = fs.readFileSync('/proc/self/cmdline');
  } catch {
    return [...argv];
  }
  const all: string[] = [];
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === 0) {
      all.push(decodeName(raw.subarray(start, i)));
      start = i + 1;
    }
  }
  // The arguments are the last ones (before them: node, its options and the script).
  if (all.length < argv.length) return [...argv];
  const tail = all.slice(all.length - argv.length);
  // Trust the bytes only where they agree with what Node.js decoded.
  return tail.every((a, i) => decodeLossy(a) === argv[i]) ? tail : [...argv];
}

/** What Node.js makes of the same bytes (each bad byte a U+FFFD). */
function decodeLossy(name: string): string {
  const bytes = fsPath(name);
  return typeof bytes === 'string' ? bytes : bytes.toString('utf8');
}

/** A folder's entries, each name decoded as {@link decodeName} does (bytes that are not UTF-8 kept). */
export function readDirEntries(dir: string): fs.Dirent[] {
  const entries = fs.readdirSync(fsPath(dir), { withFileTypes: true });
  if (!entries.some((e) => e.name.includes('\ufffd'))) return entries;
  // Only a folder with such a name pays for reading its names as bytes.
  const raw = fs.readdirSync(fsPath(dir), { withFileTypes: true, encoding: 'buffer' } as unknown as { withFileTypes: true }) as unknown as Array<fs.Dirent & { name: Buffer | string }>;
  for (const e of raw) (e as { name: string | Buffer }).name = decodeName(e.name as unknown as Buffer);
  return raw as unknown as fs.Dirent[];
}
