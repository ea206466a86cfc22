/**
 * What the index stores so the answer path need not find it again: the gazetteer names, ordinals and
 * matching terms of every sentence and title (names.json), and the vocabulary's counts (vocabulary.json). Stored must
 * equal found, on sentences written for these tests.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex, INDEX_FILES, sha256, type Manifest } from '../../../src/core/build-index.ts';
import type { Knowledge } from '../../../src/core/knowledge.ts';
import { IndexError, loadKnowledge } from '../../../src/core/load-knowledge.ts';
import { answerQuestion } from '../../../src/core/qa/answer.ts';
import { anchorsOf, ordinalsOf, SentenceNames, type TermSet } from '../../../src/core/qa/sentence-names.ts';
import { termsOf } from '../../../src/core/qa/terms.ts';
import { vocabularyOf } from '../../../src/core/qa/vocabulary.ts';

const ARTICLES: [string, string][] = [
  [
    '001_names.txt',
    ' date 2025-05-14 The 37th session of the TURKSOY Permanent Council opened in Türkiye.\n\n' +
      'Delegations of Kazakhstan, Azerbaijan and Uzbekistan came to Ankara. The third forum ended in Kazakhstan\n' +
      'TURKSOY Secretary General Sultan Raev thanked the hosts. The II Forum of Young Poets followed.\n\n' +
      'The UN was not there, and un-named guests from mary city came. It was the first meeting of its kind.',
  ],
  [
    '002_titled.txt',
    '---\ntitle: Fifth Turkic Games in Shymkent\ndate: 2024-09-02\n---\nThe fifth Turkic Games were held in Shymkent, Kazakhstan. ' +
      'The Organization of Turkic States backed the 12th edition of the festival in Bishkek.\n\nNo names here at all.',
  ],
];

let dir: string;
let knowledge: Knowledge;
beforeAll(() => {
  const seeds = mkdtempSync(join(tmpdir(), 'names-seeds-'));
  for (const [name, text] of ARTICLES) writeFileSync(join(seeds, name), text);
  dir = mkdtempSync(join(tmpdir(), 'names-index-'));
  buildIndex({ seedsDir: seeds, outDir: dir });
  knowledge = loadKnowledge(dir);
});

const sorted = (s: Set<string>) => [...s].sort();
const numbers = (xs: number[]) => [...xs].sort((a, b) => a - b);

describe('stored names (names.json)', () => {
  it('are what the gazetteer and ordinalsOf find in each sentence and title', () => {
    const names = knowledge.names!;
    expect(names).toBeDefined();
    let withAnchors = 0;
    let withOrdinals = 0;
    for (const a of knowledge.articles.values()) {
      for (const s of a.sentences) {
        const stored = names.of(a.id, [s.index]);
        expect(sorted(stored.anchors), s.text).toEqual(sorted(anchorsOf(s.text)));
        expect(numbers(stored.ordinals), s.text).toEqual(numbers(ordinalsOf(s.text)));
        if (stored.anchors.size) withAnchors++;
        if (stored.ordinals.length) withOrdinals++;
      }
      const title = names.of(a.id, 'title');
      expect(sorted(title.anchors)).toEqual(sorted(anchorsOf(a.title ?? '')));
      expect(numbers(title.ordinals)).toEqual(numbers(ordinalsOf(a.title ?? '')));
    }
    // The sentences were written to hold some of each: a test that finds nothing proves nothing.
    expect(withAnchors).toBeGreaterThan(4);
    expect(withOrdinals).toBeGreaterThan(3);
    expect(sorted(names.of('002_titled', 'title').anchors)).toEqual(['Shymkent']);
    expect(names.of('002_titled', 'title').ordinals).toEqual([5]);
  });

  it('of a paragraph or an article are those of its text read as one (sentences joined by line breaks)', () => {
    const names = knowledge.names!;
    for (const a of knowledge.articles.values()) {
      const groups = [...new Set(a.sentences.map((s) => s.paragraph))].map((p) => a.sentences.filter((s) => s.paragraph === p));
      for (const group of [...groups, a.sentences]) {
        const text = group.map((s) => s.text).join('\n');
        const stored = names.of(a.id, group.map((s) => s.index));
        expect(sorted(stored.anchors), text).toEqual(sorted(anchorsOf(text)));
        expect(numbers(stored.ordinals), text).toEqual(numbers(ordinalsOf(text)));
      }
    }
  });

  it('hold the matching terms (termsOf) of each sentence, title, paragraph and article, and the ordinals of one sentence alone', () => {
    const names = knowledge.names!;
    const vocabulary = new Set<string>();
    for (const a of knowledge.articles.values()) for (const s of a.sentences) for (const t of termsOf(s.text)) vocabulary.add(t);
    for (const t of ['turksoi', 'zzz-not-a-term', '']) vocabulary.add(t);
    const same = (stored: TermSet, text: string) => {
      const found = termsOf(text);
      for (const t of vocabulary) expect(stored.has(t), `${t} in ${text}`).toBe(found.has(t));
      for (const t of found) expect(stored.has(t), `${t} in ${text}`).toBe(true);
    };
    for (const a of knowledge.articles.values()) {
      for (const s of a.sentences) {
        same(names.termsIn(a.id, [s.index]), s.text);
        expect(names.sentenceOrdinals(a.id, s.index)).toEqual(names.of(a.id, [s.index]).ordinals);
      }
      same(names.termsIn(a.id, 'title'), a.title ?? '');
      const groups = [...new Set(a.sentences.map((s) => s.paragraph))].map((p) => a.sentences.filter((s) => s.paragraph === p));
      for (const group of [...groups, a.sentences]) same(names.termsIn(a.id, group.map((s) => s.index)), group.map((s) => s.text).join('\n'));
    }
    expect(names.termsIn('999_missing', [0]).has('turksoi')).toBe(false);
    expect(names.sentenceOrdinals('999_missing', 0)).toEqual([]);
  });

  it('name nothing for an article the index does not hold, or for no sentences', () => {
    expect(knowledge.names!.of('999_missing', [0]).anchors.size).toBe(0);
    expect(knowledge.names!.of('001_names', []).ordinals).toEqual([]);
  });

  it('survive a round trip through JSON, and refuse arrays that do not fit the articles', () => {
    const articles = [...knowledge.articles.values()];
    const json = knowledge.names!.toJSON();
    expect(SentenceNames.fromJSON(json, articles).toJSON()).toEqual(json);
    expect(() => SentenceNames.fromJSON({ ...json, documentCount: json.documentCount + 1 }, articles)).toThrow(/names.json holds/);
    expect(() => SentenceNames.fromJSON({ ...json, anchorIds: new Uint8Array(0) }, articles)).toThrow(/do not fit/);
    expect(() => SentenceNames.fromJSON({ ...json, terms: json.terms.slice(0, 3) }, articles)).toThrow(/names.json names term/);
    expect(() => SentenceNames.fromJSON({ ...json, termIds: new Uint8Array(0) }, articles)).toThrow(/do not fit/);
  });
});

describe('stored vocabulary (vocabulary.json)', () => {
  it('counts what vocabularyOf counts from the sentences, facts, entities and gazetteer', () => {
    const stored = vocabularyOf(knowledge);
    const counted = vocabularyOf({ ...knowledge, vocabulary: undefined });
    expect(stored).not.toBe(counted);
    expect(stored.sentenceCount).toBe(counted.sentenceCount);
    expect(new Map([...stored.df].sort())).toEqual(new Map([...counted.df].sort()));
    expect([...stored.wordsByLength].sort()).toEqual([...counted.wordsByLength].sort());
    expect([...stored.wordsByLengthAndInitial].sort()).toEqual([...counted.wordsByLengthAndInitial].sort());
    expect(sorted(stored.known)).toEqual(sorted(counted.known));
    expect(stored.df.get('turksoi')).toBeGreaterThan(0);
  });
});

describe('answers', () => {
  it('are the same from stored names and vocabulary as from the text', () => {
    const fromText: Knowledge = { ...knowledge, names: undefined, vocabulary: undefined };
    for (const q of ['Who is the Secretary General of TURKSOY?', 'Where was the 37th session held?', 'Where were the fifth Turkic Games held?', 'Who backed the festival in Bishkek?', 'Where did the third forum end?']) {
      expect(answerQuestion(knowledge, q), q).toEqual(answerQuestion(fromText, q));
    }
  });
});

describe('loadKnowledge', () => {
  it('refuses names.json that does not fit articles.json: corrupted', () => {
    const copy = mkdtempSync(join(tmpdir(), 'names-bad-'));
    for (const name of [...INDEX_FILES, 'manifest.json']) {
      writeFileSync(join(copy, name), readFileSync(join(dir, name)));
    }
    const json = JSON.parse(readFileSync(join(copy, 'names.json'), 'utf8')) as { documentCount: number };
    const content = JSON.stringify({ ...json, documentCount: json.documentCount - 1 });
    writeFileSync(join(copy, 'names.json'), content);
    const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8')) as Manifest;
    manifest.files['names.json'] = sha256(content);
    writeFileSync(join(copy, 'manifest.json'), JSON.stringify(manifest));
    expect(() => loadKnowledge(copy)).toThrow(IndexError);
    expect(() => loadKnowledge(copy)).toThrow(/names.json does not fit/);
  });
});
