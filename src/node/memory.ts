/**
 * A long run's memory: each file's syntax tree, model and findings are garbage once it is
 * reported, but V8 lets that garbage pile up far past what is live before a full collection
 * (10,000 one-Dockerfile folders: a peak of 180 to 610 MB from one run to the next, with under
 * 100 MB live). Every so many files the run looks at its heap and, past a limit that only a long
 * run reaches, asks for a full collection: the peak stays under 200 MB for the same time.
 * Collecting on a schedule instead (every 1,000 files) cost a third more time.
 */
type GcModules = { v8: typeof import('node:v8'); collect: (() => void) | null };

/** How often a long run looks at its heap. */
export const FILES_PER_LOOK = 100;
const LIMIT_BYTES = 100 * 1024 * 1024;

// Loaded on the first look (after a hundred files): a one-file run does not pay for them.
let modules: GcModules | undefined;

function load(): GcModules {
  const v8 = require('node:v8') as typeof import('node:v8');
  try {
    v8.setFlagsFromString('--expose-gc');
    return { v8, collect: (require('node:vm') as typeof import('node:vm')).runInNewContext('gc') as () => void };
  } catch {
    return { v8, collect: null };
  }
}

/** A full collection when the heap has grown past the limit; nothing otherwise. */
export function collectGarbage(): void {
  modules ??= load();
  if (modules.v8.getHeapStatistics().used_heap_size >= LIMIT_BYTES) modules.collect?.();
}
