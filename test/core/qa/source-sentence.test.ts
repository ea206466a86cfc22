/**
 * sourceSentence finds a fact source's sentence through the source's article: it must give what
 * knowledge.sentences.get(src.sentenceId) gives, for every source and for odd ids.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sentencesById, type Knowledge } from '../../../src/core/knowledge.ts';
import { loadKnowledge } from '../../../src/core/load-knowledge.ts';
import { sourceSentence } from '../../../src/core/qa/source-sentence.ts';
import type { FactSource } from '../../../src/core/types.ts';
import { articleOfSentences as article } from '../fixtures.ts';

describe('sourceSentence', () => {
  it('gives what the sentence map gives for every source of the committed index', () => {
    const knowledge = loadKnowledge(join(import.meta.dirname, '../../../index'));
    let sources = 0;
    for (const f of knowledge.facts) {
      for (const src of f.sources) {
        expect(sourceSentence(src, knowledge), src.sentenceId).toBe(knowledge.sentences.get(src.sentenceId));
        sources++;
      }
    }
    expect(sources).toBeGreaterThan(50);
  });

  it('gives what the sentence map gives for odd ids and sources quoting another article', () => {
    const articles = [article('001_a', ['One.', 'Two.', 'Three.']), article('002_b#x', ['Four.']), article('003_c', []), article('0', ['Five.'])];
    const knowledge = { articles: new Map(articles.map((a) => [a.id, a])), sentences: sentencesById(articles) } as unknown as Knowledge;
    const ids = ['001_a#0', '001_a#2', '001_a#3', '001_a#01', '001_a#1.0', '001_a#', '001_a', '#0', '002_b#x#0', '002_b#0', '004_d#0', '001_a#-1', '001_a#1e0', '0#0', '', '001_a#99999999999999999999'];
    for (const articleId of ['001_a', '002_b#x', '002_b', '003_c', '004_d', '0', '']) {
      for (const sentenceId of ids) {
        const src: FactSource = { articleId, sentenceId, sentence: '', date: null };
        expect(sourceSentence(src, knowledge), `${articleId} ${sentenceId}`).toBe(knowledge.sentences.get(sentenceId));
      }
    }
  });
});
