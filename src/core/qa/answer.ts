import { factsOfKind, type Knowledge } from '../knowledge.ts';
import type { Answer, AnswerSource, Fact } from '../types.ts';
import { fold, humanDate, words } from '../text.ts';
import { termsOf, type QuestionAnalysis } from './analyze-question.ts';
import { structureQuestion, type StructuredQuery } from './structured-query.ts';
import { readQuestion, type Language } from '../lang/read-question.ts';
import { dontKnow, unsupportedLanguage } from '../lang/phrases.ts';
import { answerCandidates, confidenceOf, retrieve, sameAnswer, type AnswerCandidate } from './passage-answer.ts';
import { askedKinds, factAsCandidate, factFitsType, factSupport, questionFacts } from './fact-support.ts';
import { ANCHOR_WEIGHT, newest, type Candidate } from './fact-candidates.ts';
import { holds } from './fact-index.ts';
import { bestClause, composeAnswer, notFound, suggestQuestions, toAnswerSource } from './compose-answer.ts';
import { listMembers } from './list-members.ts';
import { askedEvent, eventWordsIndexed, factNamesEvent, quotesAsIndexed, type AskedEvent, type StoredTermsOf } from './event-reference.ts';
import { correctWord, isRare, isUnknownName, vocabularyOf, type Vocabulary } from './vocabulary.ts';
import type { TermSet } from './sentence-names.ts';
import { sourceSentence } from './source-sentence.ts';
import { SentenceSource } from '../stored-facts.ts';

export interface AnswerOptions {
  /** "Now", for questions about upcoming or current things; the core never reads the clock. */
  now?: Date;
}

/**
 * How much of the question a fact must cover to be trusted. Measured on on- and off-topic questions
 * (test/core/qa): below it, wrong answers outnumber right ones. A wrong confident answer is worse than
 * "I don't know", so the bar sits on the side of abstaining.
 */
export const FACT_THRESHOLD = 0.5;

export const MAX_QUESTION_LENGTH = 500;

/** What `ask --explain` prints: the path of an answer, from the structured query to the decision. */
export interface AnswerTrace {
  query: Pick<StructuredQuery, 'text' | 'type' | 'rule' | 'list' | 'dateGrain' | 'headNoun'> & { language: Language; terms: string[]; names: string[]; year?: number };
  passages: { sentenceId: string; text: string; coverage: number; names: number }[];
  candidates: { text: string; kind: string; sentenceId: string; score: number; features: Record<string, number> }[];
  /** The fact table's answer, when it has one, and whether it agrees with the best candidate. */
  facts: { short: string; coverage: number; facts: string[]; rules: string[]; agrees: boolean; /** How much it counts against the best candidate (0 when it agrees or gives another kind of thing). */ against: number } | null;
  confidence: number;
  lead: number;
  threshold: number;
  decision: 'facts' | 'candidate' | 'abstain';
}

/**
 * One threshold on the confidence for every answer: a round value, a margin above the lowest at which
 * the pooled precision of given answers on the visible question sets (dev, paraphrase, articles-1,
 * articles-3) stays at least 97%. Once questions are held to the names and years they give, no wrong
 * answer is left at 0.50 or above there (0.55: 127 right, 0 wrong; 0.60: 123 and 0; 0.70: 117 and 0;
 * 0.48: 131 and 1; 0.45: 132 and 5). On the benchmark's 1,000 generated articles 0.55 gives 966 right
 * and 10 wrong (precision 98.7%) where 0.70 gives 952 and 7 (99.0%). README, "The answer pipeline".
 */
export const CONFIDENCE_THRESHOLD = 0.55;
/** Candidate kinds that are a proper name: a fact's longer reply around one says no more of it. */
const NAMED_KINDS = new Set<string>(['title', 'name', 'event', 'org', 'document', 'person', 'place']);

/** Turns a question into an answer from the knowledge base. Never throws for bad input. */
export function answerQuestion(knowledge: Knowledge, question: string, opts: AnswerOptions = {}): Answer {
  return answerWithTrace(knowledge, question, opts).answer;
}

