import type { Article, Paragraph, Sentence } from '../types.ts';
import type { RawArticle } from './parse-article-file.ts';
import { cleanArticleText, findHeadline } from './clean-text.ts';
import { splitSentences } from './split-sentences.ts';
import { detectPublisher } from './detect-publisher.ts';
import { words } from '../text.ts';

/** Paragraphs this long or longer that appear in several articles are boilerplate, kept once. */
const BOILERPLATE_MIN_WORDS = 12;

/**
 * Cleans and splits every article, and keeps one copy of paragraphs shared word for word by several
 * articles (an agency's "about TURKSOY" paragraph): the copy stays in the first article by id and its
 * sentences list the other articles in `alsoIn`, so facts read from it cite all of them.
 */
export function buildCorpus(raws: RawArticle[]): Article[] {
  const sorted = [...raws].sort((a, b) => a.id.localeCompare(b.id));
  const cleaned = sorted.map((raw) => ({ raw, paragraphs: cleanArticleText(raw.body) }));

  const owner = new Map<string, { articleId: string; others: Set<string> }>();
  for (const { raw, paragraphs } of cleaned) {
    for (const p of paragraphs) {
      const key = paragraphKey(p);
      if (!key) continue;
      const seen = owner.get(key);
      if (!seen) owner.set(key, { articleId: raw.id, others: new Set() });
      else if (seen.articleId !== raw.id) seen.others.add(raw.id);
    }
  }

  return cleaned.map(({ raw, paragraphs }) => {
    const kept: { text: string; alsoIn: string[] }[] = [];
    for (const p of paragraphs) {
      const key = paragraphKey(p);
      const entry = key ? owner.get(key) : undefined;
      if (entry && entry.articleId !== raw.id) continue;
      if (kept.some((k) => k.text === p)) continue;
      kept.push({ text: p, alsoIn: entry ? [...entry.others].sort() : [] });
    }
    return assembleArticle(raw, kept);
  });
}

function paragraphKey(p: string): string | null {
  const w = words(p);
  return w.length >= BOILERPLATE_MIN_WORDS ? w.join(' ') : null;
}

function assembleArticle(raw: RawArticle, kept: { text: string; alsoIn: string[] }[]): Article {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let text = '';
  kept.forEach((p, pi) => {
    if (pi > 0) text += '\n\n';
    const start = text.length;
    text += p.text;
    paragraphs.push({ index: pi, start, end: text.length });
    for (const span of splitSentences(p.text)) {
      const index = sentences.length;
      const sentence: Sentence = {
        id: `${raw.id}#${index}`,
        articleId: raw.id,
        index,
        paragraph: pi,
        start: start + span.start,
        end: start + span.end,
        text: p.text.slice(span.start, span.end),
      };
      if (p.alsoIn.length) sentence.alsoIn = p.alsoIn;
      sentences.push(sentence);
    }
  });
  return {
    id: raw.id,
    title: raw.title ?? findHeadline(raw.body) ?? deriveTitle(sentences),
    url: raw.url,
    publisher: raw.publisher ?? detectPublisher(raw.body),
    date: raw.date,
    text,
    paragraphs,
    sentences,
  };
}

/** Articles without a title get their first sentence, shortened at a word boundary. */
function deriveTitle(sentences: Sentence[]): string | null {
  const first = sentences[0]?.text;
  if (!first) return null;
  if (first.length <= 90) return first;
  const cut = first.slice(0, 90);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
