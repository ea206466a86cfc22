import { describe, expect, it } from 'vitest';
import { judge, scoreAnswers } from './score-answers.ts';
import type { BenchQuestion } from './bench-questions.ts';
import { benchMarkdown, latency, replaceReadmeTable, type BenchReport, type SizeResult } from './bench-table.ts';

const q = (expect: string[][] | null, kind: BenchQuestion['kind'] = 'event-place'): BenchQuestion => ({ text: 'q', kind, expect, typo: false });

describe('judge', () => {
  it('is right when every group has one of its strings in the short answer, folded', () => {
    expect(judge(q([['minister'], ['kazakhstan', 'kazakh']]), { found: true, short: 'Kazakh Minister of Culture' })).toBe('right');
    expect(judge(q([['istanbul']]), { found: true, short: 'İSTANBUL, Türkiye' })).toBe('right');
  });

  it('is wrong when a group is missing, and "don\'t know" when nothing was found', () => {
    expect(judge(q([['minister'], ['kazakhstan']]), { found: true, short: 'Minister of Culture of Uzbekistan' })).toBe('wrong');
    expect(judge(q([['osh']]), { found: false, short: '' })).toBe('dont-know');
  });

  it('wants "I don\'t know" for an unanswerable question: any answer is wrong', () => {
    expect(judge(q(null, 'near-miss'), { found: false, short: '' })).toBe('right');
    expect(judge(q(null, 'off-topic'), { found: true, short: 'Baku' })).toBe('wrong');
  });
});

describe('scoreAnswers', () => {
  it('counts accuracy over all questions and precision over the answers given', () => {
    const questions = [q([['baku']]), q([['osh']]), q([['khiva']]), q(null, 'off-topic'), q(null, 'near-miss')];
    const answers = [
      { found: true, short: 'Baku' }, // right
      { found: true, short: 'Bishkek' }, // wrong
      { found: false, short: '' }, // don't know
      { found: false, short: '' }, // right refusal
      { found: true, short: 'Ankara' }, // wrong: a near miss answered
    ];
    const s = scoreAnswers(questions, answers);
    expect(s).toMatchObject({ n: 5, right: 2, wrong: 2, dontKnow: 1, accuracy: 0.4 });
    // Three answers given, one of them right.
    expect(s.precision).toBe(0.333);
    expect(s.answerable).toEqual({ n: 3, right: 1, wrong: 1, dontKnow: 1 });
    expect(s.unanswerable).toEqual({ n: 2, right: 1, wrong: 1, dontKnow: 0 });
    expect(s.byKind['event-place']).toEqual({ n: 3, right: 1, wrong: 1, dontKnow: 1 });
  });

  it('refuses answers that do not line up with the questions', () => {
    expect(() => scoreAnswers([q([['a']])], [])).toThrow('score: 1 questions but 0 answers');
  });
});

describe('latency', () => {
  it('takes percentiles by nearest rank', () => {
    const xs = Array.from({ length: 1000 }, (_, i) => i + 1);
    expect(latency(xs)).toMatchObject({ n: 1000, p50: 500, p95: 950, p99: 990, max: 1000 });
  });
});

/** The bot's answer times in the reports below: p99 45 ms. */
const BOT_LATENCY = latency([40, 45, 45]);

/** A one-size run with every answer right, the bot's latency BOT_LATENCY and these references. */
function reportOf(o: { articles: number; sentences: number; references?: SizeResult['references'] }): BenchReport {
  const acc = { n: 1, right: 1, wrong: 0, dontKnow: 0, accuracy: 1, precision: 1, answerable: { n: 1, right: 1, wrong: 0, dontKnow: 0 }, unanswerable: { n: 0, right: 0, wrong: 0, dontKnow: 0 }, byKind: {} };
  return {
    machine: { cpus: 2, cpuModel: 'Test CPU', memoryGb: 8, node: 'v20', platform: 'linux x64', date: '2026-01-01T00:00:00Z' },
    commit: 'abc1234', seed: 42, generatorVersion: 2, questions: 3, runs: 1, totalSeconds: 9,
    results: [{
      articles: o.articles, corpus: { mb: 1, wordsPerArticle: 450, distinctWords: 30_000, sentences: o.sentences, repeatedSentences: 0.1 }, build: { ms: 1000, peakRssMb: 500, facts: 10 }, indexMb: 5,
      bot: { runs: 1, loadMs: 1, warmUpMs: 1, readyMs: 2, readyMsAll: [2], processReadyMs: 3, rssReadyMb: 100, heapReadyMb: 50, rssEndMb: 120, peakRssMb: 130, latency: BOT_LATENCY, latencyByKind: {}, slowest: [], accuracy: acc, wrongExamples: [], via: {}, messagesPerSecond: 10 },
      references: o.references ?? {},
      targets: [],
    }],
  };
}

describe('README table', () => {
  it('replaces only the marked block', () => {
    const readme = 'a\n<!-- bench:start (npm run bench -- --readme FILE.json) -->\nold\n<!-- bench:end -->\nb\n';
    expect(replaceReadmeTable(readme, 'new')).toBe('a\n<!-- bench:start (npm run bench -- --readme FILE.json) -->\nnew\n<!-- bench:end -->\nb\n');
    expect(() => replaceReadmeTable('no markers', 'x')).toThrow('bench: README.md has no');
  });

  it('names the machine and marks missed targets', () => {
    const md = benchMarkdown(reportOf({ articles: 10_000, sentences: 300_000 }));
    expect(md).toContain('2 CPUs (Test CPU), 8 GiB');
    expect(md).toContain('commit abc1234');
    // Judged from the figures: p99 45 ms misses 30 ms, RSS 100 MB meets 400 MB, no reference ran.
    expect(md).toContain('| size | p99 (≤ 30 ms) | vs tuned MiniSearch p99 (≥ 5× faster) | time to ready (≤ 1 s) | RSS when ready (≤ 400 MB) |');
    expect(md).toContain('| 10,000 | **45 ms missed** | **0× missed** | 0 s met | 100 MB met | 100% met | 100% met |');
  });

  it('shows a reference whose build stopped at its budget as a lower bound, and a failed one as failed', () => {
    const md = benchMarkdown(
      reportOf({
        articles: 100_000,
        sentences: 3_000_000,
        references: {
          tuned: { latency: latency([450, 450, 450]), buildMs: 1_200_000, rssMb: 9000, meanHits: 5, budgetHit: false, botSameQuestions: BOT_LATENCY, partial: { indexed: 1_200_000, sentences: 3_000_000 } },
          default: { failed: 'child reference failed (status null, signal SIGKILL)' },
        },
      }),
    );
    expect(md).toContain('build stopped at 1200 s with 40% of the sentences indexed: at least this');
    expect(md).toContain('| p99 vs tuned MiniSearch | ≥ 10× |');
    expect(md).toContain('failed: child reference failed (status null, signal SIGKILL)');
    expect(md).toContain('| p99 vs default MiniSearch | — |');
    expect(md).toContain('| 100,000 | 45 ms met | ≥ 10× met |');
  });
});
