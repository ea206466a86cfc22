/**
 * Benchmarks at scale (`npm run bench`, `npm run bench -- --json`, `--large` adds 100,000 articles,
 * `--sizes 1000,5000` picks sizes, `--questions N` the size of the question set).
 *
 * For each size: a synthetic corpus (test/bench/generate-corpus.ts) is written to a temp directory; a
 * child process builds the index (buildIndex), another loads it (loadKnowledge) and measures memory,
 * answer latency over a fixed mixed question set, the same questions through a plain MiniSearch over
 * all sentences (no term pruning: the reference the targets compare with), and answered messages per
 * second through bot.handleUpdate with the Bot API stubbed. A child per step keeps the sizes and the
 * build's garbage out of each other's memory numbers.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchQuestions, makeCatalog, writeCorpus } from './generate-corpus.ts';

const SEED = 42;
const THIS_FILE = fileURLToPath(import.meta.url);

interface BuildResult {
  buildMs: number;
  peakRssMb: number;
  articles: number;
  sentences: number;
  facts: number;
}

interface QueryResult {
  loadMs: number;
  rssAfterLoadMb: number;
  firstAnswerMs: number;
  /** 50 warm-up questions (other names) before the measured set. */
  warmupMs: number;
  answer: Latency & { found: number; viaFacts: number; viaSearch: number };
  plain: Latency & { buildMs: number; meanHits: number };
  bot: { messages: number; perSecond: number; replies: number };
  rssEndMb: number;
  peakRssMb: number;
}

