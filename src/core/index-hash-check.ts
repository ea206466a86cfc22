import { Worker } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from './build-index.ts';

/**
 * Checks index files against their manifest hashes. Above a few megabytes the hashing runs in a
 * worker thread while the loader parses the same files on the main thread, so time to ready is the
 * longer of the two rather than their sum (at 100,000 articles, about a gigabyte to hash). `firstMismatch`
 * blocks until the worker is done; a small index, or a worker that cannot start, is hashed in place.
 */
export interface HashCheck {
  /** The first file (in the order given) whose bytes do not match its hash, or null when all do. */
  firstMismatch(): string | null;
}

/** Below this many bytes in all, starting a thread costs more than it saves. */
const PARALLEL_FROM_BYTES = 8 * 1024 * 1024;
/** A worker that has said nothing after this long is given up on, and the files are hashed in place. */
const WORKER_TIMEOUT_MS = 120_000;

// Plain JavaScript, run with `eval`: a worker needs no TypeScript loader for this.
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { openSync, readSync, closeSync } = require('node:fs');
const { join } = require('node:path');
const state = new Int32Array(workerData.state);
let result = 1;
try {
  const buf = Buffer.allocUnsafe(4 * 1024 * 1024);
  for (let i = 0; i < workerData.files.length; i++) {
    const [name, expected] = workerData.files[i];
    const hash = createHash('sha256');
    let fd = -1;
    try {
      fd = openSync(join(workerData.dir, name), 'r');
      for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0; ) hash.update(buf.subarray(0, n));
    } catch {
      result = i + 2;
      break;
    } finally {
      if (fd >= 0) closeSync(fd);
    }
    if (hash.digest('hex') !== expected) {
      result = i + 2;
      break;
    }
  }
} catch {
  result = -1;
}
Atomics.store(state, 0, result);
Atomics.notify(state, 0);
`;

export function startHashCheck(dir: string, files: readonly (readonly [name: string, expected: string, bytes: number])[], opts: { parallelFromBytes?: number } = {}): HashCheck {
  const inPlace = (): HashCheck => {
    let done: string | null | undefined;
    return {
      firstMismatch: () => {
        if (done !== undefined) return done;
        done = null;
        for (const [name, expected] of files) {
          let bytes: Buffer;
          try {
            bytes = readFileSync(join(dir, name));
          } catch {
            return (done = name);
          }
          if (sha256(bytes) !== expected) return (done = name);
        }
        return done;
      },
    };
  };
  if (files.reduce((s, [, , bytes]) => s + bytes, 0) < (opts.parallelFromBytes ?? PARALLEL_FROM_BYTES)) return inPlace();
  const state = new Int32Array(new SharedArrayBuffer(4));
  let worker: Worker;
  try {
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { dir, files: files.map(([n, h]) => [n, h]), state: state.buffer } });
  } catch {
    return inPlace();
  }
  // A failed worker must not keep the process alive nor crash it: its result is read from `state`.
  worker.unref();
  worker.on('error', () => {});
  return {
    firstMismatch: () => {
      if (Atomics.load(state, 0) === 0) Atomics.wait(state, 0, 0, WORKER_TIMEOUT_MS);
      const result = Atomics.load(state, 0);
      if (result === 1) return null;
      if (result >= 2) return files[result - 2]![0];
      // The worker failed or never answered: hash here, as a small index is.
      void worker.terminate();
      return inPlace().firstMismatch();
    },
  };
}
