/**
 * Benchmarks at scale:
 *   npm run bench                              1,000 and 10,000 articles, a table
 *   npm run bench -- --json                    the same as JSON (everything the table shows, and more)
 *   npm run bench -- --large                   adds 100,000 articles
 *   npm run bench -- --sizes 2000 --questions 1000 --runs 2 --work DIR
 *   npm run bench -- --table FILE.json         the markdown table of a saved JSON run
 *   npm run bench -- --readme FILE.json        rewrites README.md's table from a saved JSON run
 *
 * For each size: a synthetic corpus of seed-length articles (generate-corpus.ts) and questions with
 * their expected answers (bench-questions.ts) are written to a work directory; then, each in a child
 * process of its own so no step's memory or garbage reaches another's numbers:
 * - build: buildIndex, its time and peak RSS (maxRSS);
 * - bot (once per run, `--runs`): what main.ts does to get ready (loadKnowledge, warmUp), timed as
 *   "time to ready", then the RSS of that process as it is (no forced GC), then every question through
 *   answerQuestion, timed one by one and judged against the records (score-answers.ts), then answered
 *   messages per second through the real bot (createBot + handleUpdate, Bot API stubbed);
 * - one child per reference: MiniSearch with default options, and MiniSearch tuned as a competent
 *   user would (our stop words, tokenizer and stemmer), both over the same sentences with their
 *   article title; above 20,000 articles each runs as many questions as fit in a time budget.
 * `--work DIR` keeps the corpus and index and reuses them on the next run with the same size and seed.
 */
import { spawnSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, writeCorpus } from './generate-corpus.ts';
import type { StoredArticle } from '../../src/core/stored-articles.ts';
import { benchQuestions, type BenchQuestion } from './bench-questions.ts';
import { scoreAnswers, judge, type AccuracyReport, type ScoredAnswer } from './score-answers.ts';
import { INDEX_SCHEMA_VERSION } from '../../src/core/build-index.ts';
import { benchMarkdown, latency, replaceReadmeTable, targetsFor, type BenchReport, type Latency, type SizeResult } from './bench-table.ts';

const SEED = 42;
/** Bump when the generator's output changes, so a kept work directory is not reused. */
const GENERATOR_VERSION = 2;
/** Bump when bench-questions.ts changes: a kept corpus gets its questions made again. */
const QUESTIONS_VERSION = 2;
const THIS_FILE = fileURLToPath(import.meta.url);
const REPO = resolve(dirname(THIS_FILE), '../..');

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

// ---- children --------------------------------------------------------------------------------------

interface BuildResult {
  buildMs: number;
  peakRssMb: number;
  articles: number;
  sentences: number;
  facts: number;
  /** Share of sentences whose exact text occurs more than once in the corpus. */
  repeatedSentences: number;
  distinctWords: number;
  wordsPerArticle: number;
}

async function childBuild(seedsDir: string, outDir: string): Promise<BuildResult> {
  const { buildIndex } = await import('../../src/core/build-index.ts');
  const { words } = await import('../../src/core/text.ts');
  const t = performance.now();
  const report = buildIndex({ seedsDir, outDir });
  const buildMs = performance.now() - t;
  const peakRssMb = round(process.resourceUsage().maxRSS / 1024, 0);
  // Corpus statistics, after the timing: what the index was built from.
  const counts = new Map<string, number>();
  const vocab = new Set<string>();
  let sentences = 0;
  let wordCount = 0;
  for (const a of report.articles) {
    for (const s of a.sentences) {
      sentences++;
      counts.set(s.text, (counts.get(s.text) ?? 0) + 1);
    }
    const ws = words(a.text);
    wordCount += ws.length;
    for (const w of ws) vocab.add(w);
  }
  let repeated = 0;
  for (const n of counts.values()) if (n > 1) repeated += n;
  return {
    buildMs: round(buildMs, 0), peakRssMb, articles: report.articles.length, sentences, facts: report.facts.length,
    repeatedSentences: round(repeated / Math.max(1, sentences), 3), distinctWords: vocab.size, wordsPerArticle: Math.round(wordCount / Math.max(1, report.articles.length)),
  };
}

