/**
 * The answer path finds a sentence's mentions without scanning it for gazetteer names when names.json
 * says it holds none: the mentions must be the same as with the scan.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/core/load-knowledge.ts';
import { findMentions } from '../../../src/core/facts/mentions.ts';

describe('mentions of a sentence without gazetteer names', () => {
  it('are the same found without the scan, for every sentence names.json says holds none', () => {
    const knowledge = loadKnowledge(join(import.meta.dirname, '../../../index'));
    let skipped = 0;
    for (const article of knowledge.articles.values()) {
      for (const s of article.sentences) {
        if (knowledge.names!.holdsAnchors(article.id, s.index)) continue;
        expect(findMentions(s.text, article.date, { noGazetteerNames: true }), s.id).toEqual(findMentions(s.text, article.date));
        skipped++;
      }
    }
    expect(skipped).toBeGreaterThan(10);
  });
});
