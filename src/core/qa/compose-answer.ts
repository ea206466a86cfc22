import { factsOfKind, positionsOfKind, type Knowledge } from '../knowledge.ts';
import type { Answer, AnswerSource, Fact, FactSource, QuestionKind } from '../types.ts';
import { fold, humanDate } from '../text.ts';
import { SPEECH_VERBS } from '../facts/lexicon.ts';
import type { QuestionAnalysis } from './analyze-question.ts';

/** A source as the reply cites it: publisher, date, article id and the quoted sentence. */
export function toAnswerSource(src: FactSource | { articleId: string; sentence: string; sentenceId: string; date: string | null }, knowledge: Knowledge): AnswerSource {
  const article = knowledge.articles.get(src.articleId);
  return {
    id: src.articleId,
    publisher: article?.publisher ?? null,
    date: src.date ?? article?.date ?? null,
    quote: src.sentence,
    title: article?.title ?? null,
    url: article?.url ?? null,
    sentenceId: src.sentenceId,
  };
}

/** "— Azernews, 22 July 2025, article 003_17e6..." */
export function sourceLine(s: AnswerSource): string {
  return `— ${[s.publisher, humanDate(s.date), `article ${s.id}`].filter(Boolean).join(', ')}${s.url ? ` (${s.url})` : ''}`;
}

export function shorten(s: string, max = 160): string {
  const one = s.replace(/\s+/g, ' ').trim();
  if (one.length <= max) return one;
  const cut = one.slice(0, max - 1);
  const at = cut.lastIndexOf(' ');
  return `${cut.slice(0, at > max / 2 ? at : cut.length)}…`;
}

export interface Composed {
  question: string;
  kind: QuestionKind;
  short: string;
  /** The first line: the short answer in a sentence where a template fits. */
  headline: string;
  sources: AnswerSource[];
  alternatives?: { short: string; source: AnswerSource }[];
  confidence: number;
  facts?: string[];
  via: 'facts' | 'search';
}

/** The whole plain-text reply: headline, quote, source line; disagreeing sources each with their own. */
export function composeAnswer(c: Composed): Answer {
  const lines: string[] = [c.headline];
  if (c.alternatives && c.alternatives.length > 1) {
    lines.push('The sources differ (newest first):');
    for (const alt of c.alternatives) {
      lines.push(`• ${alt.short}`);
      lines.push(`  “${alt.source.quote}”`);
      lines.push(`  ${sourceLine(alt.source)}`);
    }
  } else {
    const [first, ...rest] = c.sources;
    if (first) {
      lines.push(`“${first.quote}”`);
      lines.push(sourceLine(first));
    }
    for (const s of rest.slice(0, 3)) {
      lines.push(s.quote === first?.quote ? `Also in: ${sourceLine(s).slice(2)}` : `Also: “${s.quote}” ${sourceLine(s)}`);
    }
  }
  return {
    question: c.question,
    found: true,
    short: shorten(c.short),
    answer: lines.join('\n'),
    sources: c.sources,
    kind: c.kind,
    confidence: Math.round(c.confidence * 100) / 100,
    facts: c.facts,
    alternatives: c.alternatives,
    via: c.via,
  };
}

export function notFound(question: string, kind: QuestionKind, suggestions: string[], why?: string): Answer {
  const lines = [why ?? "I don't know: the articles I have don't answer that."];
  if (suggestions.length) {
    lines.push('You can ask, for example:');
    for (const s of suggestions) lines.push(`• ${s}`);
  }
  return { question, found: false, short: '', answer: lines.join('\n'), sources: [], kind, confidence: 0, suggestions, via: 'none' };
}

const suggestionCache = new WeakMap<Knowledge, Map<number, string[]>>();

/**
 * Example questions the knowledge can answer, drawn from its facts (deterministic). Every answer
 * offers them, and drawing them sorts the fact table, so they are kept per Knowledge.
 */
