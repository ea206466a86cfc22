import { paragraphOf, type Knowledge } from '../knowledge.ts';
import type { Answer } from '../types.ts';
import { fold, humanDate } from '../text.ts';
import { findDates, isSameDayReport } from '../facts/dates.ts';
import { findFigures } from '../facts/claim-rules.ts';
import { findGazetteerNames } from '../facts/entities.ts';
import { stemsOf, termsOf, type QuestionAnalysis } from './analyze-question.ts';
import { ANCHOR_WEIGHT, anchorsHold } from './fact-candidates.ts';
import { isRare, type Vocabulary } from './vocabulary.ts';
import { bestClause, composeAnswer, toAnswerSource } from './compose-answer.ts';


/** Relation words a searched sentence must hold when the question uses them. */
const CUE_TERMS = new Set(['organ', 'establish', 'propos', 'sign', 'adopt', 'decid', 'said', 'thank', 'partner', 'capit', 'aim']);

/** A sentence found by search must cover this much of the question (idf-weighted) to answer it. */
export const SENTENCE_THRESHOLD = 0.6;

/**
 * Fallback when no fact fits: search sentences, keep those that hold every name the question gives and
 * enough of its words, and cut the answer the question asks for out of the best one.
 */
export function sentenceAnswer(a: QuestionAnalysis, knowledge: Knowledge, vocab: Vocabulary): Answer | null {
  // Who holds a role is the fact table's to say: a searched sentence naming a "Deputy Secretary General"
  // must not answer "Who is the Secretary General?".
  if (a.asksRoleHolder && a.target === 'person') return null;
  const named = (a.anchors.length + a.persons.length) * ANCHOR_WEIGHT;
  const content = a.terms.reduce((s, t) => s + vocab.idf(t), 0);
  const total = content + named;
  if (total === 0 || a.terms.length === 0) return null;
  const hits = knowledge.search.searchStems(searchQuery(a, vocab), { limit: 40 });
  let best: { id: string; coverage: number; short: string } | null = null;
  // The cheap tests on the sentence's own words come first; names are looked for (a scan of the
  // paragraph) only in sentences that pass them and could beat the best so far.
  for (const hit of hits) {
    const sentence = knowledge.sentences.get(hit.id);
    if (!sentence) continue;
    const article = knowledge.articles.get(sentence.articleId);
    const context = `${sentence.text} ${article?.title ?? ''}`;
    const terms = termsOf(context);
    if (a.capitalizedTerms.some((t) => isRare(t, vocab) && !terms.has(t))) continue;
    // The relation asked ("organized", "founded", "signed") must be in the sentence itself.
    if (a.terms.some((t) => CUE_TERMS.has(t) && !terms.has(t))) continue;
    const own = a.terms.reduce((s, t) => s + (terms.has(t) ? vocab.idf(t) : 0), 0);
    // The sentence itself must carry at least half of what the question asks besides its names.
    if (content > 0 && own / content < 0.5) continue;
    // Even with every other word in its paragraph it would not beat the best: skip.
    if (best && (named + own + 0.5 * (content - own)) / total <= best.coverage) continue;
    // Names may stand in the sentence's paragraph ("The forum in Baku marked ... Over 500 representatives
    // attended the forum."); the question's other words must be in the sentence itself, or count half.
    const paragraph = paragraphOf(knowledge, sentence.id) ?? '';
    const wide = `${context} ${paragraph}`;
    const entities = new Set(findGazetteerNames(wide).map((h) => h.canonical));
    if (!anchorsHold(a, entities, fold(wide))) continue;
    const nearby = termsOf(paragraph);
    const got = named + own + a.terms.reduce((s, t) => s + (!terms.has(t) && nearby.has(t) ? 0.5 * vocab.idf(t) : 0), 0);
    const coverage = got / total;
    if (coverage < SENTENCE_THRESHOLD || (best && coverage <= best.coverage)) continue;
    const short = extractShort(a, sentence.text, article?.date ?? null, knowledge);
    if (short) best = { id: hit.id, coverage, short };
  }
  if (!best) return null;
  const sentence = knowledge.sentences.get(best.id)!;
  const sources = [sentence.articleId, ...(sentence.alsoIn ?? [])].map((id) =>
    toAnswerSource({ articleId: id, sentence: sentence.text, sentenceId: sentence.id, date: knowledge.articles.get(id)?.date ?? null }, knowledge),
  );
  return composeAnswer({ question: a.text, kind: a.kind, short: best.short, headline: best.short, sources, confidence: best.coverage * 0.8, via: 'search' });
}

/**
 * The stems worth searching for. A sentence answers only if it holds, itself or in its title, half of
 * the question's weight besides names (below); so it holds one of the heaviest terms, those whose
 * weight the others cannot make up for. Searching only for them (each with the stems its synonyms
 * fold into it: "founded" asks for 'establish', which "set up" and "created" also give) leaves out no
 * sentence that could answer, and spares scoring every sentence that shares a common word ("summit",
 * "place") with the question: at 10,000 articles those were thousands per question and most of its time.
 */
export function searchQuery(a: QuestionAnalysis, vocab: Vocabulary): string[] {
  const terms = [...new Set(a.terms)].sort((x, y) => vocab.idf(y) - vocab.idf(x));
  const content = terms.reduce((s, t) => s + vocab.idf(t), 0);
  const stems = new Set<string>();
  let rest = content;
  for (const t of terms) {
    if (rest < 0.5 * content * (1 - 1e-9)) break;
    for (const s of stemsOf(t)) stems.add(s);
    rest -= vocab.idf(t);
  }
  return [...stems];
}

/** Person entities with their spellings folded, per Knowledge: folding them all for every hit cost ~100 ms at 10,000 articles. */
const foldedPersons = new WeakMap<Knowledge, { name: string; names: string[]; surname: string }[]>();

function foldedPersonsOf(knowledge: Knowledge) {
  let list = foldedPersons.get(knowledge);
  if (!list) {
    list = knowledge.entities.filter((e) => e.type === 'person').map((p) => ({ name: p.name, names: [p.name, ...p.aliases].map(fold), surname: fold(p.name).split(' ').pop()! }));
    foldedPersons.set(knowledge, list);
  }
  return list;
}

/** The part of a sentence that answers the question's kind, or null when the sentence has none. */
function extractShort(a: QuestionAnalysis, text: string, articleDate: string | null, knowledge: Knowledge): string | null {
  const asked = new Set(a.tokens);
  switch (a.target) {
    case 'date': {
      // A day, or a year said as a time ("in 1993", "since 2009"), not a year that names something
      // else ("operations for 2026", "Wonderland Shusha 2023").
      const d = findDates(text, articleDate).find((x) => x.date || /\b(?:in|since|on|from|until|by)\s+(?:the\s+year\s+)?$/i.test(text.slice(0, x.at)));
      if (d) return d.date ? humanDate(d.date) : String(d.year);
      return isSameDayReport(text) && articleDate ? humanDate(articleDate) : null;
    }
    case 'place': {
      const place = findGazetteerNames(text).find((h) => h.type === 'place' && !asked.has(fold(h.canonical)));
      return place ? place.canonical : null;
    }
    case 'number': {
      const fig = findFigures(text).find((x) => !a.unitTerm || termsOf(x.unit).has(a.unitTerm));
      return fig ? fig.text : null;
    }
    case 'person': {
      const f = fold(text);
      const person = foldedPersonsOf(knowledge).find((p) => p.names.some((n) => f.includes(n)) && !asked.has(p.surname));
      return person ? person.name : null;
    }
    case 'yesno':
      return null;
    case 'thing':
      return bestClause(text, a);
  }
}
