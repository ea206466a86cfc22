/**
 * A small hand-made Knowledge for the bot's tests: three articles (one undated, one from a publisher
 * whose name needs escaping), a few sentences, a role fact and event facts around 2025-11-20.
 */
import { sentencesById, type Knowledge } from '../../../src/core/knowledge.ts';
import { SentenceSearch } from '../../../src/core/search/sentence-search.ts';
import { FactIndex } from '../../../src/core/qa/fact-index.ts';
import { factTable } from '../../../src/core/fact-table.ts';
import type { Article, Fact, Sentence } from '../../../src/core/types.ts';

function article(id: string, meta: Pick<Article, 'title' | 'publisher' | 'date' | 'url'>, paragraphs: string[][]): Article {
  let text = '';
  const paras: Article['paragraphs'] = [];
  const sentences: Sentence[] = [];
  paragraphs.forEach((sents, p) => {
    if (p > 0) text += '\n\n';
    const pStart = text.length;
    sents.forEach((s, i) => {
      if (i > 0) text += ' ';
      const start = text.length;
      text += s;
      sentences.push({ id: `${id}#${sentences.length}`, articleId: id, index: sentences.length, paragraph: p, start, end: text.length, text: s });
    });
    paras.push({ index: p, start: pStart, end: text.length });
  });
  return { id, ...meta, text, paragraphs: paras, sentences };
}

export const ARTICLES: Article[] = [
  article(
    '000_993de1ac3d74d2d6',
    { title: 'TURKSOY ministers meet in Baku', publisher: 'Trend', date: '2025-11-28', url: 'https://example.org/a0' },
    [
      ['TURKSOY Secretary General Sultan Raev welcomed the ministers.', 'The meeting was held in Baku.'],
      ['Andijan was declared the Cultural Capital of the Turkic World for 2026.'],
    ],
  ),
  article(
    '001_2846bc7d2b6649aa',
    { title: null, publisher: 'AT&T <News>', date: '2025-11-14', url: null },
    [['The Turkic World Youth Meeting took place in Almaty.', 'Young people from six countries attended.']],
  ),
  article('002_e691fcc78606d26d', { title: 'Film leaders gather', publisher: null, date: null, url: null }, [
    ['The Second Meeting of Film Leaders from the Turkic World was organized by TURKSOY.'],
  ]),
];

function fact(id: string, kind: Fact['kind'], subject: string, relation: string, object: string, sentenceId: string, qualifiers: Fact['qualifiers'] = {}): Fact {
  const articleId = sentenceId.split('#')[0]!;
  const a = ARTICLES.find((x) => x.id === articleId)!;
  const sentence = a.sentences.find((s) => s.id === sentenceId)!.text;
  return { id, kind, subject, relation, object, qualifiers, sources: [{ articleId, sentenceId, sentence, date: a.date }] };
}

export const FACTS: Fact[] = [
  fact('f1', 'role', 'Sultan Raev', 'holds role', 'Secretary General', '000_993de1ac3d74d2d6#0', { title: 'Secretary General', organization: 'TURKSOY' }),
  fact('f2', 'event', 'TURKSOY ministers meeting', 'held in', 'Baku', '000_993de1ac3d74d2d6#1', { date: '2025-11-28', place: 'Baku' }),
  fact('f3', 'event', 'Turkic World Youth Meeting', 'took place', '', '001_2846bc7d2b6649aa#0', { date: '2025-11-14', place: 'Almaty' }),
  fact('f4', 'event', 'Festival <Tulpar> & friends', 'planned', '', '002_e691fcc78606d26d#0', { date: '2026-03-21', place: 'Turkistan' }),
];

export function fakeKnowledge(): Knowledge {
  const sentences = sentencesById(ARTICLES);
  const articles = new Map(ARTICLES.map((a) => [a.id, a]));
  return {
    articles,
    sentences,
    facts: factTable(FACTS),
    entities: [],
    search: SentenceSearch.build([...sentences.values()].map((s) => ({ id: s.id, text: s.text, title: '' }))),
    factIndex: FactIndex.build(FACTS, articles, sentences),
    inputHash: 'abc123def4567890',
  };
}
