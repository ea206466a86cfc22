import type { Knowledge } from '../knowledge.ts';
import type { FactSource, Sentence } from '../types.ts';
import { SentenceSource } from '../stored-facts.ts';

/**
 * The sentence a fact source quotes: what `knowledge.sentences.get(src.sentenceId)` gives, found
 * through the source's own article when the id is `${articleId}#${index}` of it (nearly always). The
 * map's lookup slices the id and hashes the new string at every call, and the fact path reads up to
 * 300 sources per fact, thousands per question.
 */
export function sourceSentence(src: FactSource, knowledge: Knowledge): Sentence | undefined {
  // A source the load made from a sentence holds it: no id to make, parse or look up.
  if (src instanceof SentenceSource) return src.quoted;
  const id = src.sentenceId;
  const articleId = src.articleId;
  const from = articleId.length + 1;
  if (id.length > from && id.charCodeAt(from - 1) === HASH && id.startsWith(articleId)) {
    let index = 0;
    for (let i = from; i < id.length && index >= 0; i++) {
      const digit = id.charCodeAt(i) - ZERO;
      index = digit >= 0 && digit <= 9 ? index * 10 + digit : -1;
    }
    const sentence = index >= 0 ? knowledge.articles.get(articleId)?.sentences[index] : undefined;
    // The whole id compared, as the map does: "a#01" names no sentence.
    if (sentence !== undefined && sentence.id === id) return sentence;
  }
  return knowledge.sentences.get(id);
}

const HASH = '#'.charCodeAt(0);
const ZERO = '0'.charCodeAt(0);