export function answerWithTrace(knowledge: Knowledge, question: string, opts: AnswerOptions = {}): { answer: Answer; trace: AnswerTrace | null } {
  void opts;
  const asked = String(question ?? '');
  const suggestions = suggestQuestions(knowledge);
  if (!asked.trim()) return { answer: notFound(asked, 'unknown', suggestions, 'Ask me a question in words, for example:'), trace: null };
  if (asked.length > MAX_QUESTION_LENGTH * 4) return { answer: notFound(asked.slice(0, 200), 'unknown', suggestions, 'That message is too long to be a question; please ask in one or two sentences.'), trace: null };
  // A question in Russian, Kazakh, Turkish, Azerbaijani or Uzbek is read into the pipeline's words.
  const vocab = vocabularyOf(knowledge);
  const read = readQuestion(asked, (w) => vocab.known.has(w));
  if (read.unsupported) return { answer: { ...notFound(asked.slice(0, 200), 'unknown', suggestions, unsupportedLanguage()), language: 'en' }, trace: null };
  const localized = (x: Answer): Answer => (read.language === 'en' ? x : { ...x, question: asked.trim().slice(0, MAX_QUESTION_LENGTH), language: read.language });
  const q = structureQuestion(read.text, knowledge);
  const a = q.analysis;
  if (a.terms.length === 0 && a.anchors.length === 0 && a.persons.length === 0) return { answer: localized(notFound(a.text, a.kind, suggestions, dontKnow(read.language))), trace: null };

  // "andijan 2026?": a place and a year alone ask what the place is that year; the Cultural Capital
  // of the Turkic World for it, when the fact table has one, answers it.
  const capital = placeOfYear(q, knowledge);
  if (capital) return { answer: localized(capital), trace: null };

  // The facts the question reaches, found once: evidence for candidates and the fact table's own answer.
  // A fact the index shows cannot name the event asked is not scored at all.
  const event = askedEventOf(q, knowledge);
  const reached = askedKinds(q, aboutAskedEvent(event, knowledge, questionFacts(q, knowledge, event ? mayNameEvent(event, knowledge) : undefined)));
  const fromFacts = factAnswer(q, knowledge, reached);
  const retrieved = retrieve(q, knowledge);
  const cands = answerCandidates(q, knowledge, retrieved, factSupport(q, reached, new Set(retrieved.map((r) => r.sentence.id))));
  const fromFact = fromFacts && factAsCandidate(q, fromFacts, retrieved, cands, reached);
  if (fromFact) {
    const at = cands.findIndex((c) => c.score < fromFact.score);
    cands.splice(at < 0 ? cands.length : at, 0, fromFact);
  }
  // The fact table's answers: its short answer, or each answer of sources that differ.
  const factKeys = fromFacts ? [fromFacts.short, ...(fromFacts.alternatives ?? []).map((x) => x.short)].map((x) => fold(x)) : [];
  const earlierHolders = preferNewerHolder(q, cands, factKeys);
  preferCurrent(q, cands, knowledge);
  preferDayOfYear(q, cands, factKeys);
  const best = cands[0];
  const agrees = Boolean(best && factKeys.some((k) => sameAnswer(k, best.key) || k.includes(best.key)));
  // How strongly the fact table backs the best candidate: the share of the question its fact covers.
  const factBacking = agrees && fromFacts ? fromFacts.confidence : 0;
  // And how strongly it speaks against it: a fact covering the question that gives another answer.
  const factAgainst = !agrees && fromFacts && factFitsType(q, fromFacts, reached) ? fromFacts.confidence : 0;
  // The candidates the answer gives, found once; the other members of a list asked for are no rivals
  // of its best member either.
  const chosen = best ? chosenCandidates(q, cands, knowledge) : [];
  const members = q.list ? chosen : [];
  const ranked = members.length ? [...members, ...cands.filter((c) => !members.includes(c))] : cands;
  const { confidence, lead } = confidenceOf(ranked, factBacking, [...(agrees ? factKeys : []), ...members.map((c) => c.key), ...earlierHolders], q.type, factAgainst);
  let answer: Answer;
  let decision: AnswerTrace['decision'] = 'abstain';
  // A list is answered by a list: a fact giving one value does not answer "which countries".
  const factFits = fromFacts && (!q.list || fromFacts.kind === 'list');
  // The fact's reply stands for the candidate only when it says at least as much: "2018" does not
  // answer "on what date" when the passage gives 21 March 2018.
  const asSpecific = !best || best.kind !== 'date' || factKeys.some((k) => words(best.key).every((w) => words(k).includes(w)));
  // Nor when it only holds the name the candidate gives inside a longer reply (a topic list around
  // "Orkhun Exchange Program"): the name is the answer, the fact its backing. A role stays the fact's,
  // which says whose it is ("President" of what), and so do a list and a reply that goes on from the
  // name ("protocol determining the main tasks ...").
  const sameAsFact =
    !best || q.list || fromFacts?.kind === 'list' || !NAMED_KINDS.has(best.kind) ||
    factKeys.some((k) => (sameAnswer(k, best.key) && words(k).length <= 2 * words(best.key).length + 3) || k.replace(/^(?:the|a|an)\s+/, '').startsWith(best.key));
  if (fromFacts && factFits && ((agrees && asSpecific && sameAsFact) || a.target === 'yesno') && (confidence >= CONFIDENCE_THRESHOLD || fromFacts.kind === 'yes-no')) {
    // The fact table and the passages agree: the fact's reply (its headline, sources that differ), citing
    // also the passages that give the same answer.
    const passages = candidateSources(chosen, knowledge);
    answer = { ...fromFacts, sources: uniqueSources([...fromFacts.sources, ...passages]), confidence: Math.round(Math.max(confidence, fromFacts.kind === 'yes-no' ? fromFacts.confidence : 0) * 100) / 100 };
    decision = 'facts';
  } else if (best && confidence >= CONFIDENCE_THRESHOLD) {
    answer = candidateAnswer(q, knowledge, chosen, confidence);
    decision = 'candidate';
  } else answer = notFound(a.text, a.kind, suggestions, dontKnow(read.language));
  answer = localized(answer);
  const trace: AnswerTrace = {
    query: { language: read.language, text: q.text, type: q.type, rule: q.rule, list: q.list, dateGrain: q.dateGrain, headNoun: q.headNoun, terms: a.terms, names: [...a.anchors, ...a.persons], year: a.year },
    passages: retrieved.slice(0, 5).map((r) => ({ sentenceId: r.sentence.id, text: r.sentence.text, coverage: round2(r.coverage), names: round2(r.names) })),
    candidates: cands.slice(0, 8).map((c) => ({ text: c.text, kind: c.kind, sentenceId: c.sentenceId, score: round2(c.score), features: Object.fromEntries(Object.entries(c.features).map(([k, v]) => [k, round2(v)])) })),
    facts: fromFacts ? { short: fromFacts.short, coverage: fromFacts.confidence, facts: fromFacts.facts ?? [], rules: (fromFacts.facts ?? []).map((id) => reached.find((c) => c.fact.id === id)?.fact.rule ?? 'unknown'), agrees, against: round2(factAgainst) } : null,
    confidence: round2(confidence),
    lead: round2(lead),
    threshold: CONFIDENCE_THRESHOLD,
    decision,
  };
  return { answer, trace };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** A candidate the fact table states fully: a role fact of the role asked, say. */
const FACT_STATED = 0.9;

/**
 * "Who is the president of X?" when articles of different years name different presidents: both are
 * fact-stated candidates, and only the fact table knows their dates (it gives the newest). Its choice
 * goes first; the holders it passed over are earlier holders, no rivals of the answer. Returns their keys.
 */
function preferNewerHolder(q: StructuredQuery, cands: AnswerCandidate[], factKeys: string[]): string[] {
  const top = cands[0];
  if (!top || q.type !== 'person' || !q.analysis.asksRoleHolder || q.analysis.roleWords.length === 0 || q.analysis.year !== undefined) return [];
  if (top.features.fact < FACT_STATED || factKeys.some((k) => sameAnswer(k, top.key))) return [];
  const at = cands.findIndex((c) => c.features.fact >= FACT_STATED && factKeys.some((k) => sameAnswer(k, c.key)));
  if (at <= 0) return [];
  const passed = cands.slice(0, at).filter((c) => c.features.fact >= FACT_STATED).map((c) => c.key);
  cands.unshift(...cands.splice(at, 1));
  return passed;
}

/** A fragment of one place and a year ("andijan 2026?"), answered by the capital fact of that year. */
function placeOfYear(q: StructuredQuery, knowledge: Knowledge): Answer | null {
  const a = q.analysis;
  if (q.rule !== 'by-noun/fragment' || a.year === undefined || a.anchors.length !== 1 || a.persons.length || a.terms.some((t) => t !== String(a.year))) return null;
  const f = factsOfKind(knowledge, 'capital').find((x) => x.subject === a.anchors[0] && x.object === String(a.year));
  if (!f) return null;
  const short = `${f.subject} — Cultural Capital of the Turkic World ${f.object}`;
  return composeAnswer({ question: a.text, kind: 'what', short, headline: `${short}.`, sources: uniqueSources(f.sources.map((s) => toAnswerSource(s, knowledge))), confidence: 1, facts: [f.id], via: 'facts' });
}

/**
 * "Who heads TURKSOY now?": among the people close to the best candidate who hold a role in their
 * sentence (the relation, or a role fact), the one reported latest goes first. The others stay
 * rivals: two holders at close scores are no sure answer, whichever is newer.
 */
function preferCurrent(q: StructuredQuery, cands: AnswerCandidate[], knowledge: Knowledge): void {
  const top = cands[0];
  // "now", "currently", or a present tense: "Who is the head of X?", "who heads X".
  if (!top || q.type !== 'person' || !(q.analysis.wantsCurrent || PRESENT_HOLDER.test(q.text)) || q.analysis.year !== undefined) return;
  const dateOf = (c: AnswerCandidate) => c.support.map((id) => knowledge.articles.get(knowledge.sentences.get(id)?.articleId ?? '')?.date ?? '').sort().pop() ?? '';
  const holds = (c: AnswerCandidate) => c.kind === 'person' && (c.features.relation > 0 || c.features.fact >= 0.5);
  // Only among holders: a best candidate holding no role here is not an earlier holder of it.
  if (!holds(top)) return;
  const holders = cands.filter((c) => holds(c) && c.score >= top.score - CURRENT_MARGIN);
  const newest = holders.reduce<AnswerCandidate | undefined>((best, c) => (!best || dateOf(c) > dateOf(best) ? c : best), undefined);
  if (newest && newest !== top && dateOf(newest) > dateOf(top)) cands.unshift(...cands.splice(cands.indexOf(newest), 1));
}

const PRESENT_HOLDER = /^\s*who\s+(?:is|are|heads|leads|runs|chairs|directs)\b/i;

/** How far below the best candidate a newer holder may score and still go first for "now". */
const CURRENT_MARGIN = 2;

/**
 * "When did the 37th meeting take place?": the best candidate is the year a name carries ("Osh, the
 * Cultural Capital 2019"), and another passage gives the day the fact table gives too ("30 November
 * 2019"). That day, in the year, goes first: it says more and the fact table confirms it.
 */
export function preferDayOfYear(q: StructuredQuery, cands: AnswerCandidate[], factKeys: string[]): void {
  const top = cands[0];
  if (!top || q.type !== 'date' || q.dateGrain === 'year' || top.kind !== 'date' || !/^\d{4}$/.test(top.key)) return;
  const at = cands.findIndex((c) => c.kind === 'date' && c.key !== top.key && c.key.endsWith(top.key) && factKeys.includes(c.key));
  if (at > 0) cands.unshift(...cands.splice(at, 1));
}

/** The event the question names (event-reference.ts), with its words' typos mended. */
function askedEventOf(q: StructuredQuery, knowledge: Knowledge): AskedEvent | null {
  const vocab = vocabularyOf(knowledge);
  return askedEvent(q, (t) => (vocab.df.get(t) ?? 0) > 0, (w) => correctWord(w, vocab));
}

/** A question naming an event reaches only facts about that event (event-reference.ts). */
function aboutAskedEvent(ev: AskedEvent | null, knowledge: Knowledge, reached: Candidate[]): Candidate[] {
  if (!ev) return reached;
  const titleOf = (id: string) => knowledge.articles.get(id)?.title ?? '';
  // The quotes' and titles' terms from the index where it holds them: each source's text, read again per fact, was a tenth of the answer time.
  const names = knowledge.names;
  const stored: StoredTermsOf | undefined = names && {
    source: (s) => {
      const sentence = sourceSentence(s, knowledge);
      return sentence && sentence.text === s.sentence ? names.termsIn(sentence.articleId, [sentence.index]) : null;
    },
    title: (id) => names.termsIn(id, 'title'),
  };
  // The fact index rules most facts out first; a fact's verdict is found once, for all its slots.
  const mayName = mayNameEvent(ev, knowledge);
  const verdicts = new Map<Fact, boolean>();
  return reached.filter((c) => {
    let about = verdicts.get(c.fact);
    if (about === undefined) verdicts.set(c.fact, (about = mayName(c.at, c.fact) && factNamesEvent(ev, c.fact, titleOf, stored)));
    return about;
  });
}

/**
 * Whether the fact at a position may name the asked event, by the fact index (eventWordsIndexed): the
 * index reads a quote as its sentence's text, so a fact quoting other words may, whatever it holds.
 */
function mayNameEvent(ev: AskedEvent, knowledge: Knowledge): (at: number, fact: Fact) => boolean {
  const holdsEventWords = eventWordsIndexed(ev, knowledge.factIndex);
  const asIndexed = quotesAsIndexedOf(knowledge);
  return (at, fact) => holdsEventWords(at) || !asIndexed(at, fact);
}

/**
 * Per knowledge and fact position, whether the sources factNamesEvent reads quote their sentences as
 * the fact index read them (0: not known yet, 1: yes, 2: no): found once per fact, since event
 * questions reach the same thousands of facts again and again.
 */
const quotesAsIndexedByFact = new WeakMap<Knowledge, Uint8Array>();

function quotesAsIndexedOf(knowledge: Knowledge): (at: number, fact: Fact) => boolean {
  let known = quotesAsIndexedByFact.get(knowledge);
  if (!known) quotesAsIndexedByFact.set(knowledge, (known = new Uint8Array(knowledge.facts.length)));
  const quoteIsText = (s: Fact['sources'][number]) => {
    // Made from its sentence at load: the quote is that sentence's text, without making the string.
    if (s instanceof SentenceSource) return true;
    const sentence = sourceSentence(s, knowledge);
    return !sentence || sentence.text === s.sentence;
  };
  return (at, fact) => {
    if (known[at] === 0) known[at] = quotesAsIndexed(fact, quoteIsText) ? 1 : 2;
    return known[at] === 1;
  };
}

/** The fact table's own answer (or a yes/no a fact settles), used as evidence: see answerWithTrace. */
function factAnswer(q: StructuredQuery, knowledge: Knowledge, reached: Candidate[]): Answer | null {
  const a = q.analysis;
  if (a.target === 'yesno') return yesNoAnswer(a, knowledge);
  const vocab = vocabularyOf(knowledge);
  const names = questionNames(a, vocab);
  const eligible = reached
    .filter((c) => c.coverage >= FACT_THRESHOLD)
    .filter((c) => holdsRareTerms(c, names, knowledge) && slotFits(c, a))
    // "Which organization organized X?" is answered by the event's organizer, not its place, which
    // the fact table's "what" reading would take as well.
    .filter((c) => q.type !== 'org' || c.slot.type === 'org')
    // "Who read out Tokayev's letter?": the person the question names is not who it asks for, nor is
    // a role of theirs the answer ("Who is Tokayev?" asks for one: a definition).
    .filter((c) => q.type !== 'person' || a.definitional || !a.persons.some((p) => fold(p) === fold(c.slot.type === 'person' ? c.slot.value : c.fact.subject)));
  return answerFromFacts(a, knowledge, supportedAsRead(a, eligible, (c) => withSupportingSource(c, a, knowledge, vocab)));
}

/**
 * The eligible candidates that keep a supporting source (withSupportingSource weighs up to 300 sources
 * each: thousands per question when a proposal or a role is told by many articles), as answerFromFacts
 * reads them: the first that keeps one (the best), the near ties of its score, and the facts disputing
 * its value. A candidate outside those changes nothing answerFromFacts returns, so its sources are not
 * weighed. Where answerFromFacts filters or reorders the pool first (participants, counts, "before X"),
 * every candidate is weighed. Keep this in step with what answerFromFacts reads of its pool.
 */
function supportedAsRead(a: QuestionAnalysis, eligible: Candidate[], support: (c: Candidate) => Candidate | null): Candidate[] {
  const kept = (c: Candidate | null): c is Candidate => c !== null;
  if (a.asksParticipants || a.target === 'number' || a.pivot) return eligible.map(support).filter(kept);
  const supported = new Map<Candidate, Candidate | null>();
  const supportOf = (c: Candidate) => {
    let s = supported.get(c);
    if (s === undefined) supported.set(c, (s = support(c)));
    return s;
  };
  let best: Candidate | null = null;
  for (let i = 0; i < eligible.length && !best; i++) best = supportOf(eligible[i]!);
  if (!best) return [];
  const b = best;
  const near = b.score - (a.list ? PEERS_LIST : PEERS_ONE);
  return eligible.filter((c) => supported.has(c) || c.score >= near || (c.slot.type === b.slot.type && sameSubjectOfDispute(c.fact, b.fact))).map(supportOf).filter(kept);
}

/** How far below the best fact candidate's score a near tie may be: for a list, and for one answer. */
const PEERS_LIST = 0.2;
const PEERS_ONE = 0.05;

/** The candidates an answer gives: the best; for a list, the members of the enumeration (list-members.ts). */
function chosenCandidates(q: StructuredQuery, cands: AnswerCandidate[], knowledge: Knowledge): AnswerCandidate[] {
  return q.list ? listMembers(cands, knowledge) : [cands[0]!];
}

/** Every sentence that gives the chosen candidates (up to MAX_CITED each), as cited sources. */
function candidateSources(chosen: AnswerCandidate[], knowledge: Knowledge): AnswerSource[] {
  return uniqueSources(
    chosen.flatMap((c) =>
      c.support.slice(0, MAX_CITED).flatMap((sentenceId) => {
        const sentence = knowledge.sentences.get(sentenceId)!;
        return [sentence.articleId, ...(sentence.alsoIn ?? [])].map((id) =>
          toAnswerSource({ articleId: id, sentence: sentence.text, sentenceId: sentence.id, date: knowledge.articles.get(id)?.date ?? null }, knowledge),
        );
      }),
    ),
  );
}

/** The reply from the chosen candidates (the best, or a list's members): their sentences quoted. */
function candidateAnswer(q: StructuredQuery, knowledge: Knowledge, chosen: AnswerCandidate[], confidence: number): Answer {
  const display = (c: AnswerCandidate) => (c.kind === 'date' && /^\d{4}-\d\d-\d\d$/.test(c.text) ? humanDate(c.text) : c.text);
  const short = chosen.map(display).join(', ');
  return composeAnswer({ question: q.text, kind: q.list ? 'list' : q.analysis.kind, short, headline: short, sources: candidateSources(chosen, knowledge), confidence, via: 'search' });
}

/** Sentences cited per answer: the best, then others that give the same answer. */
const MAX_CITED = 4;

/** The fact table's answer from its candidates, best first. What it reads of them is mirrored in supportedAsRead. */
function answerFromFacts(a: QuestionAnalysis, knowledge: Knowledge, candidates: Candidate[]): Answer | null {
  let pool = candidates.filter((c) => c.coverage >= FACT_THRESHOLD);
  if (pool.length === 0) return null;
  if (a.asksParticipants) return participantsAnswer(a, knowledge, pool);
  // "How many journalists ...": a count of journalists, not of countries.
  if (a.target === 'number') {
    // A count of what was asked, or none: "How many films ..." is not answered with "100 guests".
    const unit = a.unitTerm;
    if (unit) pool = pool.filter((c) => c.fact.qualifiers.unit && termsOf(c.fact.qualifiers.unit).has(unit));
    else {
      const sameUnit = pool.filter((c) => c.fact.qualifiers.unit && a.terms.some((t) => termsOf(c.fact.qualifiers.unit!).has(t)));
      if (sameUnit.length) pool = sameUnit;
    }
    if (pool.length === 0) return null;
  }
  pool = applyOrder(a, pool, knowledge);
  const best = pool[0];
  if (!best) return null;

  // Near ties of the same kind of fact and slot: a list, or sources that disagree.
  const peers = pool.filter((c) => c.fact.kind === best.fact.kind && c.slot.type === best.slot.type && c.score >= best.score - (a.list ? PEERS_LIST : PEERS_ONE));
  const distinct = dedupeByValue(peers);

  if (a.list && distinct.length > 1) {
    const ordered = [...distinct].sort((x, y) => (x.slot.sortKey ?? newest(x.fact)).localeCompare(y.slot.sortKey ?? newest(y.fact)) || x.slot.value.localeCompare(y.slot.value));
    const short = ordered.map((c) => (best.fact.kind === 'capital' ? `${c.fact.subject} (${c.fact.object})` : c.slot.value)).join('; ');
    const sources = uniqueSources(ordered.flatMap((c) => c.fact.sources.map((s) => toAnswerSource(s, knowledge))));
    return composeAnswer({ question: a.text, kind: 'list', short, headline: short, sources, confidence: best.coverage, facts: ordered.map((c) => c.fact.id), via: 'facts' });
  }

  // Disagreeing sources are looked for in the whole pool: a figure told in other words scores lower.
  const sameQuestion = dedupeByValue(pool.filter((c) => c === best || (c.slot.type === best.slot.type && sameSubjectOfDispute(c.fact, best.fact))));
  if (sameQuestion.length > 1 && (best.fact.kind === 'figure' || best.fact.kind === 'role' || (best.fact.kind === 'event' && best.slot.type === 'date'))) {
    const byNewest = [...sameQuestion].sort((x, y) => newest(y.fact).localeCompare(newest(x.fact)));
    const alternatives = byNewest.map((c) => ({ short: c.slot.value, source: toAnswerSource(c.fact.sources[0]!, knowledge) }));
    const main = byNewest[0]!;
    const per = (c: Candidate) => {
      const src = toAnswerSource(c.fact.sources[0]!, knowledge);
      return `${c.slot.value} (per ${[src.publisher, humanDate(src.date)].filter(Boolean).join(', ')})`;
    };
    const short = a.wantsCurrent ? main.slot.value : byNewest.map(per).join(' / ');
    return composeAnswer({
      question: a.text, kind: a.kind, short, headline: a.wantsCurrent ? `${main.slot.value} (newest source, ${humanDate(newest(main.fact) || null)})` : short,
      sources: uniqueSources(byNewest.flatMap((c) => c.fact.sources.map((s) => toAnswerSource(s, knowledge)))),
      alternatives, confidence: best.coverage, facts: byNewest.map((c) => c.fact.id), via: 'facts',
    });
  }

  // One answer, possibly held by several facts ("Who is X?" with two roles).
  const together = best.slot.type === 'role' ? distinct.filter((c) => c.slot.type === 'role' && c.fact.subject === best.fact.subject) : [best];
  const short = together.map((c) => shortFor(c, a)).join('; ');
  const sources = uniqueSources(together.flatMap((c) => c.fact.sources.map((s) => toAnswerSource(s, knowledge))));
  return composeAnswer({ question: a.text, kind: a.kind, short, headline: headlineFor(best, short), sources, confidence: best.coverage, facts: together.map((c) => c.fact.id), via: 'facts' });
}

/** The question's capitalized words read once for all the facts it reaches: any unknown, and the rare ones. */
function questionNames(a: QuestionAnalysis, vocab: Vocabulary): { unknown: boolean; rare: string[] } {
  return { unknown: a.capitalizedTerms.some((t) => isUnknownName(t, vocab)), rare: a.capitalizedTerms.filter((t) => isRare(t, vocab)) };
}

/**
 * A capitalized word of the question that few sentences use ("Youth" in "the Turkic World Youth
 * Meeting") names what is asked about: a fact that lacks it is about something else, however much else it shares
 * ("the Second Meeting of Film Leaders from the Turkic World"). A name the corpus never uses ("the
 * Secretary General of NATO") is held by no fact.
 */
function holdsRareTerms(c: Candidate, { unknown, rare }: { unknown: boolean; rare: string[] }, knowledge: Knowledge): boolean {
  if (unknown) return false;
  if (rare.length === 0) return true;
  // The fact's own fields or the sentences quoting it; the titles of its articles do not count.
  return rare.every((t) => holds(knowledge.factIndex.withTerm(t, 'core'), c.at) || holds(knowledge.factIndex.withTerm(t, 'quote'), c.at));
}

/**
 * Terms of a source's sentence with its article's title, per Knowledge: a famous person's role fact is
 * quoted by thousands of articles. Bounded, so a long-running bot does not end up holding every sentence.
 */
const sourceTermCaches = new WeakMap<Knowledge, Map<string, Set<string>>>();
const SOURCE_TERM_CACHE_SIZE = 20_000;

function sourceTermsOf(src: Fact['sources'][number], knowledge: Knowledge): TermSet {
  // Read from the index where it holds them (the quote is its sentence's text): the terms of a text
  // and a title joined by a space are those of the two. Found again per source, they were most of
  // the time the first question about a famous role took.
  const names = knowledge.names;
  const sentence = names && sourceSentence(src, knowledge);
  if (names && sentence && sentence.text === src.sentence) {
    // The two documents read directly: up to 300 sources per fact, each made two term sets before.
    const inSentence = names.documentOf(sentence.articleId, sentence.index);
    const inTitle = names.documentOf(src.articleId, 'title');
    return {
      has: (t) => {
        const id = names.termId(t);
        return id >= 0 && ((inSentence >= 0 && names.documentHasTerm(inSentence, id)) || (inTitle >= 0 && names.documentHasTerm(inTitle, id)));
      },
    };
  }
  let cache = sourceTermCaches.get(knowledge);
  if (!cache) sourceTermCaches.set(knowledge, (cache = new Map()));
  let terms = cache.get(src.sentenceId);
  if (!terms) {
    if (cache.size >= SOURCE_TERM_CACHE_SIZE) cache.clear();
    terms = termsOf(`${src.sentence} ${knowledge.articles.get(src.articleId)?.title ?? ''}`);
    cache.set(src.sentenceId, terms);
  }
  return terms;
}

/**
 * The quote shown must carry the answer by itself: a fact told by several articles is judged by its
 * best single source (its sentence and that article's title), not by the words of all of them
 * together, and that source is cited first. "Who attended the film leaders' meeting?" is not answered
 * with a role whose only source about film is another article.
 */
const MAX_SOURCES_WEIGHED = 300;

function withSupportingSource(c: Candidate, a: QuestionAnalysis, knowledge: Knowledge, vocab: Vocabulary): Candidate | null {
  const f = c.fact;
  if (f.sources.length <= 1 || a.terms.length === 0) return c;
  const inCore = new Set(a.terms.filter((t) => holds(knowledge.factIndex.withTerm(t, 'core'), c.at)));
  const total = a.terms.reduce((sum, t) => sum + vocab.idf(t), 0);
  // No source can do better than holding every word the fact's own fields lack that some source of it
  // holds: stop at the first that does. A famous person's role is quoted by thousands of articles: only
  // the newest MAX_SOURCES_WEIGHED are weighed (at 100,000 articles weighing all of them took seconds).
  const inSomeSource = (t: string) => holds(knowledge.factIndex.withTerm(t, 'quote'), c.at) || holds(knowledge.factIndex.withTerm(t, 'title'), c.at);
  const ceiling = a.terms.reduce((sum, t) => sum + (inCore.has(t) ? vocab.idf(t) : inSomeSource(t) ? 0.7 * vocab.idf(t) : 0), 0) / total;
  let best: { i: number; share: number } | null = null;
  for (let i = 0; i < Math.min(f.sources.length, MAX_SOURCES_WEIGHED); i++) {
    const own = sourceTermsOf(f.sources[i]!, knowledge);
    const got = a.terms.reduce((sum, t) => sum + (inCore.has(t) ? vocab.idf(t) : own.has(t) ? 0.7 * vocab.idf(t) : 0), 0);
    const share = got / total;
    if (!best || share > best.share + 1e-9) best = { i, share };
    if (share >= ceiling - 1e-9) break;
  }
  const chosen = best as { i: number; share: number } | null;
  if (!chosen) return c;
  // Names are checked by the fact gate; here only the question's other words, on the same scale.
  const named = (a.anchors.length + a.persons.length) * ANCHOR_WEIGHT;
  const coverage = (named + chosen.share * total) / (named + total);
  if (coverage < FACT_THRESHOLD) return null;
  if (chosen.i === 0) return c;
  const sources = [f.sources[chosen.i]!, ...f.sources.filter((_, i) => i !== chosen.i)];
  return { ...c, fact: { ...f, sources } };
}

/**
 * Which parts of a fact may answer. "Who attended ..." is not answered by an event's organizer: an
 * organization answers "who" only when the question asks who organized, hosted, signed or founded.
 * "What is TURKSOY?" / "Who is X?" name only the thing asked about: a role, a founding or a capital
 * describes it; a sentence that merely mentions it does not.
 */
function slotFits(c: Candidate, a: QuestionAnalysis): boolean {
  if (c.slot.type === 'org' && a.target === 'person' && !a.terms.some((t) => ORG_CUES.has(t))) return false;
  if (a.definitional) return c.slot.type === 'role' || (c.fact.kind === 'founding' && c.slot.type === 'date');
  return true;
}

// "perform": a band or an orchestra performs (performers.ts).
const ORG_CUES = new Set(['organ', 'held', 'host', 'sign', 'establish', 'partner', 'initi', 'support', 'perform']);

/** "Which countries took part in X?": the event's participants. */
function participantsAnswer(a: QuestionAnalysis, knowledge: Knowledge, pool: Candidate[]): Answer | null {
  const event = pool.find((c) => c.fact.kind === 'event' && c.fact.qualifiers.participants?.length);
  if (!event) return null;
  const short = event.fact.qualifiers.participants!.join(', ');
  const sources = uniqueSources(event.fact.sources.map((s) => toAnswerSource(s, knowledge)));
  return composeAnswer({ question: a.text, kind: 'list', short, headline: `${event.fact.subject}: ${short}.`, sources, confidence: event.coverage, facts: [event.fact.id], via: 'facts' });
}

/**
 * Yes/no questions are answered only from facts, and only for the kinds a fact settles: a Cultural
 * Capital for a year, a role held. "Is Osh the Cultural Capital for 2026?" gets "No" with the city the
 * articles name for 2026; anything else is left unanswered rather than guessed.
 */
function yesNoAnswer(a: QuestionAnalysis, knowledge: Knowledge): Answer | null {
  const say = (yes: boolean, f: Fact, statement: string): Answer =>
    composeAnswer({
      question: a.text, kind: 'yes-no', short: `${yes ? 'Yes' : 'No'}: ${statement}`, headline: `${yes ? 'Yes' : 'No'}: ${statement}.`,
      sources: uniqueSources(f.sources.map((s) => toAnswerSource(s, knowledge))), confidence: 1, facts: [f.id], via: 'facts',
    });
  if (a.terms.includes('capit') && a.year !== undefined) {
    const capitals = factsOfKind(knowledge, 'capital').filter((f) => f.object === String(a.year));
    const asked = capitals.find((f) => a.anchors.includes(f.subject) || a.tokens.includes(fold(f.subject)));
    const f = asked ?? (a.anchors.length || a.tokens.length ? capitals[0] : undefined);
    if (f) return say(Boolean(asked), f, `${f.subject} — Cultural Capital of the Turkic World ${f.object}`);
  }
  if (a.persons.length && a.roleWords.length) {
    const fits = (f: Fact) => a.roleWords.filter((w) => w !== 'general').every((w) => fold(f.object).includes(w)) && a.anchors.every((x) => f.object.includes(x) || f.qualifiers.country === x);
    const roles = factsOfKind(knowledge, 'role');
    const own = roles.find((f) => fits(f) && a.persons.includes(f.subject));
    if (own) return say(true, own, `${own.subject} — ${own.object}`);
    const other = roles.find((f) => fits(f));
    if (other) return say(false, other, `${other.subject} — ${other.object}`);
  }
  return null;
}

/** "before Andijan" / "after 2025": ordered facts (capitals by year) answer relative questions. */
function applyOrder(a: QuestionAnalysis, pool: Candidate[], knowledge: Knowledge): Candidate[] {
  if (!a.pivot || pool[0]?.fact.kind !== 'capital') return pool;
  const pivotFact = factsOfKind(knowledge, 'capital').find((f) => f.subject === a.pivot!.name);
  const pivotYear = pivotFact ? Number(pivotFact.object) : a.year;
  if (!pivotYear) return [];
  const earlier = a.pivot.relation === 'before';
  const fits = pool.filter((c) => c.fact.kind === 'capital' && c.slot.type === 'place' && (earlier ? Number(c.fact.object) < pivotYear : Number(c.fact.object) > pivotYear));
  // The nearest one: "before Andijan (2026)" is 2025, not 2023.
  return fits.sort((x, y) => (earlier ? Number(y.fact.object) - Number(x.fact.object) : Number(x.fact.object) - Number(y.fact.object)));
}

/** Two facts answer the same question differently: one role held by two people, one count with two values. */
function sameSubjectOfDispute(x: Fact, y: Fact): boolean {
  if (x.kind === 'event') return x.subject === y.subject && y.kind === 'event' && !!x.qualifiers.date && !!y.qualifiers.date && x.qualifiers.date !== y.qualifiers.date;
  if (x.kind === 'figure') return x.subject === y.subject && x.qualifiers.unit === y.qualifiers.unit && x.qualifiers.value !== y.qualifiers.value;
  if (x.kind === 'role') return fold(x.object) === fold(y.object) && x.subject !== y.subject;
  return false;
}

function dedupeByValue(cands: Candidate[]): Candidate[] {
  const seen = new Map<string, Candidate>();
  for (const c of cands) {
    const k = `${fold(c.slot.value)}|${c.fact.kind === 'capital' ? c.fact.subject : ''}`;
    if (!seen.has(k)) seen.set(k, c);
  }
  return [...seen.values()];
}

function uniqueSources(sources: AnswerSource[]): AnswerSource[] {
  const seen = new Set<string>();
  const out: AnswerSource[] = [];
  for (const s of sources) {
    const k = `${s.id}|${s.quote}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(s);
  }
  // Facts keep their sources newest first, with the one that best supports the answer moved to the
  // front: that order is the citation order.
  return out;
}

/** The direct answer: for "what did X say about Y", the part of the quote about Y. */
function shortFor(c: Candidate, a: QuestionAnalysis): string {
  if (c.fact.kind === 'statement' && c.slot.type === 'thing') return bestClause(c.slot.value, a);
  return c.slot.value;
}

function headlineFor(c: Candidate, short: string): string {
  const f = c.fact;
  switch (`${f.kind}:${c.slot.type}`) {
    case 'role:person':
      return `${short} — ${f.object}.`;
    case 'role:role':
      return `${f.subject}: ${short}.`;
    case 'event:place':
      return `${f.subject}: held in ${short}${f.qualifiers.date ? `, ${humanDate(f.qualifiers.date)}` : ''}.`;
    case 'event:date':
      return `${f.subject}: ${short}${f.qualifiers.place ? `, ${f.qualifiers.place}` : ''}.`;
    case 'event:org':
      return `${f.subject} was organized by ${short}.`;
    case 'capital:place':
      return `${short} — Cultural Capital of the Turkic World ${f.object}.`;
    case 'capital:date':
      return `${f.subject} — Cultural Capital of the Turkic World ${short}.`;
    case 'founding:date':
      return `${f.subject} was established in ${short}.`;
    case 'proposal:person':
      return `${short} proposed to ${f.object.replace(/^to\s+/, '')}.`;
    case 'statement:person':
      return `${short} said it.`;
    default:
      return short;
  }
}

export { newest };

