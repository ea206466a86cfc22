/**
 * Prize winners as an answer: "What won the main prize?", "Which film received the award?" ask for a
 * work (a quoted title) or someone, never for the place, the date or the event the sentence also names
 * ("Dashoguz hosted the meeting" does not answer what won there).
 */
import type { StructuredQuery } from './structured-query.ts';
import { termOf } from './terms.ts';

const PRIZE_NOUNS = new Set(['prize', 'award', 'grand prix', 'prizes', 'awards'].map(termOf));
// Not "awarded" (the thesaurus folds it into "prize") nor "took" (into "held", as in "took place").
const WINNING = new Set(['won', 'win', 'wins', 'winner', 'winners', 'received', 'receive', 'receives'].map(termOf));

/** The question asks what or who won a prize: a prize noun and a verb of winning. */
export function asksWinner(q: StructuredQuery): boolean {
  if (q.type !== 'thing' && q.type !== 'person') return false;
  const terms = q.analysis.terms;
  return terms.some((t) => PRIZE_NOUNS.has(t)) && terms.some((t) => WINNING.has(t));
}

/** How well a candidate answers "what won the prize", or undefined when the question does not ask it. */
export function winnerFit(q: StructuredQuery, kind: string): number | undefined {
  if (!asksWinner(q)) return undefined;
  if (q.type === 'person') return kind === 'person' ? 1 : kind === 'org' ? 0.7 : kind === 'title' ? 0.6 : 0.2;
  return kind === 'title' ? 1 : kind === 'person' || kind === 'org' || kind === 'name' ? 0.6 : kind === 'phrase' ? 0.4 : 0.2;
}
