/**
 * Fact candidates scored fact by fact (a binary search per fact and term) and all at once (walking
 * each term's postings, for questions that reach most facts) must be the same candidates with the
 * same numbers: the second only makes the first fast.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { factCandidates, SLOT_TYPES_OF_KIND, slotsOf } from '../../../src/core/qa/fact-candidates.ts';
import { loadKnowledge } from '../../../src/core/load-knowledge.ts';
import { structureQuestion } from '../../../src/core/qa/structured-query.ts';
import { vocabularyOf } from '../../../src/core/qa/vocabulary.ts';
import { FACT_SUPPORT_MIN } from '../../../src/core/qa/fact-support.ts';
import { knowledgeOf } from './knowledge-of.ts';

const DIR = join(import.meta.dirname, '../../fixtures/qa-articles');
const files = ['201_qa_media_forum.txt', '202_qa_media_forum_followup.txt', '203_qa_capitals.txt', '204_qa_old_secretary.txt', '205_qa_undated_festival.txt'];

describe('fact candidates', () => {
  it('are the same scored at once as fact by fact', () => {
    const knowledge = knowledgeOf(...files.map((f) => [f, readFileSync(join(DIR, f), 'utf8')] as [string, string]));
    const questions = readFileSync(join(DIR, 'questions.jsonl'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { q: string }).q);
    questions.push('Who is the Secretary General of TURKSOY?', 'Which city is the Cultural Capital of the Turkic World in 2024?', 'What was held in Turkic cities?');
    const vocab = vocabularyOf(knowledge);
    let compared = 0;
    for (const question of questions) {
      const a = structureQuestion(question, knowledge).analysis;
      for (const minCoverage of [0, FACT_SUPPORT_MIN]) {
        const one = factCandidates(a, knowledge, vocab, { minCoverage, bulkCoverageFrom: Infinity });
        const all = factCandidates(a, knowledge, vocab, { minCoverage, bulkCoverageFrom: 0 });
        expect(all, question).toEqual(one);
        compared += one.length;
      }
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('give every fact only slots of the types its kind may give (the scan skips kinds by them)', () => {
    const fixtures = knowledgeOf(...files.map((f) => [f, readFileSync(join(DIR, f), 'utf8')] as [string, string]));
    const committed = loadKnowledge(join(import.meta.dirname, '../../../index'));
    let slots = 0;
    for (const f of [...fixtures.facts, ...committed.facts]) {
      for (const slot of slotsOf(f)) {
        expect(SLOT_TYPES_OF_KIND[f.kind], `${f.id}: ${slot.type}`).toContain(slot.type);
        slots++;
      }
    }
    expect(slots).toBeGreaterThan(100);
  });
});
