import type { Knowledge, StoredVocabulary } from '../knowledge.ts';
import type { Entity, Fact, Sentence } from '../types.ts';
import { decodeArray, encodeArray } from '../packed-arrays.ts';
import { STOP_WORDS, fold, words } from '../text.ts';
import { stem } from '../search/sentence-search.ts';
import { gazetteerAliases } from '../facts/entities.ts';
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance.js';
import { stemsOf } from './terms.ts';

/**
 * What question answering derives once per loaded knowledge: document frequencies of stems (for idf)
 * and the words known to the corpus (to correct typos in questions). Cached per Knowledge object, so a
 * hot-swapped knowledge gets its own.
 */
export interface Vocabulary {
  sentenceCount: number;
  /** Stem -> number of sentences holding it. */
  df: Map<string, number>;
  /** Folded surface word -> how often it occurs; candidates for typo correction, bucketed by length. */
  wordsByLength: Map<number, { word: string; count: number }[]>;
  /** The same words keyed by `${length}:${first letter}`: one-edit corrections keep the first letter. */
  wordsByLengthAndInitial: Map<string, { word: string; count: number }[]>;
  /** Corrections already made, so a repeated typo costs a lookup. */
  corrections: Map<string, string>;
  known: Set<string>;
  idf(stem: string): number;
}

const cache = new WeakMap<Knowledge, Vocabulary>();

/** Question words never "corrected" into corpus words. */
const PROTECTED = new Set('minister secretary general director president chairman founded established organized organised capital cities which where whose serves served serving currently'.split(' '));

export function vocabularyOf(knowledge: Knowledge): Vocabulary {
  const hit = cache.get(knowledge);
  if (hit) return hit;
  const { df, words: sorted } = knowledge.vocabulary ? fromStored(knowledge.vocabulary) : countVocabulary(knowledge.sentences.values(), knowledge.facts, knowledge.entities);
  const wordsByLength = new Map<number, { word: string; count: number }[]>();
  const known = new Set<string>();
  for (const [word, count] of sorted) {
    known.add(word);
    if (word.length < 4 || /\d/.test(word)) continue;
    const list = wordsByLength.get(word.length) ?? [];
    list.push({ word, count });
    wordsByLength.set(word.length, list);
  }
  const n = knowledge.sentences.size;
  const vocab: Vocabulary = {
    sentenceCount: n,
    df,
    wordsByLength,
    wordsByLengthAndInitial: byInitial(wordsByLength),
    corrections: new Map(),
    known,
    idf: (t) => Math.log(1 + (n + 1) / ((df.get(t) ?? 0) + 0.5)),
  };
  cache.set(knowledge, vocab);
  return vocab;
}

/**
 * Counts over the sentences (document frequencies of stems; every folded word, stop words too), the
 * facts' subjects and objects, the entities' names and the gazetteer's aliases (words). Words come
 * back sorted as typo correction reads them.
 */
function countVocabulary(sentences: Iterable<Sentence>, facts: Iterable<Fact>, entities: readonly Entity[]): { df: Map<string, number>; words: [string, number][] } {
  const df = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const s of sentences) {
    const seen = new Set<string>();
    for (const w of words(s.text)) {
      counts.set(w, (counts.get(w) ?? 0) + 1);
      if (STOP_WORDS.has(w)) continue;
      seen.add(stem(w));
    }
    for (const t of seen) df.set(t, (df.get(t) ?? 0) + 1);
  }
  for (const f of facts) for (const w of words(`${f.subject} ${f.object}`)) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const e of entities) for (const w of words([e.name, ...e.aliases].join(' '))) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const a of gazetteerAliases()) for (const w of words(a.key)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return { df, words: [...counts].sort((a, b) => a[0].localeCompare(b[0])) };
}

/**
 * What vocabularyOf counts, counted at build time: at 10,000 articles counting it again at start-up
 * (every sentence split and stemmed) was half of the time to get ready.
 */
// The stored vocabulary's shape lives with the Knowledge that holds it (knowledge.ts imports nothing back).
export type { StoredVocabulary } from '../knowledge.ts';

/** index/vocabulary.json: StoredVocabulary with its counts as Uint32 LE bytes (in vocabulary.bin, index-blobs.ts). */
export interface VocabularyJSON {
  sentenceCount: number;
  stems: string[];
  df: Uint8Array;
  words: string[];
  counts: Uint8Array;
}

/** Sentences in corpus order, as Knowledge.sentences holds them. */
export function buildVocabulary(sentences: readonly Sentence[], facts: readonly Fact[], entities: readonly Entity[]): StoredVocabulary {
  const { df, words: sorted } = countVocabulary(sentences, facts, entities);
  const stems = [...df.keys()].sort();
  return {
    sentenceCount: sentences.length,
    stems,
    df: Uint32Array.from(stems, (t) => df.get(t)!),
    words: sorted.map(([w]) => w),
    counts: Uint32Array.from(sorted, ([, n]) => n),
  };
}

