import { isUtf8 } from 'buffer';

/** Largest file treated as a Dockerfile. Real ones are a few KB; anything this big is a mistake. */
export const MAX_DOCKERFILE_BYTES = 2 * 1024 * 1024;

export type Decoded = { ok: true; text: string } | { ok: false; line?: number; message: string };

/**
 * Bytes to text, refusing what no Dockerfile can be: binary files, invalid UTF-8, UTF-16 and
 * oversized files. The BOM, if any, is kept in the text (createSourceFile strips and restores it).
 */
export function decodeDockerfile(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_DOCKERFILE_BYTES) {
    const mb = (bytes.length / (1024 * 1024)).toFixed(1);
    return { ok: false, message: `file is ${mb} MB, over the ${MAX_DOCKERFILE_BYTES / (1024 * 1024)} MB limit for a Dockerfile` };
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, line: 1, message: 'file is UTF-16; save it as UTF-8' };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, line: lineOfByte(bytes, nul), message: 'binary file (NUL byte); not a Dockerfile' };
  // Node's own check (18.14 and later) is native; the scan below only runs to find where the file is bad.
  const bad = typeof isUtf8 === 'function' && isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (bad !== -1) return { ok: false, line: lineOfByte(bytes, bad), message: 'invalid UTF-8; save the file as UTF-8' };
  return { ok: true, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') };
}

function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 10) line++;
  return line;
}

/** Index of the first byte that starts an invalid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) { need = 1; min = 0x80; }
    else if (c >= 0xe0 && c <= 0xef) { need = 2; min = 0x800; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    if (i + need >= n) return i;
    let cp = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}
