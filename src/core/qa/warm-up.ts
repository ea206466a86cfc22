import type { Knowledge } from '../knowledge.ts';
import { answerQuestion } from './answer.ts';

/**
 * Builds the per-knowledge caches (vocabulary, name indexes, suggestions; the fact index comes built
 * with the index) before the first user asks: at 10,000 articles the first answer otherwise takes
 * about 0.7 s, most of it counting the vocabulary. Questions about a role, an event and nothing at all
 * walk the fact path, the search path and the refusal path. The event is named ("of TURKSOY"): at
 * 10,000 articles "Where was the summit held?" reached 102,000 facts and took half the warm-up in data
 * work; this one reaches 11,000, through the same paths (the bulk coverage of fact-candidates.ts too).
 */
export function warmUp(knowledge: Knowledge): number {
  const started = performance.now();
  for (const q of ['Who is the Secretary General of TURKSOY?', 'Where was the summit of TURKSOY held?', 'hello']) answerQuestion(knowledge, q);
  return Math.round(performance.now() - started);
}
