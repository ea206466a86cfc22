import { watch, type FSWatcher } from 'node:fs';
import type { Knowledge } from './core/knowledge.ts';
import type { Logger } from './logger.ts';

export interface KnowledgeHandle {
  /** The knowledge to use now. Call it per request: it changes after a swap. */
  get: () => Knowledge;
  /** Loads the index again now; true when the new one is in use. */
  reload: () => Promise<boolean>;
  stop: () => void;
}

/**
 * Keeps the bot's Knowledge current without a restart. On SIGHUP, or when index/manifest.json changes
 * (build:index and ingest write it last), the index is loaded again in full, and only then does one
 * reference assignment swap it in: a reader sees the old knowledge or the new one, never a mix. When
 * the new index fails to load, the old one stays in use and the error is logged.
 */
export function watchKnowledge(opts: {
  indexDir: string;
  load: (dir: string) => Knowledge | Promise<Knowledge>;
  logger: Logger;
  /** Knowledge already loaded at start-up; loaded here (synchronous load only) when absent. */
  initial?: Knowledge;
  onSwap?: (next: Knowledge, previous: Knowledge) => void;
  debounceMs?: number;
  /** Off in tests that drive reload() directly. */
  watchFiles?: boolean;
  signal?: NodeJS.Signals | null;
}): KnowledgeHandle {
  const log = opts.logger.child({ component: 'knowledge-reloader' });
  let current: Knowledge;
  if (opts.initial) current = opts.initial;
  else {
    const loaded = opts.load(opts.indexDir);
    if (loaded instanceof Promise) throw new Error('knowledge-reloader: pass `initial` when load is asynchronous');
    current = loaded;
  }

  let running: Promise<boolean> | null = null;
  let again = false;

  const loadAndSwap = async (): Promise<boolean> => {
    const started = Date.now();
    let previous: Knowledge;
    try {
      const next = await opts.load(opts.indexDir);
      if (next.inputHash === current.inputHash && next.articles.size === current.articles.size) {
        log.info({ inputHash: next.inputHash }, 'index unchanged, keeping the loaded one');
        return false;
      }
      previous = current;
      current = next;
      log.info({ inputHash: next.inputHash, articles: next.articles.size, facts: next.facts.length, ms: Date.now() - started }, 'index reloaded');
    } catch (err) {
      log.error({ err, indexDir: opts.indexDir }, 'index reload failed, keeping the current one');
      return false;
    }
    try {
      opts.onSwap?.(current, previous);
    } catch (err) {
      log.error({ err }, 'onSwap failed after an index reload');
    }
    return true;
  };

  // One load at a time; a change that arrives during a load triggers one more load after it.
  const reload = (): Promise<boolean> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let swapped = false;
      do {
        again = false;
        swapped = (await loadAndSwap()) || swapped;
      } while (again);
      running = null;
      return swapped;
    })();
    return running;
  };

  let timer: NodeJS.Timeout | undefined;
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void reload(), opts.debounceMs ?? 500);
  };

  let watcher: FSWatcher | undefined;
  if (opts.watchFiles !== false) {
    try {
      // Watch the directory, not the file: a build that renames a new manifest over the old one
      // would leave a file watcher on the dead inode.
      watcher = watch(opts.indexDir, (_event, filename) => {
        if (filename === null || filename.toString() === 'manifest.json') schedule();
      });
      watcher.on('error', (err) => log.warn({ err }, 'index watch failed; SIGHUP still reloads'));
    } catch (err) {
      log.warn({ err, indexDir: opts.indexDir }, 'cannot watch the index; SIGHUP still reloads');
    }
  }

  const signal = opts.signal === undefined ? 'SIGHUP' : opts.signal;
  const onSignal = (): void => {
    log.info({ signal }, 'reloading index on signal');
    void reload();
  };
  if (signal) process.on(signal, onSignal);

  return {
    get: () => current,
    reload,
    stop: () => {
      clearTimeout(timer);
      watcher?.close();
      if (signal) process.off(signal, onSignal);
    },
  };
}