interface BotRun {
  loadMs: number;
  warmUpMs: number;
  /** loadKnowledge + warmUp: from "load the index" to "can answer", as main.ts does it. */
  readyMs: number;
  /** From process start (node, tsx, imports) to ready. */
  processReadyMs: number;
  rssReadyMb: number;
  heapReadyMb: number;
  rssEndMb: number;
  peakRssMb: number;
  times: number[];
  answers: ScoredAnswer[];
  via: Record<string, number>;
  bot: { messages: number; perSecond: number; replies: number };
}

async function childBot(indexDir: string, questionsFile: string): Promise<BotRun> {
  const { loadKnowledge } = await import('../../src/core/load-knowledge.ts');
  const { answerQuestion, warmUp } = await import('../../src/core/qa/index.ts');
  const questions = (JSON.parse(readFileSync(questionsFile, 'utf8')) as { measured: BenchQuestion[] }).measured;

  const t0 = performance.now();
  const knowledge = loadKnowledge(indexDir);
  const loadMs = performance.now() - t0;
  const warmUpMs = warmUp(knowledge);
  const readyAt = performance.now();
  // The process as a user meets it: no forced collection before measuring.
  const mem = process.memoryUsage();

  const times: number[] = [];
  const answers: ScoredAnswer[] = [];
  const via: Record<string, number> = {};
  for (const q of questions) {
    const t = performance.now();
    const a = answerQuestion(knowledge, q.text);
    times.push(round(performance.now() - t, 3));
    answers.push({ found: a.found, short: a.short });
    via[a.via] = (via[a.via] ?? 0) + 1;
  }
  const rssEndMb = mb(process.memoryUsage().rss);
  // Above 50,000 articles a third of the messages tell the same and save minutes.
  const bot = await botThroughput(knowledge, questions.slice(0, knowledge.articles.size > 50_000 ? 100 : 300).map((q) => q.text));
  return {
    loadMs: round(loadMs, 0), warmUpMs, readyMs: round(readyAt - t0, 0), processReadyMs: round(readyAt, 0),
    rssReadyMb: mb(mem.rss), heapReadyMb: mb(mem.heapUsed), rssEndMb, peakRssMb: round(process.resourceUsage().maxRSS / 1024, 0),
    times, answers, via, bot,
  };
}

interface ReferenceRun {
  variant: 'default' | 'tuned';
  buildMs: number;
  rssMb: number;
  /** Question index and time, in the order run. */
  times: [number, number][];
  meanHits: number;
  budgetHit: boolean;
  /** Sentences in the reference's index, of all the corpus has: fewer when the build budget ran out. */
  indexed: number;
  sentences: number;
  buildBudgetHit: boolean;
}

/** Sentences a reference indexes between two looks at its build budget. */
const REFERENCE_SLICE = 20_000;

