/**
 * Knowledge.sentences finds a sentence through its article (sentencesById): it must answer as a Map of
 * every sentence by id would, in the same order.
 */
import { describe, expect, it } from 'vitest';
import { sentencesById } from '../../src/core/knowledge.ts';
import { articleOfSentences as article } from './fixtures.ts';

describe('sentencesById', () => {
  const articles = [article('001_a', ['One.', 'Two.', 'Three.']), article('002_b#x', ['Four.']), article('003_c', [])];
  const byId = sentencesById(articles);
  const map = new Map(articles.flatMap((a) => a.sentences.map((s) => [s.id, s] as const)));

  it('finds what a Map of every sentence finds, and nothing else', () => {
    for (const id of [...map.keys(), '001_a#3', '001_a#01', '001_a#1.0', '001_a#', '001_a', '#0', '002_b#x#0', '002_b#0', '004_d#0', '001_a#-1', '001_a#1e0', '']) {
      expect(byId.get(id), id).toBe(map.get(id));
      expect(byId.has(id), id).toBe(map.has(id));
    }
  });

  it('iterates in corpus order, as that Map does', () => {
    expect(byId.size).toBe(map.size);
    expect([...byId.keys()]).toEqual([...map.keys()]);
    expect([...byId.values()]).toEqual([...map.values()]);
    expect([...byId]).toEqual([...map]);
    const seen: string[] = [];
    byId.forEach((s, id) => seen.push(`${id}=${s.text}`));
    expect(seen).toEqual([...map].map(([id, s]) => `${id}=${s.text}`));
  });

  it('refuses a sentence that is not where its id says', () => {
    const moved = article('005_e', ['Five.', 'Six.']);
    moved.sentences.reverse();
    expect(() => sentencesById([moved])).toThrow(/is not sentence 0 of article 005_e/);
  });
});
