/**
 * The fact table as evidence for the scorer: a fact whose slot fits the question is a strong
 * candidate, not a separate answer path. For each sentence that states such a fact, the folded value
 * of the slot with how much of the question the fact covers.
 */
import type { Knowledge } from '../knowledge.ts';
import type { Candidate } from './fact-candidates.ts';
import { fold } from '../text.ts';
import { factCandidates } from './fact-candidates.ts';
import type { StructuredQuery } from './structured-query.ts';
import { vocabularyOf } from './vocabulary.ts';

/** The fact candidates the question reaches, covering at least `FACT_SUPPORT_MIN` of it. */
export const FACT_SUPPORT_MIN = 0.4;

export function questionFacts(q: StructuredQuery, knowledge: Knowledge): Candidate[] {
  return factCandidates(q.analysis, knowledge, vocabularyOf(knowledge), { minCoverage: FACT_SUPPORT_MIN });
}

export function factSupport(q: StructuredQuery, facts: Candidate[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  if (q.type === 'yesno' || q.type === 'statement') return out;
  for (const c of facts) {
    const key = fold(c.slot.value).replace(/^(?:the|a|an)\s+/, '');
    for (const src of c.fact.sources.slice(0, 50)) {
      let values = out.get(src.sentenceId);
      if (!values) out.set(src.sentenceId, (values = new Map()));
      values.set(key, Math.max(values.get(key) ?? 0, c.coverage));
    }
  }
  return out;
}
