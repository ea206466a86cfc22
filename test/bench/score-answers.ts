/**
 * Accuracy against the generator's records. An answer is judged by its `short` (the direct answer a
 * user reads first), folded like the bot folds text:
 * - an answerable question: right when `found` and every expected group has one of its strings in the
 *   short answer; wrong when found otherwise; "don't know" when not found;
 * - an unanswerable one (off-topic, near miss): right when not found, wrong when anything is answered.
 * accuracy = right / all questions; precision = right answers / answers given (found), the share of
 * what the bot says that is true.
 */
import { fold } from '../../src/core/text.ts';
import type { BenchQuestion, QuestionKind } from './bench-questions.ts';

export type Verdict = 'right' | 'wrong' | 'dont-know';

export interface ScoredAnswer {
  found: boolean;
  short: string;
}

export function judge(q: Pick<BenchQuestion, 'expect'>, a: ScoredAnswer): Verdict {
  if (q.expect === null) return a.found ? 'wrong' : 'right';
  if (!a.found) return 'dont-know';
  const short = fold(a.short);
  return q.expect.every((group) => group.some((s) => short.includes(fold(s)))) ? 'right' : 'wrong';
}

export interface Tally {
  n: number;
  right: number;
  wrong: number;
  dontKnow: number;
}

export interface AccuracyReport extends Tally {
  /** right / n */
  accuracy: number;
  /** Right answers among the answers given: (right answers to answerable questions) / found. */
  precision: number;
  answerable: Tally;
  unanswerable: Tally;
  byKind: Partial<Record<QuestionKind, Tally>>;
}

const empty = (): Tally => ({ n: 0, right: 0, wrong: 0, dontKnow: 0 });
const add = (t: Tally, v: Verdict) => {
  t.n++;
  if (v === 'right') t.right++;
  else if (v === 'wrong') t.wrong++;
  else t.dontKnow++;
};
const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);

export function scoreAnswers(questions: readonly BenchQuestion[], answers: readonly ScoredAnswer[]): AccuracyReport {
  if (questions.length !== answers.length) throw new Error(`score: ${questions.length} questions but ${answers.length} answers`);
  const all = empty();
  const answerable = empty();
  const unanswerable = empty();
  const byKind: AccuracyReport['byKind'] = {};
  let found = 0;
  let foundRight = 0;
  questions.forEach((q, i) => {
    const a = answers[i]!;
    const v = judge(q, a);
    add(all, v);
    add(q.expect === null ? unanswerable : answerable, v);
    add((byKind[q.kind] ??= empty()), v);
    if (a.found) {
      found++;
      if (v === 'right') foundRight++;
    }
  });
  return { ...all, accuracy: ratio(all.right, all.n), precision: ratio(foundRight, found), answerable, unanswerable, byKind };
}