async function childReference(indexDir: string, questionsFile: string, variant: 'default' | 'tuned', budgetMs: number, buildBudgetMs: number): Promise<ReferenceRun> {
  const { restoreArticle } = await import('../../src/core/stored-articles.ts');
  const { STOP_WORDS, words } = await import('../../src/core/text.ts');
  const { stem } = await import('../../src/core/search/sentence-search.ts');
  const MiniSearch = (await import('minisearch')).default;
  const questions = (JSON.parse(readFileSync(questionsFile, 'utf8')) as { measured: BenchQuestion[] }).measured;
  // Only the sentences, in corpus order, as the bot's index holds them: facts are not needed here.
  const docs: { id: number; text: string; title: string }[] = [];
  let i = 0;
  const { joinBlobs } = await import('../../src/core/index-blobs.ts');
  for (const stored of joinBlobs<StoredArticle[]>(JSON.parse(readFileSync(join(indexDir, 'articles.json'), 'utf8')), readFileSync(join(indexDir, 'articles.bin')))) {
    const a = restoreArticle(stored);
    for (const s of a.sentences) docs.push({ id: i++, text: s.text, title: a.title ?? '' });
  }
  const t = performance.now();
  // Default: MiniSearch as its README shows it. Tuned: what a competent user adds, our stop words,
  // tokenizer (keeps "TÜRKSOY" and "O‘zbekiston" whole) and stemmer; the same documents.
  const mini =
    variant === 'default'
      ? new MiniSearch<{ id: number; text: string; title: string }>({ fields: ['text', 'title'], storeFields: [] })
      : new MiniSearch<{ id: number; text: string; title: string }>({
          fields: ['text', 'title'], storeFields: [], tokenize: (s) => words(s),
          processTerm: (term) => (STOP_WORDS.has(term) ? null : stem(term)),
        });
  // In slices, so a build that would run for hours (default options at 100,000 articles) stops at its
  // budget: what it reached is then queried, a lower bound on what the whole index would take.
  const total = docs.length;
  let indexed = 0;
  let buildBudgetHit = false;
  for (let from = 0; from < total; from += REFERENCE_SLICE) {
    if (performance.now() - t > buildBudgetMs) {
      buildBudgetHit = true;
      break;
    }
    const slice = docs.slice(from, from + REFERENCE_SLICE);
    mini.addAll(slice);
    indexed += slice.length;
  }
  const buildMs = performance.now() - t;
  docs.length = 0;
  const rssMb = mb(process.memoryUsage().rss);
  // A stride through the set, so a budget cut keeps every kind of question.
  const order: number[] = [];
  const stride = 7;
  for (let s = 0; s < stride; s++) for (let j = s; j < questions.length; j += stride) order.push(j);
  const times: [number, number][] = [];
  let hits = 0;
  const started = performance.now();
  let budgetHit = false;
  for (const j of order) {
    if (times.length >= 50 && performance.now() - started > budgetMs) {
      budgetHit = true;
      break;
    }
    const t1 = performance.now();
    hits += mini.search(questions[j]!.text).length;
    times.push([j, round(performance.now() - t1, 3)]);
  }
  return { variant, buildMs: round(buildMs, 0), rssMb, times, meanHits: Math.round(hits / Math.max(1, times.length)), budgetHit, indexed, sentences: total, buildBudgetHit };
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

function runChild<T>(args: string[], opts: { exposeGc?: boolean } = {}): T {
  const res = spawnSync(process.execPath, [...(opts.exposeGc ? ['--expose-gc'] : []), '--max-old-space-size=20000', '--import', 'tsx', THIS_FILE, '--child', ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
    cwd: REPO,
  });
  const line = res.stdout.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
  if (res.status !== 0 || !line) throw new Error(`bench: child ${args[0]} failed (status ${res.status}, signal ${res.signal}):\n${res.stdout.slice(-2000)}`);
  return JSON.parse(line.slice('BENCH_RESULT '.length)) as T;
}

// ---- parent ----------------------------------------------------------------------------------------

function dirBytes(dir: string): number {
  return readdirSync(dir).reduce((s, n) => s + statSync(join(dir, n)).size, 0);
}

interface Options {
  questions: number;
  runs: number;
  work: string | null;
  referenceBudgetMs: number;
  referenceBuildBudgetMs: number;
  references: boolean;
  buildOnly: boolean;
}

class BuildOnly extends Error {}

function benchSize(articles: number, o: Options, log: (s: string) => void): SizeResult {
  const root = o.work ? join(o.work, `${articles}-s${SEED}-g${GENERATOR_VERSION}`) : mkdtempSync(join(tmpdir(), `bench-${articles}-`));
  mkdirSync(root, { recursive: true });
  const seeds = join(root, 'seeds');
  const out = join(root, 'index');
  const questionsFile = join(root, `questions-q${QUESTIONS_VERSION}-${o.questions}.json`);
  const buildFile = join(root, 'build.json');
  try {
    let corpusMb: number;
    if (o.work && existsSync(join(root, 'corpus.json'))) {
      corpusMb = (JSON.parse(readFileSync(join(root, 'corpus.json'), 'utf8')) as { corpusMb: number }).corpusMb;
      log(`[${articles}] reusing the corpus in ${root}`);
      if (!existsSync(questionsFile)) {
        // The same seed gives the same corpus: its records come back without writing it again.
        const { catalog, records } = generateCorpus({ articles, seed: SEED });
        writeFileSync(questionsFile, JSON.stringify({ measured: benchQuestions(catalog, records, o.questions) }));
      }
    } else {
      log(`[${articles}] generating corpus`);
      const { bytes, catalog, records } = writeCorpus(seeds, { articles, seed: SEED });
      corpusMb = mb(bytes);
      writeFileSync(questionsFile, JSON.stringify({ measured: benchQuestions(catalog, records, o.questions) }));
      writeFileSync(join(root, 'corpus.json'), JSON.stringify({ corpusMb }));
      rmSync(buildFile, { force: true });
    }
    let build: BuildResult;
    // A kept index of another schema version (the index format changed since) is built again.
    if (o.work && existsSync(buildFile) && keptSchema(out) === INDEX_SCHEMA_VERSION) {
      build = JSON.parse(readFileSync(buildFile, 'utf8')) as BuildResult;
      log(`[${articles}] reusing the index (built in ${round(build.buildMs / 1000)} s)`);
    } else {
      log(`[${articles}] building index`);
      build = runChild<BuildResult>(['build', seeds, out]);
      writeFileSync(buildFile, JSON.stringify(build));
      log(`[${articles}] built in ${round(build.buildMs / 1000)} s, peak ${build.peakRssMb} MB`);
    }
    const indexMb = mb(dirBytes(out));
    if (o.buildOnly) throw new BuildOnly();
    const questions = (JSON.parse(readFileSync(questionsFile, 'utf8')) as { measured: BenchQuestion[] }).measured;

    const runs: BotRun[] = [];
    for (let i = 0; i < o.runs; i++) {
      log(`[${articles}] bot run ${i + 1}/${o.runs}: ready, ${questions.length} questions`);
      runs.push(runChild<BotRun>(['bot', out, questionsFile]));
      const r = runs[runs.length - 1]!;
      log(`[${articles}]   ready in ${r.readyMs} ms, RSS ${r.rssReadyMb} MB, p99 ${latency(r.times).p99} ms`);
    }
    const accuracy: AccuracyReport = scoreAnswers(questions, runs[0]!.answers);
    const pooled = runs.flatMap((r) => r.times);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const byKind: Record<string, Latency> = {};
    for (const kind of new Set(questions.map((q) => q.kind))) byKind[kind] = latency(runs.flatMap((r) => r.times.filter((_, i) => questions[i]!.kind === kind)));
    const slowest = runs[0]!.times
      .map((ms, i) => ({ ms, question: questions[i]!.text, kind: questions[i]!.kind, verdict: judge(questions[i]!, runs[0]!.answers[i]!) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 10);
    const wrong = questions
      .map((q, i) => ({ q, a: runs[0]!.answers[i]! }))
      .filter(({ q, a }) => judge(q, a) === 'wrong')
      .slice(0, 15)
      .map(({ q, a }) => ({ question: q.text, kind: q.kind, expected: q.expect, got: a.short }));

    const references: SizeResult['references'] = {};
    if (o.references) {
      for (const variant of ['tuned', 'default'] as const) {
        log(`[${articles}] reference: ${variant} MiniSearch`);
        let ref: ReferenceRun;
        try {
          ref = runChild<ReferenceRun>(['reference', out, questionsFile, variant, String(o.referenceBudgetMs), String(o.referenceBuildBudgetMs)]);
        } catch (err) {
          // Out of memory, say: the run goes on and the table says the reference failed, and why.
          const why = (err as Error).message.split('\n')[0]!;
          log(`[${articles}]   ${variant}: failed (${why})`);
          references[variant] = { failed: why };
          continue;
        }
        // The bot's times over the same questions, for a like-for-like ratio when the budget cut the set.
        const botSame = latency(ref.times.map(([j]) => median(runs.map((r) => r.times[j]!))));
        references[variant] = {
          latency: latency(ref.times.map(([, ms]) => ms)), buildMs: ref.buildMs, rssMb: ref.rssMb, meanHits: ref.meanHits, budgetHit: ref.budgetHit, botSameQuestions: botSame,
          ...(ref.buildBudgetHit ? { partial: { indexed: ref.indexed, sentences: ref.sentences } } : {}),
        };
        log(`[${articles}]   ${variant}: p99 ${references[variant]!.latency!.p99} ms over ${ref.times.length} questions${ref.buildBudgetHit ? `, index built for ${ref.indexed} of ${ref.sentences} sentences in ${round(ref.buildMs / 1000)} s` : ''}`);
      }
    }
    const partial: Omit<SizeResult, 'targets'> = {
      articles,
      corpus: { mb: corpusMb, wordsPerArticle: build.wordsPerArticle, distinctWords: build.distinctWords, sentences: build.sentences, repeatedSentences: build.repeatedSentences },
      build: { ms: build.buildMs, peakRssMb: build.peakRssMb, facts: build.facts },
      indexMb,
      bot: {
        runs: runs.length,
        loadMs: median(runs.map((r) => r.loadMs)), warmUpMs: median(runs.map((r) => r.warmUpMs)), readyMs: median(runs.map((r) => r.readyMs)),
        readyMsAll: runs.map((r) => r.readyMs), processReadyMs: median(runs.map((r) => r.processReadyMs)),
        rssReadyMb: median(runs.map((r) => r.rssReadyMb)), heapReadyMb: median(runs.map((r) => r.heapReadyMb)), rssEndMb: median(runs.map((r) => r.rssEndMb)), peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
        latency: latency(pooled), latencyByKind: byKind, slowest, accuracy, wrongExamples: wrong, via: runs[0]!.via,
        messagesPerSecond: median(runs.map((r) => r.bot.perSecond)),
      },
      references,
    };
    return { ...partial, targets: targetsFor(partial) };
  } finally {
    if (!o.work) rmSync(root, { recursive: true, force: true });
  }
}

/** The schema version of a kept index, or null when it has none readable. */
function keptSchema(indexDir: string): number | null {
  try {
    return (JSON.parse(readFileSync(join(indexDir, 'manifest.json'), 'utf8')) as { schemaVersion: number }).schemaVersion;
  } catch {
    return null;
  }
}

function gitCommit(): string {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: REPO, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** One saved run, or several (`a.json,b.json`: one size each, run one after the other) as one table. */
function readReports(files: string): BenchReport {
  const reports = files.split(',').map((f) => JSON.parse(readFileSync(f, 'utf8')) as BenchReport);
  const first = reports[0]!;
  return {
    ...first,
    commit: [...new Set(reports.map((r) => r.commit))].join(', '),
    totalSeconds: reports.reduce((t, r) => t + r.totalSeconds, 0),
    results: reports.flatMap((r) => r.results).sort((a, b) => a.articles - b.articles),
  };
}

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === '--child') {
    const [, step, a, b, c, d, e] = argv;
    const result =
      step === 'build' ? await childBuild(a!, b!)
      : step === 'bot' ? await childBot(a!, b!)
      : await childReference(a!, b!, c as 'default' | 'tuned', Number(d), Number(e));
    process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}\n`);
    return;
  }
  const tableFrom = arg(argv, '--table');
  if (tableFrom) {
    process.stdout.write(`${benchMarkdown(readReports(tableFrom))}\n`);
    return;
  }
  const readmeFrom = arg(argv, '--readme');
  if (readmeFrom) {
    const readme = join(REPO, 'README.md');
    writeFileSync(readme, replaceReadmeTable(readFileSync(readme, 'utf8'), benchMarkdown(readReports(readmeFrom))));
    process.stderr.write(`README.md: benchmark table rewritten from ${readmeFrom}\n`);
    return;
  }
  const sizesArg = arg(argv, '--sizes');
  const sizes = sizesArg ? sizesArg.split(',').map(Number) : [1000, 10_000, ...(argv.includes('--large') ? [100_000] : [])];
  const o: Options = {
    questions: Number(arg(argv, '--questions') ?? 1000),
    runs: Number(arg(argv, '--runs') ?? 1),
    work: arg(argv, '--work') ? resolve(arg(argv, '--work')!) : null,
    referenceBudgetMs: Number(arg(argv, '--reference-budget') ?? 300) * 1000,
    referenceBuildBudgetMs: Number(arg(argv, '--reference-build-budget') ?? 1200) * 1000,
    references: !argv.includes('--no-references'),
    buildOnly: argv.includes('--build-only'),
  };
  const log = (s: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${s}\n`);
  const started = performance.now();
  const results: SizeResult[] = [];
  for (const n of sizes) {
    try {
      results.push(benchSize(n, o, log));
    } catch (err) {
      if (!(err instanceof BuildOnly)) throw err;
    }
  }
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', memoryGb: round(totalmem() / 1024 ** 3), node: process.version, platform: `${process.platform} ${process.arch}`, date: new Date().toISOString() };
  const report: BenchReport = { machine, commit: gitCommit(), seed: SEED, generatorVersion: GENERATOR_VERSION, questions: o.questions, runs: o.runs, totalSeconds: round((performance.now() - started) / 1000, 0), results };
  if (argv.includes('--json')) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else process.stdout.write(`${benchMarkdown(report)}\n`);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
