/**
 * The editors' numbers, from the question log: how many questions, how many answered, what the votes
 * say, and which questions the articles do not answer. Pure: rows and `now` come in.
 */
import { fold } from '../core/text.ts';
import type { QuestionWithVotes } from '../store/store.ts';

export interface WindowStats {
  questions: number;
  answered: number;
}

export interface EditorStats {
  day: WindowStats;
  week: WindowStats;
  /** Over the week: answers voted on, and those whose votes were mostly 👍. */
  votes: { up: number; down: number; answersRated: number; answersMostlyUp: number };
  /** Among rated answers, the share mostly 👍: a proxy for precision; null with no votes. */
  precision: number | null;
  /** Unanswered or 👎 questions of the week, the same wording counted once, most asked first. */
  topUnanswered: { question: string; times: number }[];
}

const DAY_MS = 86_400_000;

/** A question the editors should look at: the bot did not answer it, or someone voted its answer down. */
export const isUnanswered = (q: QuestionWithVotes): boolean => !q.found || q.down > 0;

function windowStats(rows: QuestionWithVotes[]): WindowStats {
  return { questions: rows.length, answered: rows.filter((q) => q.found).length };
}

export function editorStats(rows: readonly QuestionWithVotes[], now: Date, days = 7, top = 5): EditorStats {
  const since = (d: number) => new Date(now.getTime() - d * DAY_MS).toISOString();
  const week = rows.filter((q) => q.askedAt >= since(days));
  const day = week.filter((q) => q.askedAt >= since(1));
  const rated = week.filter((q) => q.up + q.down > 0);
  const mostlyUp = rated.filter((q) => q.up > q.down).length;
  const groups = new Map<string, { question: string; times: number }>();
  for (const q of week.filter(isUnanswered)) {
    const key = fold(q.question).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const g = groups.get(key) ?? { question: q.question, times: 0 };
    g.times++;
    groups.set(key, g);
  }
  return {
    day: windowStats(day),
    week: windowStats(week),
    votes: { up: week.reduce((n, q) => n + q.up, 0), down: week.reduce((n, q) => n + q.down, 0), answersRated: rated.length, answersMostlyUp: mostlyUp },
    precision: rated.length ? mostlyUp / rated.length : null,
    topUnanswered: [...groups.values()].sort((a, b) => b.times - a.times || a.question.localeCompare(b.question)).slice(0, top),
  };
}

const pct = (n: number, of: number): string => (of ? `${Math.round((100 * n) / of)}%` : '—');

/** Plain text; the Telegram command escapes it. */
export function formatStats(s: EditorStats, days = 7): string {
  const lines = [
    `Questions, last 24 hours: ${s.day.questions}, answered ${s.day.answered} (${pct(s.day.answered, s.day.questions)})`,
    `Questions, last ${days} days: ${s.week.questions}, answered ${s.week.answered} (${pct(s.week.answered, s.week.questions)})`,
    `Votes, last ${days} days: ${s.votes.up} 👍, ${s.votes.down} 👎 on ${s.votes.answersRated} answers; precision proxy (answers mostly 👍): ${
      s.precision === null ? '— (no votes yet)' : `${pct(s.votes.answersMostlyUp, s.votes.answersRated)}`
    }`,
  ];
  if (s.topUnanswered.length) {
    lines.push('', 'Top unanswered (or voted 👎):');
    s.topUnanswered.forEach((u, i) => lines.push(`${i + 1}. ${u.question}${u.times > 1 ? ` (×${u.times})` : ''}`));
  } else lines.push('', 'No unanswered questions.');
  return lines.join('\n');
}

/** The latest unanswered or 👎 questions, newest first, one line each (plain text). */
export function formatUnanswered(rows: readonly QuestionWithVotes[], max = 20): string {
  const latest = rows.filter(isUnanswered).slice(0, max);
  if (!latest.length) return 'No unanswered questions.';
  return [
    `Latest ${latest.length} unanswered (or voted 👎):`,
    ...latest.map((q) => `${q.askedAt.slice(0, 16).replace('T', ' ')} · ${q.language} · ${q.chatType}${q.found ? ` · 👎${q.down}` : ''} · ${q.question}`),
  ].join('\n');
}