export function suggestQuestions(knowledge: Knowledge, max = 3): string[] {
  let byMax = suggestionCache.get(knowledge);
  if (!byMax) suggestionCache.set(knowledge, (byMax = new Map()));
  let hit = byMax.get(max);
  if (!hit) byMax.set(max, (hit = drawSuggestions(knowledge, max)));
  return [...hit];
}

function drawSuggestions(knowledge: Knowledge, max: number): string[] {
  const out: string[] = [];
  const by = (kind: Fact['kind']) => factsOfKind(knowledge, kind);
  const capital = firstOf(by('capital'), (a, b) => b.object.localeCompare(a.object));
  if (capital) out.push(`Which city is the Cultural Capital of the Turkic World in ${capital.object}?`);
  // The role told by the most sources (the earliest of the least id among ties), counted without making
  // every role fact: at 100,000 articles they are 88,000, and making them was half the warm-up.
  const table = knowledge.facts;
  let most = -1;
  const tied: number[] = [];
  for (const i of positionsOfKind(knowledge, 'role')) {
    const count = table.sourceCountAt(i);
    if (count > most) {
      most = count;
      tied.length = 0;
    }
    if (count === most) tied.push(i);
  }
  const role = firstOf(tied.map((i) => table.at(i)), (a, b) => a.id.localeCompare(b.id));
  if (role) out.push(`Who is the ${role.object}?`);
  const event = firstOf(by('event').filter((f) => f.qualifiers.place), (a, b) => (b.qualifiers.date ?? '').localeCompare(a.qualifiers.date ?? '') || a.id.localeCompare(b.id));
  if (event) out.push(`Where was the ${event.subject} held?`);
  const founding = by('founding')[0];
  if (founding && out.length < max) out.push(`When was ${founding.subject} established?`);
  return out.slice(0, max);
}

/**
 * What `[...items].sort(cmp)[0]` gives (the sort is stable: the earliest of the least), in one pass:
 * sorting the 8,800 role facts of 10,000 articles with localeCompare took 30-60 ms of the warm-up.
 */
export function firstOf<T>(items: readonly T[], cmp: (a: T, b: T) => number): T | undefined {
  let best = items[0];
  for (let i = 1; i < items.length; i++) if (cmp(items[i]!, best!) < 0) best = items[i];
  return best;
}

/** The clause of a text that holds most of the question's words: the part of a quote that answers. */
/** The clause after a speech verb and "that". */
const REPORTED_THAT = new RegExp(`\\b(?:${SPEECH_VERBS})\\s+(?:[^,.;]{0,40}?\\s)?that\\s+(.+)$`, 'i');
/** A clause that only leads in: "In her speech,", "In addition,", "To conclude,", "Meanwhile,". */
const LEAD_IN = /^(?:in (?:his|her|their|its) (?:speech|address|remarks?|opening remarks?)|in addition|additionally|moreover|furthermore|meanwhile|to conclude|in conclusion|besides|also|then|however|at the same time|for (?:his|her|their) part)[,:]?$/i;

export function bestClause(text: string, a: QuestionAnalysis): string {
  // What was said, when the sentence reports it: "Balayeva noted that large-scale work was carried
  // out" gives "large-scale work was carried out", not its lead-in "In her speech".
  const reported = REPORTED_THAT.exec(text)?.[1];
  if (reported && reported.split(/\s+/).length >= 3) return shorten(reported.replace(/[.;:,]+$/, ''));
  const clauses = text.split(/(?<=[,;:])\s+|\s+-\s+|\s+–\s+/).filter((cl, i, all) => all.length === 1 || !LEAD_IN.test(cl));
  if (clauses.length === 0) return shorten(text);
  if (clauses.length <= 1) return shorten(clauses[0]!.replace(/[,;:]$/, ''));
  const terms = new Set(a.terms);
  let best = clauses[0]!;
  let bestHits = -1;
  for (const cl of clauses) {
    const hits = fold(cl).split(/[^\p{L}\p{N}]+/u).filter((w) => [...terms].some((t) => w.startsWith(t))).length;
    if (hits > bestHits) [best, bestHits] = [cl, hits];
  }
  return shorten(best.replace(/[,;:]$/, ''));
}

