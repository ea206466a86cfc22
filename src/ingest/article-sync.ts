/**
 * The bot's side of shared articles (src/store/shared-articles.ts): on start-up, on every
 * notification and after every reconnection, it compares the shared record with its own seeds/, copies
 * in the articles it lacks through the same checks as `npm run ingest` (so ids, duplicates and bad files
 * are handled alike), rebuilds the index in a child process (the bot keeps answering meanwhile) and
 * swaps the new index in.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../logger.ts';
import type { SharedArticleSource } from '../store/shared-articles.ts';
import { ingestArticles } from './ingest-articles.ts';

export interface ArticleSyncOptions {
  shared: SharedArticleSource;
  seedsDir: string;
  indexDir: string;
  logger: Logger;
  /** Builds the index from seedsDir into indexDir; defaults to `build:index` in a child process. */
  rebuild?: (seedsDir: string, indexDir: string) => Promise<void>;
  /** Loads the rebuilt index into the running bot (the knowledge reloader). */
  reload: () => Promise<unknown>;
  /** Notifications that arrive together are handled in one sync. */
  debounceMs?: number;
}

export interface SyncOutcome {
  added: string[];
  duplicates: string[];
  rejected: { id: string; problem: string }[];
}

export interface ArticleSync {
  /** Syncs now (after any sync under way); resolves with what that sync did. */
  syncNow: () => Promise<SyncOutcome>;
  stop: () => Promise<void>;
}

const BUILD_INDEX_CLI = fileURLToPath(new URL('../cli/build-index.ts', import.meta.url));

/** `build:index` in a child process with this process's loader flags (tsx), so the bot's event loop stays free. */
export function rebuildInChildProcess(seedsDir: string, indexDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, BUILD_INDEX_CLI, '--seeds', seedsDir, '--out', indexDir], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`build:index exited with ${code}: ${stderr.trim().slice(-500)}`))));
  });
}

async function localIds(seedsDir: string): Promise<Set<string>> {
  return new Set((await readdir(seedsDir)).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -'.txt'.length)));
}

export function startArticleSync(opts: ArticleSyncOptions): ArticleSync {
  const log = opts.logger.child({ component: 'article-sync' });
  const rebuild = opts.rebuild ?? rebuildInChildProcess;
  let stopped = false;
  let running: Promise<SyncOutcome> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  // Shared ids this instance will not take (a duplicate here, or refused): not fetched again.
  const settled = new Set<string>();

  const syncOnce = async (): Promise<SyncOutcome> => {
    const outcome: SyncOutcome = { added: [], duplicates: [], rejected: [] };
    const have = await localIds(opts.seedsDir);
    const missing = (await opts.shared.ids()).filter((id) => !have.has(id) && !settled.has(id));
    if (missing.length === 0) return outcome;
    const articles = await opts.shared.fetch(missing);
    const dir = await mkdtemp(path.join(tmpdir(), 'tcb-shared-'));
    try {
      const files: string[] = [];
      for (const a of articles) {
        const file = path.join(dir, `${a.id}.txt`);
        await writeFile(file, a.bytes);
        files.push(file);
      }
      const idOf = (file: string) => path.basename(file, '.txt');
      // One at a time: ingest is all-or-nothing per call, and one bad article must not hold back the rest.
      const accepted: string[] = [];
      for (const file of files) {
        const result = await ingestArticles({ files: [file], seedsDir: opts.seedsDir, rebuild: async () => undefined });
        for (const r of result.rejected) {
          outcome.rejected.push({ id: idOf(r.file), problem: r.problem });
          settled.add(idOf(r.file));
        }
        for (const d of result.duplicates) {
          outcome.duplicates.push(`${idOf(d.file)} (here as ${d.id})`);
          settled.add(idOf(d.file));
        }
        for (const a of result.added) accepted.push(a.id);
      }
      if (accepted.length > 0) {
        const started = Date.now();
        await rebuild(opts.seedsDir, opts.indexDir);
        outcome.added = accepted;
        log.info({ added: accepted, ms: Date.now() - started }, 'articles ingested elsewhere copied into seeds/, index rebuilt');
        await opts.reload();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    if (outcome.duplicates.length > 0) log.info({ duplicates: outcome.duplicates }, 'shared articles already here under another id, skipped');
    if (outcome.rejected.length > 0) log.warn({ rejected: outcome.rejected }, 'shared articles refused');
    return outcome;
  };

  const syncNow = (): Promise<SyncOutcome> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let last: SyncOutcome = { added: [], duplicates: [], rejected: [] };
      do {
        again = false;
        try {
          last = await syncOnce();
        } catch (err) {
          // The database went away mid-sync, or the build failed: the next notification or
          // reconnection tries again; the index in use stays.
          log.error({ err: (err as Error).message }, 'shared articles sync failed');
        }
      } while (again && !stopped);
      running = null;
      return last;
    })();
    return running;
  };

  const listener = opts.shared.listen(() => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void syncNow(), opts.debounceMs ?? 200);
  });

  return {
    syncNow,
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await listener.close();
      await running?.catch(() => undefined);
    },
  };
}