interface Latency {
  n: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

export interface SizeResult {
  articles: number;
  corpusMb: number;
  generateMs: number;
  build: BuildResult;
  indexMb: number;
  query: QueryResult;
  targets: { name: string; met: boolean; value: string }[];
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

function latency(samples: number[]): Latency {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? 0;
  return { n: s.length, p50: round(at(0.5), 2), p99: round(at(0.99), 2), max: round(s[s.length - 1] ?? 0, 2), mean: round(s.reduce((a, b) => a + b, 0) / (s.length || 1), 2) };
}

function gcIfExposed(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

// ---- children --------------------------------------------------------------------------------------

async function childBuild(seedsDir: string, outDir: string): Promise<BuildResult> {
  const { buildIndex } = await import('../../src/core/build-index.ts');
  const t = performance.now();
  const report = buildIndex({ seedsDir, outDir });
  const buildMs = performance.now() - t;
  return {
    buildMs: round(buildMs, 0),
    peakRssMb: round(process.resourceUsage().maxRSS / 1024, 0),
    articles: report.articles.length,
    sentences: report.articles.reduce((s, a) => s + a.sentences.length, 0),
    facts: report.facts.length,
  };
}

async function childQuery(indexDir: string, articles: number, questionCount: number): Promise<QueryResult> {
  const { loadKnowledge } = await import('../../src/core/load-knowledge.ts');
  const { answerQuestion } = await import('../../src/core/qa/index.ts');
  const questions = benchQuestions(makeCatalog(articles, SEED), questionCount);

  gcIfExposed();
  const t0 = performance.now();
  const knowledge = loadKnowledge(indexDir);
  const loadMs = performance.now() - t0;
  gcIfExposed();
  const rssAfterLoadMb = mb(process.memoryUsage().rss);

  // The first question builds the per-knowledge caches (vocabulary, fact views): reported on its own.
  const t1 = performance.now();
  answerQuestion(knowledge, 'Who is the Secretary General of TURKSOY?');
  const firstAnswerMs = performance.now() - t1;
  // Warm-up: 50 questions of the same shapes about other names (another seed), so the measures below
  // are of a running bot, not of the JIT compiling the code paths; caches per name stay cold.
  const t3 = performance.now();
  for (const q of benchQuestions(makeCatalog(articles, SEED), 50, 99)) answerQuestion(knowledge, q);
  const warmupMs = performance.now() - t3;
  // The garbage of loading (file texts, parse buffers) goes before the steady-state measures: a running
  // bot collects it once, right after a load, not during every question.
  gcIfExposed();

  const times: number[] = [];
  let found = 0;
  let viaFacts = 0;
  let viaSearch = 0;
  for (const q of questions) {
    const t = performance.now();
    const a = answerQuestion(knowledge, q);
    times.push(performance.now() - t);
    if (a.found) found++;
    if (a.via === 'facts') viaFacts++;
    if (a.via === 'search') viaSearch++;
  }
  const answer = { ...latency(times), found, viaFacts, viaSearch };

  const bot = await botThroughput(knowledge, questions);

  // The reference: MiniSearch with its default tokenizer, term processing and search options, over the
  // same sentences (text and article title), with no term pruning.
  const MiniSearch = (await import('minisearch')).default;
  const t2 = performance.now();
  const mini = new MiniSearch<{ id: string; text: string; title: string }>({ fields: ['text', 'title'], storeFields: [] });
  const docs: { id: string; text: string; title: string }[] = [];
  for (const s of knowledge.sentences.values()) docs.push({ id: s.id, text: s.text, title: knowledge.articles.get(s.articleId)?.title ?? '' });
  mini.addAll(docs);
  const plainBuildMs = performance.now() - t2;
  const plainTimes: number[] = [];
  let hits = 0;
  // Above 20,000 articles a plain query takes seconds: every 5th question is enough for the reference.
  const plainQuestions = articles > 20_000 ? questions.filter((_, i) => i % 5 === 0) : questions;
  for (const q of plainQuestions) {
    const t = performance.now();
    hits += mini.search(q).length;
    plainTimes.push(performance.now() - t);
  }
  const plain = { ...latency(plainTimes), buildMs: round(plainBuildMs, 0), meanHits: Math.round(hits / plainQuestions.length) };

  return {
    loadMs: round(loadMs, 0),
    rssAfterLoadMb,
    firstAnswerMs: round(firstAnswerMs, 0),
    warmupMs: round(warmupMs, 0),
    answer,
    plain,
    bot,
    rssEndMb: mb(process.memoryUsage().rss),
    peakRssMb: round(process.resourceUsage().maxRSS / 1024, 0),
  };
}

/** Answered messages per second through the real bot (middleware, formatting), Bot API stubbed. */
async function botThroughput(knowledge: import('../../src/core/knowledge.ts').Knowledge, questions: string[]) {
  const { createBot } = await import('../../src/telegram/create-bot.ts');
  const { createLogger } = await import('../../src/logger.ts');
  let replies = 0;
  let messageId = 1000;
  const bot = createBot({
    config: { TELEGRAM_BOT_TOKEN: '123456:BENCH-token-not-real', TELEGRAM_API_ROOT: 'http://127.0.0.1:9' },
    logger: createLogger({ level: 'silent' }),
    getKnowledge: () => knowledge,
    flood: false,
    now: () => new Date('2025-11-20T12:00:00Z'),
    transport: async (method, payload) => {
      if (method === 'sendMessage') {
        replies++;
        return { message_id: ++messageId, date: 0, chat: { id: (payload as { chat_id: number }).chat_id, type: 'private' }, text: (payload as { text: string }).text };
      }
      if (method === 'getMe') return { id: 777, is_bot: true, first_name: 'Bench bot', username: 'BenchBot' };
      return true;
    },
  });
  bot.botInfo = { id: 777, is_bot: true, first_name: 'Bench bot', username: 'BenchBot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: true };
  const t = performance.now();
  let updateId = 1;
  for (const [i, text] of questions.entries()) {
    // One chat per user: the per-chat queue and flood guard see ordinary traffic.
    const chat = { id: 10_000 + (i % 50), type: 'private' as const, first_name: 'Bench' };
    await bot.handleUpdate({
      update_id: updateId++,
      message: { message_id: i + 1, date: 1_763_640_000, chat, from: { id: chat.id, is_bot: false, first_name: 'Bench' }, text },
    } as Parameters<typeof bot.handleUpdate>[0]);
  }
  const seconds = (performance.now() - t) / 1000;
  return { messages: questions.length, perSecond: round(questions.length / seconds, 0), replies };
}

function runChild<T>(args: string[]): T {
  const res = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=20000', '--import', 'tsx', THIS_FILE, '--child', ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = res.stdout.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
  if (res.status !== 0 || !line) throw new Error(`bench: child ${args[0]} failed (status ${res.status}, signal ${res.signal}):\n${res.stdout.slice(-2000)}`);
  return JSON.parse(line.slice('BENCH_RESULT '.length)) as T;
}

// ---- parent ----------------------------------------------------------------------------------------

function dirBytes(dir: string): number {
  return readdirSync(dir).reduce((s, n) => s + statSync(join(dir, n)).size, 0);
}

function targetsFor(r: Omit<SizeResult, 'targets'>): SizeResult['targets'] {
  const q = r.query;
  const ratio = q.plain.p99 / Math.max(q.answer.p99, 0.001);
  if (r.articles >= 100_000) {
    return [
      { name: 'build finishes', met: true, value: `${round(r.build.buildMs / 1000)} s` },
      { name: 'p99 ≤ 100 ms', met: q.answer.p99 <= 100, value: `${q.answer.p99} ms` },
      { name: 'memory ≤ 2 GB', met: q.rssAfterLoadMb <= 2048, value: `${q.rssAfterLoadMb} MB` },
    ];
  }
  if (r.articles >= 10_000) {
    return [
      { name: 'p99 ≤ 50 ms', met: q.answer.p99 <= 50, value: `${q.answer.p99} ms` },
      { name: 'p99 ≥ 10x below plain MiniSearch', met: ratio >= 10, value: `${round(ratio)}x` },
      { name: 'load ≤ 1 s', met: q.loadMs <= 1000, value: `${q.loadMs} ms` },
      { name: 'RSS ≤ 400 MB', met: q.rssAfterLoadMb <= 400, value: `${q.rssAfterLoadMb} MB` },
    ];
  }
  return [];
}

function benchSize(articles: number, questionCount: number, log: (s: string) => void): SizeResult {
  const root = mkdtempSync(join(tmpdir(), `bench-${articles}-`));
  const seeds = join(root, 'seeds');
  const out = join(root, 'index');
  try {
    log(`[${articles}] generating corpus`);
    const tg = performance.now();
    const { bytes } = writeCorpus(seeds, { articles, seed: SEED });
    const generateMs = round(performance.now() - tg, 0);
    log(`[${articles}] building index`);
    const build = runChild<BuildResult>(['build', seeds, out]);
    const indexMb = mb(dirBytes(out));
    log(`[${articles}] built in ${round(build.buildMs / 1000)} s; loading and asking`);
    const query = runChild<QueryResult>(['query', out, String(articles), String(questionCount)]);
    const partial = { articles, corpusMb: mb(bytes), generateMs, build, indexMb, query };
    return { ...partial, targets: targetsFor(partial) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function table(results: SizeResult[]): string {
  const rows: [string, (r: SizeResult) => string][] = [
    ['articles', (r) => r.articles.toLocaleString('en-US')],
    ['sentences', (r) => r.build.sentences.toLocaleString('en-US')],
    ['facts', (r) => r.build.facts.toLocaleString('en-US')],
    ['corpus on disk', (r) => `${r.corpusMb} MB`],
    ['index build (buildIndex)', (r) => `${round(r.build.buildMs / 1000)} s`],
    ['build peak RSS', (r) => `${r.build.peakRssMb} MB`],
    ['index size on disk', (r) => `${r.indexMb} MB`],
    ['index load (loadKnowledge)', (r) => `${r.query.loadMs} ms`],
    ['RSS after load', (r) => `${r.query.rssAfterLoadMb} MB`],
    ['first answer (builds caches)', (r) => `${r.query.firstAnswerMs} ms`],
    ['warm-up (50 other questions)', (r) => `${r.query.warmupMs} ms`],
    ['answer p50 / p99', (r) => `${r.query.answer.p50} / ${r.query.answer.p99} ms`],
    ['answer max', (r) => `${r.query.answer.max} ms`],
    ['found (facts / search)', (r) => `${r.query.answer.found}/${r.query.answer.n} (${r.query.answer.viaFacts} / ${r.query.answer.viaSearch})`],
    ['plain MiniSearch p50 / p99', (r) => `${r.query.plain.p50} / ${r.query.plain.p99} ms`],
    ['plain MiniSearch mean hits', (r) => String(r.query.plain.meanHits)],
    ['p99 speed-up vs plain', (r) => `${round(r.query.plain.p99 / Math.max(r.query.answer.p99, 0.001))}x`],
    ['bot messages / s', (r) => String(r.query.bot.perSecond)],
    ['RSS at end (peak)', (r) => `${r.query.rssEndMb} MB (${r.query.peakRssMb} MB)`],
  ];
  const cols = [['', ...results.map((r) => `${r.articles.toLocaleString('en-US')} articles`)], ...rows.map(([name, f]) => [name, ...results.map(f)])];
  const widths = cols[0]!.map((_, i) => Math.max(...cols.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i]!)).join(' | ')} |`;
  const out = [line(cols[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cols.slice(1).map(line)];
  const targets = results.flatMap((r) => r.targets.map((t) => `- ${r.articles.toLocaleString('en-US')} articles: ${t.name}: ${t.value} — ${t.met ? 'met' : 'MISSED'}`));
  return [...out, '', ...targets].join('\n');
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === '--child') {
    const [, step, a, b, c] = argv;
    const result = step === 'build' ? await childBuild(a!, b!) : await childQuery(a!, Number(b), Number(c));
    process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}\n`);
    return;
  }
  const json = argv.includes('--json');
  const sizesArg = argv[argv.indexOf('--sizes') + 1];
  const sizes = argv.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : [1000, 10_000, ...(argv.includes('--large') ? [100_000] : [])];
  const questionsArg = argv[argv.indexOf('--questions') + 1];
  const questionCount = argv.includes('--questions') && questionsArg ? Number(questionsArg) : 200;
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const started = performance.now();
  const results: SizeResult[] = [];
  for (const n of sizes) results.push(benchSize(n, questionCount, log));
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', memoryGb: round(totalmem() / 1024 ** 3), node: process.version, date: new Date().toISOString() };
  const totalSeconds = round((performance.now() - started) / 1000, 0);
  if (json) process.stdout.write(`${JSON.stringify({ machine, seed: SEED, questions: questionCount, totalSeconds, results }, null, 2)}\n`);
  else process.stdout.write(`${table(results)}\n\n${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGb} GB, Node ${machine.node}, ${machine.date}; total ${totalSeconds} s\n`);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
