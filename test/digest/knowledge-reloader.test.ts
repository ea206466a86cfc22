import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../src/core/knowledge.ts';
import { factTable } from '../../src/core/fact-table.ts';
import type { Fact } from '../../src/core/types.ts';
import { watchKnowledge } from '../../src/knowledge-reloader.ts';
import { silentLogger } from './fixtures/delivery.ts';
import { makeKnowledge, type ArticleSpec } from './fixtures/knowledge.ts';

const dir = mkdtempSync(join(tmpdir(), 'tcb-reload-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tick = () => new Promise<void>((r) => setImmediate(r));

function articles(count: number): ArticleSpec[] {
  return Array.from({ length: count }, (_, i) => ({ id: `${String(i).padStart(3, '0')}_a`, date: '2025-11-01', events: [{ name: `E${i}`, sentence: `E${i} happened.` }] }));
}

/** A knowledge is whole when its hash names its size and every fact cites one of its own articles. */
function isWhole(k: Knowledge): boolean {
  return k.inputHash === `v${k.articles.size}` && k.facts.length === k.articles.size && [...k.facts].every((f) => k.articles.has(f.sources[0]!.articleId));
}

/** Loads an index of `size` articles the slow way: the object grows over many event-loop turns. */
async function slowLoad(size: number): Promise<Knowledge> {
  const full = makeKnowledge(articles(size), `v${size}`);
  // The table reads the array as it grows.
  const facts: Fact[] = [];
  const growing: Knowledge = { ...full, articles: new Map(), facts: factTable(facts), inputHash: 'loading' };
  for (const [id, a] of full.articles) {
    growing.articles.set(id, a);
    facts.push([...full.facts].find((f) => f.sources[0]!.articleId === id)!);
    await tick();
  }
  growing.inputHash = full.inputHash;
  return growing;
}

function capture() {
  const lines: string[] = [];
  const logger = pino(
    { level: 'info' },
    new Writable({
      write(c, _e, done) {
        lines.push(String(c));
        done();
      },
    }),
  );
  return { logger, lines };
}

describe('watchKnowledge', () => {
  it('never hands out a half-loaded knowledge while answering during swaps', async () => {
    let size = 3;
    const handle = watchKnowledge({ indexDir: dir, initial: makeKnowledge(articles(3), 'v3'), load: () => slowLoad(size), logger: silentLogger, watchFiles: false, signal: null });
    let checks = 0;
    let broken = 0;
    let stop = false;
    const seen = new Set<string>();
    const reader = (async () => {
      while (!stop) {
        const k = handle.get();
        seen.add(k.inputHash);
        if (!isWhole(k)) broken++;
        checks++;
        await tick();
      }
    })();
    for (size = 10; size <= 50; size += 10) expect(await handle.reload()).toBe(true);
    stop = true;
    await reader;
    handle.stop();
    expect(broken).toBe(0);
    expect(checks).toBeGreaterThan(50);
    expect(handle.get().inputHash).toBe('v50');
    // The reader did run during the loads and saw several versions, all whole.
    expect(seen.size).toBeGreaterThanOrEqual(3);
  });

  it('keeps the current knowledge and logs the error when the new index fails to load', async () => {
    const { logger, lines } = capture();
    const initial = makeKnowledge(articles(2), 'v2');
    const handle = watchKnowledge({ indexDir: dir, initial, load: () => Promise.reject(new Error('index: manifest.json schema 9 unsupported')), logger, watchFiles: false, signal: null });
    expect(await handle.reload()).toBe(false);
    expect(handle.get()).toBe(initial);
    expect(lines.join('')).toContain('index reload failed, keeping the current one');
    expect(lines.join('')).toContain('schema 9 unsupported');
    handle.stop();
  });

  it('reloads on SIGHUP and calls onSwap with the new and the old knowledge', async () => {
    const initial = makeKnowledge(articles(1), 'v1');
    const swaps: [string, string][] = [];
    let done!: () => void;
    const swapped = new Promise<void>((r) => (done = r));
    const handle = watchKnowledge({
      indexDir: dir,
      initial,
      load: () => makeKnowledge(articles(4), 'v4'),
      logger: silentLogger,
      watchFiles: false,
      onSwap: (next, prev) => {
        swaps.push([next.inputHash, prev.inputHash]);
        done();
      },
    });
    process.emit('SIGHUP', 'SIGHUP');
    await swapped;
    handle.stop();
    expect(swaps).toEqual([['v4', 'v1']]);
    expect(process.listenerCount('SIGHUP')).toBe(0);
  });

  it('reloads when manifest.json in the index directory changes', async () => {
    const indexDir = mkdtempSync(join(dir, 'index-'));
    let version = 1;
    let done!: () => void;
    const swapped = new Promise<void>((r) => (done = r));
    const handle = watchKnowledge({ indexDir, load: () => makeKnowledge(articles(version), `v${version}`), logger: silentLogger, debounceMs: 50, signal: null, onSwap: () => done() });
    expect(handle.get().inputHash).toBe('v1');
    version = 2;
    writeFileSync(join(indexDir, 'other.json'), '{}');
    writeFileSync(join(indexDir, 'manifest.json'), '{"inputHash":"v2"}');
    await Promise.race([swapped, new Promise((_, reject) => setTimeout(() => reject(new Error('no reload within 5 s')), 5000))]);
    handle.stop();
    expect(handle.get().inputHash).toBe('v2');
  });

  it('coalesces reload requests that arrive during a load into one more load', async () => {
    let loads = 0;
    const handle = watchKnowledge({
      indexDir: dir,
      initial: makeKnowledge(articles(1), 'v1'),
      load: async () => {
        loads++;
        return slowLoad(5 + loads);
      },
      logger: silentLogger,
      watchFiles: false,
      signal: null,
    });
    await Promise.all([handle.reload(), handle.reload(), handle.reload(), handle.reload()]);
    handle.stop();
    expect(loads).toBe(2);
    expect(handle.get().inputHash).toBe('v7');
  });
});
