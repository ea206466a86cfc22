/**
 * The bot's side of shared articles, with an in-memory record: what it copies into seeds/, what it
 * skips (already here, here under another id, refused), one rebuild and one reload per sync, and a
 * failed sync that the next notification repairs.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { startArticleSync } from '../../src/ingest/article-sync.ts';
import type { SharedArticle, SharedArticleSource } from '../../src/store/shared-articles.ts';

const silent = pino({ level: 'silent' });
const work = mkdtempSync(path.join(tmpdir(), 'tcb-sync-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const article = (text: string) => Buffer.from(` date 2026-01-12 ${text}\n`);
const HERE = article('The TURKSOY Permanent Council met in Turkistan on Monday and approved the plan for the year.');

let n = 0;
function seedsWith(files: Record<string, Buffer>): string {
  const dir = path.join(work, `seeds-${n++}`);
  mkdirSync(dir);
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(dir, name), bytes);
  return dir;
}

/** A shared record in memory; notify() plays a NOTIFY. */
function memoryRecord(articles: SharedArticle[]) {
  let onChange: (() => void) | undefined;
  let failNext = false;
  let idsCalls = 0;
  const source: SharedArticleSource = {
    ids: async () => {
      idsCalls++;
      if (failNext) {
        failNext = false;
        throw new Error('Connection terminated unexpectedly');
      }
      return articles.map((a) => a.id);
    },
    fetch: async (ids) => articles.filter((a) => ids.includes(a.id)),
    listen: (cb) => {
      onChange = cb;
      return { close: async () => undefined };
    },
  };
  return { source, articles, notify: () => onChange?.(), failOnce: () => (failNext = true), idsCalls: () => idsCalls };
}

describe('article sync', () => {
  it('copies in what it lacks, byte for byte, rebuilds once and reloads; skips what it has in any form', async () => {
    const seeds = seedsWith({ '000_1111111111111111.txt': HERE });
    const record = memoryRecord([
      { id: '000_1111111111111111', bytes: HERE },
      { id: '005_aaaaaaaaaaaaaaaa', bytes: article('The first Turkic Komuz Festival will be held in Bishkek on 20 March 2026.') },
      { id: '006_bbbbbbbbbbbbbbbb', bytes: article('The Vagif Poetry Days opened in Shusha with poets from six countries.') },
      // The same text as an article here, under another id (ingested on two machines separately).
      { id: '007_cccccccccccccccc', bytes: HERE },
      { id: '008_dddddddddddddddd', bytes: Buffer.from([0xff, 0xfe, 0x00, 0x01]) },
    ]);
    const rebuilds: string[] = [];
    let reloads = 0;
    const sync = startArticleSync({ shared: record.source, seedsDir: seeds, indexDir: path.join(work, 'index'), logger: silent, rebuild: async (s) => void rebuilds.push(s), reload: async () => void reloads++, debounceMs: 1 });
    const outcome = await sync.syncNow();
    expect(outcome.added).toEqual(['005_aaaaaaaaaaaaaaaa', '006_bbbbbbbbbbbbbbbb']);
    expect(outcome.duplicates).toEqual(['007_cccccccccccccccc (here as 000_1111111111111111)']);
    expect(outcome.rejected.map((r) => r.id)).toEqual(['008_dddddddddddddddd']);
    expect(readdirSync(seeds).sort()).toEqual(['000_1111111111111111.txt', '005_aaaaaaaaaaaaaaaa.txt', '006_bbbbbbbbbbbbbbbb.txt']);
    expect(readFileSync(path.join(seeds, '005_aaaaaaaaaaaaaaaa.txt'))).toEqual(record.articles[1]!.bytes);
    expect(rebuilds).toEqual([seeds]);
    expect(reloads).toBe(1);

    // Nothing new: no rebuild, and the skipped ones are not fetched again.
    expect(await sync.syncNow()).toEqual({ added: [], duplicates: [], rejected: [] });
    expect(rebuilds).toHaveLength(1);
    await sync.stop();
  });

  it('syncs on a notification, and after a failed sync, on the next one', async () => {
    const seeds = seedsWith({});
    const record = memoryRecord([]);
    let reloads = 0;
    const sync = startArticleSync({ shared: record.source, seedsDir: seeds, indexDir: path.join(work, 'index'), logger: silent, rebuild: async () => undefined, reload: async () => void reloads++, debounceMs: 1 });
    record.articles.push({ id: '001_eeeeeeeeeeeeeeee', bytes: article('The Turkic Culture Forum gathered in Astana on Friday with ministers of culture.') });
    record.failOnce();
    record.notify();
    await waitFor(() => record.idsCalls() === 1);
    expect(readdirSync(seeds)).toEqual([]);
    expect(reloads).toBe(0);
    record.notify();
    await waitFor(() => readdirSync(seeds).includes('001_eeeeeeeeeeeeeeee.txt') && reloads === 1);
    await sync.stop();
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met');
    await new Promise((r) => setTimeout(r, 10));
  }
}