export function vocabularyToJSON(v: StoredVocabulary): VocabularyJSON {
  return { sentenceCount: v.sentenceCount, stems: v.stems, df: encodeArray(v.df), words: v.words, counts: encodeArray(v.counts) };
}

export function vocabularyFromJSON(json: VocabularyJSON, sentenceCount: number): StoredVocabulary {
  if (json.sentenceCount !== sentenceCount) throw new Error(`vocabulary.json counts ${json.sentenceCount} sentences, the articles give ${sentenceCount}`);
  const v: StoredVocabulary = { sentenceCount, stems: json.stems, df: decodeArray(json.df, Uint32Array), words: json.words, counts: decodeArray(json.counts, Uint32Array) };
  if (v.df.length !== v.stems.length || v.counts.length !== v.words.length) throw new Error('vocabulary.json arrays do not fit together');
  return v;
}

function fromStored(v: StoredVocabulary): { df: Map<string, number>; words: [string, number][] } {
  const df = new Map<string, number>();
  v.stems.forEach((t, i) => df.set(t, v.df[i]!));
  return { df, words: v.words.map((w, i) => [w, v.counts[i]!]) };
}

/**
 * The known word a typo most likely meant: one edit for words of 4-7 letters, two from 8 on, the more
 * frequent word on a tie. Unknown words without a close known word are returned as they are.
 */
export function correctWord(word: string, vocab: Vocabulary): string {
  // Short words have too many neighbours ("prime" is one letter from "price"): only words of six
  // letters or more are corrected, by one edit, and by two from nine letters on.
  if (vocab.known.has(word) || word.length < 6 || /\d/.test(word) || STOP_WORDS.has(word) || PROTECTED.has(word)) return word;
  // "title" is no typo of "titled": a word whose stem the corpus knows stays as it is.
  if (vocab.df.has(stem(word))) return word;
  const cached = vocab.corrections.get(word);
  if (cached !== undefined) return cached;
  const limit = word.length >= 9 ? 2 : 1;
  let best: { word: string; count: number; d: number } | null = null;
  for (let len = word.length - limit; len <= word.length + limit; len++) {
    const pool = limit === 1 ? vocab.wordsByLengthAndInitial.get(`${len}:${word[0]}`) : vocab.wordsByLength.get(len);
    for (const cand of pool ?? []) {
      if (letterDifference(word, cand.word) > 2 * limit) continue;
      const d = DamerauLevenshteinDistance(word, cand.word);
      if (d > limit) continue;
      if (!best || d < best.d || (d === best.d && cand.count > best.count)) best = { word: cand.word, count: cand.count, d };
    }
  }
  const corrected = best?.word ?? word;
  if (vocab.corrections.size < 10_000) vocab.corrections.set(word, corrected);
  return corrected;
}

const letterCounts = new Int16Array(65_536);

/**
 * How many letters two words do not share (the L1 distance of their letter counts): a lower bound of
 * twice their edit distance (an insertion or deletion changes it by 1, a substitution by 2, a
 * transposition by 0). The exact distance is slow to compute, and most candidates fail this bound.
 */
export function letterDifference(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) letterCounts[a.charCodeAt(i)]!++;
  for (let i = 0; i < b.length; i++) letterCounts[b.charCodeAt(i)]!--;
  let diff = 0;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    diff += Math.abs(letterCounts[c]!);
    letterCounts[c] = 0;
  }
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    diff += Math.abs(letterCounts[c]!);
    letterCounts[c] = 0;
  }
  return diff;
}

function byInitial(byLength: Map<number, { word: string; count: number }[]>): Map<string, { word: string; count: number }[]> {
  const out = new Map<string, { word: string; count: number }[]>();
  for (const [len, list] of byLength) {
    for (const entry of list) {
      const key = `${len}:${entry.word[0]}`;
      const bucket = out.get(key);
      if (bucket) bucket.push(entry);
      else out.set(key, [entry]);
    }
  }
  return out;
}

export { fold };

/** A term few sentences use (at most 1%, or two): it names what a question is about. */
export function isRare(term: string, vocab: Vocabulary): boolean {
  const df = vocab.df.get(term) ?? 0;
  return df > 0 && df <= Math.max(2, vocab.sentenceCount * 0.01) && !/^\d+$/.test(term);
}

/**
 * A capitalized word of the question that no sentence or title uses, in none of its forms, and that is
 * no typo of a word they use (one edit away: "Turkc", "Smmit"): "NATO", "FIFA" name something the
 * articles never speak of, so no passage can be about it.
 */
export function isUnknownName(term: string, vocab: Vocabulary): boolean {
  if (term.length < 3 || /\d/.test(term) || stemsOf(term).some((s) => (vocab.df.get(s) ?? 0) > 0)) return false;
  for (let len = term.length - 1; len <= term.length + 1; len++) {
    for (const cand of vocab.wordsByLength.get(len) ?? []) {
      if (letterDifference(term, cand.word) <= 2 && DamerauLevenshteinDistance(term, cand.word) <= 1) return false;
    }
  }
  return true;
}
