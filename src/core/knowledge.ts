import type { Article, Fact, Sentence, Entity } from './types.ts';
import type { SentenceSearch } from './search/sentence-search.ts';
import type { FactIndex } from './qa/fact-index.ts';
import type { SentenceNames } from './qa/sentence-names.ts';

/**
 * Everything the bot knows, loaded from index/ once and then read-only. Adapters get it passed in;
 * a hot swap replaces the whole object (never mutate one in place).
 */
export interface Knowledge {
  /** Articles by id, in id order. */
  articles: Map<string, Article>;
  /** Sentences by id (`${articleId}#${index}`). */
  sentences: Map<string, Sentence>;
  facts: Fact[];
  entities: Entity[];
  search: SentenceSearch;
  /** Terms, words and names to fact positions (built with the index). */
  factIndex: FactIndex;
  /**
   * Gazetteer names and ordinals of every sentence and title, found at build time (index/names.json).
   * Without it (a knowledge made in memory) they are found in the text when asked for.
   */
  names?: SentenceNames;
  /** Word counts and document frequencies, counted at build time (index/vocabulary.json); without it, counted at first use. */
  vocabulary?: StoredVocabulary;
  /** Manifest hash of the inputs the index was built from. */
  inputHash: string;
}

/** Sentences by id, in corpus order (each article's together), as Knowledge.sentences holds them. */
export function sentencesById(articles: readonly Article[]): Map<string, Sentence> {
  // A loop, not a Map of flatMapped pairs: 300,000 two-element arrays were a tenth of the load.
  const out = new Map<string, Sentence>();
  for (const a of articles) for (const s of a.sentences) out.set(s.id, s);
  return out;
}

/** The paragraph that holds a sentence, for the "show the paragraph" button. */
export function paragraphOf(knowledge: Knowledge, sentenceId: string): string | null {
  const sentence = knowledge.sentences.get(sentenceId);
  if (!sentence) return null;
  const article = knowledge.articles.get(sentence.articleId);
  const paragraph = article?.paragraphs[sentence.paragraph];
  if (!article || !paragraph) return null;
  return article.text.slice(paragraph.start, paragraph.end);
}

/** Event facts, newest first (undated last), for /events and digests. */
export function eventFacts(knowledge: Knowledge): Fact[] {
  return knowledge.facts
    .filter((f) => f.kind === 'event')
    .sort((a, b) => (b.qualifiers.date ?? '').localeCompare(a.qualifiers.date ?? '') || a.id.localeCompare(b.id));
}

/** The vocabulary counted at build time (index/vocabulary.json), as the answer path reads it. */
export interface StoredVocabulary {
  sentenceCount: number;
  /** Stems, sorted (code unit order), with the number of sentences holding each. */
  stems: string[];
  df: Uint32Array;
  /** Folded words in the order typo correction reads them, with how often each occurs. */
  words: string[];
  counts: Uint32Array;
}
