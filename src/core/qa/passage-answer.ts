/**
 * The answer path: retrieval with recall first, typed candidates from every retrieved sentence, one
 * scorer. Pure: it reads the knowledge and the structured query, and returns scored candidates with
 * the features behind each score (for `ask --explain` and for fitting the weights).
 */
import { factsOfKind, type Knowledge } from '../knowledge.ts';
import type { Article, Fact, Sentence } from '../types.ts';
import { inEvery } from './fact-index.ts';
import { ENUMERATION_GAP, MONTHS, STOP_WORDS, fold, humanDate, words } from '../text.ts';
import { isSameDayReport } from '../facts/dates.ts';
import { canonicalName, findGazetteerNames } from '../facts/entities.ts';
import { findMentions, type Mention, type MentionKind } from '../facts/mentions.ts';
import { EVENT_NOUNS, POINTS_BACK_TO_EVENT, SPEECH_VERBS } from '../facts/lexicon.ts';
import { bestClause } from './compose-answer.ts';
import { attributeValues, enumeratedValues } from './attribute-value.ts';
import { dateOfVerb, objectRelation, objectsOfVerb, placeOfVerb, recipientRelation, verbRelation } from './verb-argument.ts';
import { asksDocument, documentFit, documentPhrases, documentRelation } from './documents.ts';
import { askedEvent, namesEvent, pointsBack, type AskedEvent } from './event-reference.ts';
import { performerFit } from './performers.ts';
import { winnerFit } from './prizes.ts';
import type { AnswerType, StructuredQuery } from './structured-query.ts';
import { stemsOf, termOf, termsOf } from './terms.ts';
import { correctWord, isRare, isUnknownName, vocabularyOf, type Vocabulary } from './vocabulary.ts';
import { anchorsOf, ordinalsOf, type PassageNames, type TermSet } from './sentence-names.ts';

export { ordinalsOf };

export type CandidateKind = MentionKind | 'phrase' | 'clause' | 'yes' | 'document';

export interface Features {
  /** Share of the question's concepts (idf-weighted) in the sentence; its neighbours and title count less. */
  coverage: number;
  /** The names the question gives, found in the sentence (1), its paragraph (0.8), the title (0.7), the paragraph before (0.65), elsewhere in the article (0.5). */
  names: number;
  /** A year the question gives, in the passage or its article's date (1), or not (0). */
  year: number;
  /** How well the candidate's kind fits the answer type (table TYPE_FIT). */
  typeFit: number;
  /**
   * The question's concepts and names around the candidate in its sentence, each weighted by idf and by
   * nearness (1 / (1 + words apart / 4)): the answer stands next to what the question says about it.
   */
  local: number;
  /** Retrieval rank of the sentence: 1 / (1 + rank / 10). */
  rank: number;
  /** Other sentences that give the same candidate (0, 1, 2+ -> 0, 0.5, 1). */
  redundancy: number;
  /**
   * Person and role answers: the question's words in the role phrase standing next to the candidate
   * ("Secretary General Sultan Raev", "Faruk Güven, Head of TRT Cinema"); 0 for other types.
   */
  relation: number;
  /** A fact of the fact table gives this value from this sentence: how much of the question the fact covers. */
  fact: number;
  /**
   * Names of things (events, organizations, titles) that carry the question's words inside them: "What
   * poetry event ...?" -> "Vagif Poetry Days". The idf-weighted share of question concepts in the candidate.
   */
  contains: number;
}

export interface AnswerCandidate {
  text: string;
  /** Folded text: candidates with one key are one answer. */
  key: string;
  kind: CandidateKind;
  sentenceId: string;
  /** Every retrieved sentence that gives this answer, the best first: all are cited. */
  support: string[];
  features: Features;
  score: number;
}

export interface Retrieved {
  sentence: Sentence;
  coverage: number;
  names: number;
  year: number;
  rank: number;
  /** The sentence's words with the question weight each carries (0 for none). */
  tokens: { start: number; end: number; weight: number; key: string }[];
  /** Sum of the weights a sentence could hold. */
  totalWeight: number;
}

/** How well each kind of mention answers each type of question. 0 = never. */
const TYPE_FIT: Record<AnswerType, Partial<Record<CandidateKind, number>>> = {
  person: { person: 1, name: 0.45, org: 0.3 },
  place: { place: 1, name: 0.45, org: 0.3 },
  org: { org: 1, name: 0.5, place: 0.3, event: 0.2 },
  event: { event: 1, name: 0.4, title: 0.4 },
  date: { date: 1 },
  number: { number: 1 },
  role: { role: 1 },
  thing: { title: 1, document: 1, name: 0.8, event: 0.75, org: 0.7, place: 0.6, person: 0.5, phrase: 0.6, role: 0.4 },
  statement: { clause: 1 },
  yesno: { yes: 1 },
};

/** Relation concepts for which an organization answers "who" ("who organized", "who backed"). */
const ORG_AGENT_CONCEPTS = new Set(['organ', 'held', 'sign', 'establish', 'partner', 'back', 'propos', 'announc', 'elect']);

/** The weights of the score, fitted on the visible question sets by scripts/fit-weights.ts (README, "The answer pipeline"). */
export const WEIGHTS = { coverage: 4.73, names: 0, year: 0, typeFit: 3.88, local: 4.09, rank: 2.45, redundancy: 0, relation: 1.8, fact: 1.58, contains: 1.94 };
/**
 * The confidence model (logistic, fitted by scripts/fit-weights.ts): the best candidate's score, its
 * lead over the next answer, the fact table's backing, its coverage, local coverage and type fit, and a
 * prior per answer type: a "what" phrase, an organization or a date is right less often than a place
 * with the same score.
 */
export const CONFIDENCE = {
  score: 0.16,
  lead: 0.51,
  agree: 0.27,
  disagree: -0.78,
  coverage: 1.23,
  local: 0.28,
  typeFit: 1.84,
  /**
   * Set by hand, not fitted: a candidate standing in the relation the question asks ("moderated by X",
   * the prize's "to X", a role beside the name) is surer. 0.5 answers 2 more of the pooled visible
   * sets at 0.55 with none wrong and leaves the benchmark's 1,000 articles as they were; 1.0 answered
   * 5 more of those wrongly.
   */
  relation: 0.5,
  bias: -5.08,
  type: { person: 0.21, place: 0.66, date: -0.87, number: 0.53, thing: -0.18, event: -0.14, org: -0.39, role: -0.14, statement: 0.32 } as Partial<Record<AnswerType, number>>,
};

const RETRIEVE_LIMIT = 40;
/** Articles naming the asked event whose sentences pointing back at it are read beyond the search's passages. */
const MAX_EVENT_ARTICLES = 6;
const MIN_NAMES = 0.6;
/** Head nouns of "which <noun>" that ask for a building or site. */
const BUILDING_HEADS = new Set('monument building landmark site shrine mausoleum mosque palace museum venue hall theatre theater fortress castle'.split(' '));
const NO_CONCEPTS_COVERAGE = 0.5;
/** The place of the article's title among the layers a name is looked for in (nameScore). */
const TITLE_LAYER = 2;
const ARTICLE_LAYER = 4;
/** A country the article names somewhere: its setting more often than a name's ("Turkey's education ministry"). */
const COUNTRY_IN_ARTICLE = 0.6;

const NAMED_THINGS = new Set<CandidateKind>(['event', 'org', 'title', 'name']);
/** Answer types whose head noun's modifiers a name must hold, and the fit of one that holds none. */
const MODIFIED_TYPES = new Set<AnswerType>(['event', 'thing', 'org']);
const MODIFIER_MISSING = 0.5;

/** The idf-weighted share of the question's concepts written inside a candidate. */
function insideShare(text: string, q: StructuredQuery, knowledge: Knowledge): number {
  const vocab = vocabularyOf(knowledge);
  const inside = termsOf(text);
  const terms = queryTerms(q);
  const total = terms.reduce((sum, t) => sum + vocab.idf(t), 0);
  return total > 0 ? terms.reduce((sum, t) => sum + (inside.has(t) ? vocab.idf(t) : 0), 0) / total : 0;
}

/**
 * What MiniSearch is asked for: every stem of every concept and name, except those in more than
 * COMMON_SHARE of the sentences when rarer ones are there to find the passage ("turkic", "culture",
 * "TURKSOY" at 10,000 articles). MiniSearch scores every sentence that holds any term asked: a common
 * term made the search most of the answer time, and a passage worth answering from holds a rarer word
 * of the question too.
 */
const COMMON_SHARE = 0.02;

function searchStemsFor(q: StructuredQuery, terms: string[], vocab: Vocabulary): string[] {
  const all: string[] = [];
  for (const t of terms) for (const s of stemsOf(t)) all.push(s);
  // A person is searched by the surname: quotes and later mentions name them so ("..., Raev said."),
  // and a first name asked for too ranks the sentences naming them in full above those.
  const given = new Set(q.analysis.persons.flatMap((p) => fold(p).split(/\s+/).slice(0, -1)));
  for (const w of q.analysis.anchorWords) if (!STOP_WORDS.has(w) && !given.has(w)) all.push(termOf(w));
  const unique = [...new Set(all)];
  const limit = Math.max(50, vocab.sentenceCount * COMMON_SHARE);
  const rare = unique.filter((s) => (vocab.df.get(s) ?? 0) <= limit);
  if (rare.some((s) => (vocab.df.get(s) ?? 0) > 0)) return rare;
  return unique;
}

export function retrieve(q: StructuredQuery, knowledge: Knowledge): Retrieved[] {
  const a = q.analysis;
  const vocab = vocabularyOf(knowledge);
  const terms = queryTerms(q);
  const stems = searchStemsFor(q, terms, vocab);
  if (a.year) stems.push(String(a.year));
  const hits = knowledge.search.searchStems(stems, { limit: RETRIEVE_LIMIT, titles: 3 });
  // "Where was it held": the frame verb is what a place says ("the summit in Gabala"); it weighs a
  // third. A date question keeps it whole: "organized since 2019" is the answer's own verb.
  const frame = q.type === 'place' ? FRAME_CONCEPTS : new Set<string>();
  const weights = terms.map((t) => vocab.idf(t) * (frame.has(t) ? 1 / 3 : 1));
  const total = weights.reduce((x, y) => x + y, 0);
  const out: Retrieved[] = [];
  const wanted = wantedNames(q, vocab);
  const compounds = modifiedNouns(q);
  const yearSeen = new Map<string, boolean>();
  // "its 10th anniversary" said as "turns 10 years": the count covers the ordinal and the anniversary.
  const anniversary = wanted.find((w) => w.anniversary)?.ordinal;
  const anniversaryTerms = anniversary === undefined ? new Set<string>() : new Set(words(q.text).filter((w) => w === 'anniversary' || new RegExp(`^${anniversary}(?:st|nd|rd|th)$`).test(w)).map(termOf));
  const weights_ = weighing(q, vocab);
  // "How many countries founded X?": a sentence that lists the countries speaks of countries.
  const countedHead = q.type === 'number' && q.headNoun && COUNTED_PLACES[q.headNoun] ? termOf(q.headNoun) : undefined;
  // "Which city hosted ...?", "which post did X hold?": the answer is the city, the post; the sentence
  // need not say "city" or "post" when it names one.
  const typedHead = q.typedHead && q.headNoun && MENTION_OF_TYPE[q.type] ? termOf(q.headNoun) : undefined;
  // The event the question names, and the articles that name it (event-reference.ts): there a bare
  // "the forum" is that event, and such sentences the search ranked low are read too.
  const ev = askedEvent(q, (t) => (vocab.df.get(t) ?? 0) > 0, (w) => correctWord(w, vocab));
  const eventArticles = new Map<string, number>();
  if (ev) {
    hits.forEach((hit, rank) => {
      const sentence = knowledge.sentences.get(hit.id);
      if (!sentence || eventArticles.has(sentence.articleId)) return;
      const title = knowledge.articles.get(sentence.articleId)?.title ?? '';
      if (namesEvent(ev, sentence.text, sentenceTerms(sentence, knowledge)) || namesEvent(ev, title, titleNames(sentence.articleId, knowledge).terms)) eventArticles.set(sentence.articleId, rank);
    });
  }
  // Whether an article names the asked event, read once per article (many passages share one).
  const naming = new Map<string, boolean>();
  const namingArticle = (articleId: string) => {
    let hit = naming.get(articleId);
    if (hit === undefined) naming.set(articleId, (hit = articleNamesEvent(ev!, articleId, knowledge)));
    return hit;
  };
  const seen = new Set(hits.map((h) => h.id));
  const extra: { id: string; rank: number }[] = [];
  for (const [articleId, rank] of [...eventArticles].slice(0, MAX_EVENT_ARTICLES)) {
    for (const x of knowledge.articles.get(articleId)?.sentences ?? []) if (!seen.has(x.id) && pointsBack(ev!, x.text)) extra.push({ id: x.id, rank });
  }
  [...hits.map((h, rank) => ({ id: h.id, rank })), ...extra].forEach(({ id, rank: searchRank }) => {
    const sentence = knowledge.sentences.get(id);
    if (!sentence) return;
    const article = knowledge.articles.get(sentence.articleId);
    // A sentence calling the event "the forum" is found through the article naming it: it ranks as
    // that article's best passage, whether the search also ranked it (lower) or not at all.
    const viaArticle = ev ? eventArticles.get(sentence.articleId) : undefined;
    const rank = viaArticle !== undefined && viaArticle < searchRank && pointsBack(ev!, sentence.text) ? viaArticle : searchRank;
    // A question naming an event is not answered from an article that never names it: "the 6th
    // Forum of Turkic Translators" is not "the 6th Summit of Turkic Jewelry Makers".
    if (ev && !eventArticles.has(sentence.articleId) && !namingArticle(sentence.articleId)) return;
    const own = sentenceTerms(sentence, knowledge);
    const near = neighbours(sentence, knowledge).map((s) => sentenceTerms(s, knowledge));
    // "The meeting, which took place on November 30th ...": a sentence that opens by pointing back
    // is about what the sentence before it names, paragraph break or not.
    const previous = knowledge.sentences.get(`${sentence.articleId}#${sentence.index - 1}`);
    const before = POINTS_BACK_TO_EVENT.test(sentence.text) || (previous && shortensPreviousName(sentence.text, previous.text)) ? previous : undefined;
    const pointed = before ? sentenceTerms(before, knowledge) : undefined;
    const refers = ev && eventArticles.has(sentence.articleId) && pointsBack(ev, sentence.text) ? ev.said : undefined;
    const title = titleNames(sentence.articleId, knowledge).terms;
    let got = 0;
    // "head of X" asks for whoever leads X: a Secretary General, President or Director holds it.
    const hasHead = (x: Sentence) => asksHead(q) && sentenceTokens(x, knowledge).some((w) => TOP_ROLE_WORDS.has(w.folded));
    const articleYear = article?.date?.slice(0, 4);
    const yearNear = a.year === undefined || `${sentence.text} ${neighbours(sentence, knowledge).map((s) => s.text).join(' ')} ${article?.title ?? ''}`.includes(String(a.year)) || articleYear === String(a.year);
    // The year asked is a constraint like a name: an article that never writes it reports nothing of
    // that year ("the Cultural Capital in 2031" is not the 2025 one); written elsewhere in the
    // article ("on March 31, 2021" in its lead), it holds less than beside the passage.
    const year = yearNear ? 1 : yearInArticle(article, a.year!, yearSeen) ? 0.5 : -1;
    if (year < 0) return;
    terms.forEach((t, i) => {
      // The year asked is said where the passage's year is: beside it, in the title, or the article's date.
      const p = own.has(t) || (anniversaryTerms.has(t) && yearsCount(fold(sentence.text), anniversary!)) || (year === 1 && isYearTerm(t, a.year)) || (t === typedHead && mentionsType(q, sentence, article?.date ?? null, knowledge)) || (t === SPEECH && QUOTED.test(sentence.text)) || (t === 'head' && hasHead(sentence)) || pointed?.has(t) || refers?.has(t) || (t === countedHead && enumeratesCounted(q, sentence, article?.date ?? null, knowledge)) ? 1 : near.some((n) => n.has(t)) ? 0.6 : title.has(t) ? 0.4 : 0;
      got += p * weights[i]!;
    });
    // A question of names alone ("What is TURKSOY?") says nothing a passage could cover: half, not all.
    // "the Tourism Capital" asked, "the Cultural Capital" written: another kind of the same thing.
    const coverage = (total > 0 ? got / total : NO_CONCEPTS_COVERAGE) * (compounds.length && namesOtherKind(sentence, knowledge, compounds) ? OTHER_KIND : 1);
    const names = nameScore(wanted, sentence, knowledge, before);
    // A name the question gives must be in the passage or its title: an article that names it
    // somewhere else is about something else ("When was the OTS founded?" is not "TURKSOY, 1993").
    if (names < MIN_NAMES) return;
    out.push({ sentence, coverage, names, year, rank, ...weightedTokens(sentence, knowledge, weights_) });
  });
  return out;
}

/** Candidates of every retrieved sentence, scored and merged by value, best first. */
export function answerCandidates(q: StructuredQuery, knowledge: Knowledge, retrieved: Retrieved[], factValues: Map<string, Map<string, number>> = new Map()): AnswerCandidate[] {
  const all: AnswerCandidate[] = [];
  const asked = askedWords(q);
  // The words that say what the answer is ("exchange programme") are expected in it.
  const expected = new Set([q.headNoun, ...q.headModifiers].filter((w): w is string => Boolean(w)).map(termOf));
  const askedNames = namesOfQuestion(q);
  const orgAgent = q.analysis.terms.some((t) => ORG_AGENT_CONCEPTS.has(t));
  const asksAhead = ASKS_AHEAD.test(q.text);
  for (const r of retrieved) {
    const s = r.sentence;
    const articleDate = knowledge.articles.get(s.articleId)?.date ?? null;
    for (const raw of candidatesIn(q, s.text, articleDate, r, knowledge, asked)) {
      // A known organization by its reference name: "International Organization of Turkic Culture
      // (TURKSOY)" is one answer, TURKSOY, however the sentence writes it.
      const c = raw.kind === 'org' ? { ...raw, text: canonicalName(raw.text)?.canonical ?? raw.text } : raw;
      if (isAsked(c.text, asked) || isAsked(raw.text, asked) || lengthensAskedName(c.text, askedNames)) continue;
      let typeFit = c.fit ?? TYPE_FIT[q.type][c.kind] ?? 0;
      // "National Education Ministry" for "did Turkey's education ministry introduce ...": a name made
      // mostly of the question's words (beyond those saying what the answer is) is its subject.
      if (c.kind !== 'person' && c.kind !== 'date' && c.kind !== 'number' && echoesQuestion(c.text, asked, expected)) typeFit *= ECHOES_QUESTION;
      if (q.type === 'person' && c.kind === 'org' && orgAgent) typeFit = 0.9;
      if (q.type === 'date' && c.kind === 'date') typeFit = dateFit(q, c.mention, s.text);
      if (q.type === 'number' && c.kind === 'number') typeFit = unitFit(q, c.mention?.unit);
      // "Who is X?" is answered by the role standing next to X, and by no other role in the sentence.
      // "What role did X hand over?" asks for a role X did something with: any role fits, less.
      // "transferred the role of TURKSOY Provisional Coordinator to ...": a role the sentence calls one fits.
      if (q.type === 'role' && c.kind === 'role' && !c.relation) typeFit = q.rule === 'role/who-is-name' ? 0 : c.mention && CALLED_A_ROLE.test(s.text.slice(Math.max(0, c.mention.start - 30), c.mention.start)) ? 1 : 0.5;
      if (q.type === 'place' && c.kind === 'place') typeFit = c.mention?.unit === 'country of city' ? 0.8 : placeFit(q, c.mention?.unit);
      // "What country is X from?", "which city": the question names the kind of place; an organization is none.
      if (q.type === 'place' && c.kind !== 'place' && SETTLEMENT_HEADS.has(q.headNoun ?? '')) typeFit = 0;
      // "Which monument ...?": a building or site the sentence names fits fully.
      if (q.type === 'thing' && c.kind === 'place' && c.mention?.unit === 'venue' && BUILDING_HEADS.has(q.headNoun ?? '')) typeFit = 1;
      // "Who performed ...?", "Which ensemble ...?": a band, choir or orchestra fits fully (performers.ts).
      // What the question asks for by its words: a performer, a document, a prize winner (their modules).
      // "Which prize ...?": a name that says it is one ("Alisher Navoi Prize") fits fully.
      const namesHead = q.type === 'thing' && q.headNoun !== undefined && c.kind !== 'phrase' && termsOf(c.text).has(termOf(q.headNoun));
      if (namesHead) typeFit = 1;
      typeFit = performerFit(q, c.kind, c.text) ?? documentFit(q, c.kind) ?? winnerFit(q, c.kind) ?? typeFit;
      // A title is a document's name when it says so ("Orkhun Exchange Program" for "which programme").
      if (namesHead && asksDocument(q)) typeFit = 1;
      // "the magazine The Guardian", "the play “Karabakhnama”": a name right after the noun asked for is one.
      const calledByHead = q.type === 'thing' && q.headNoun !== undefined && NAMED_AFTER_NOUN.has(c.kind) && c.mention !== undefined && headNounBefore(s.text, c.mention.start, q.headNoun);
      if (calledByHead) typeFit = 1;
      // "What did they discuss?": what the verb takes ("covered topics such as ...") rather than a quoted
      // title the sentence names ("a panel discussion titled “...”").
      if (q.type === 'thing' && c.kind === 'title' && ASKS_OBJECT.test(q.text) && !asksDocument(q)) typeFit = Math.min(typeFit, OBJECT_TITLE_FIT);
      // "What poetry event ...?": a name holding none of the words that say which one fits less.
      if (q.headModifiers.length && NAMED_THINGS.has(c.kind) && MODIFIED_TYPES.has(q.type) && !q.headModifiers.some((w) => termsOf(c.text).has(termOf(w)))) typeFit *= MODIFIER_MISSING;
      // A quoted title the sentence calls a theme, motto or slogan ("under the theme “...”") names what
      // an event was about, not a document, work or prize; it answers only a question asking for one.
      if (c.kind === 'title' && c.mention && THEME_BEFORE.test(s.text.slice(Math.max(0, c.mention.start - 30), c.mention.start)) && !THEME_NOUNS.has(q.headNoun ?? '')) typeFit *= THEME_FIT;
      // "What kinds of archives?": a kind is described, not named.
      if (q.asksKind && c.kind !== 'phrase') typeFit = 0;
      if (typeFit === 0) continue;
      // "... in 2022?" answered from a sentence that dates what it tells to other years only
      // ("will host the next Games in 2024"): a weaker fit, whatever the article's own date.
      if (q.analysis.year && c.kind !== 'date' && writesOnlyOtherYears(s.text, q.analysis.year)) typeFit *= 0.6;
      // "Where will the next Games be held?" answered from a sentence telling what took place: a weaker fit.
      // So is an answer whose own clause tells the past in a sentence that also looks ahead ("decisions
      // made at the workshop held in Bursa last month will be presented ...").
      if (asksAhead && ((TELLS_THE_PAST.test(s.text) && !TELLS_AHEAD.test(s.text)) || (c.mention && toldAsPast(s.text, c.mention.start, c.mention.end)))) typeFit *= 0.6;
      // Dates are compared as written in answers ("8 March 2025"), as the fact table gives them.
      // A place by its reference name: "Turkestan" and "Turkistan" are one answer, written as the passage has it.
      const keyText = c.kind === 'date' && /^\d{4}-\d\d-\d\d$/.test(c.text) ? humanDate(c.text) : c.kind === 'place' ? (canonicalName(c.text)?.canonical ?? c.text) : c.text;
      const key = fold(keyText).replace(/^(?:the|a|an)\s+/, '');
      const features: Features = {
        coverage: r.coverage,
        names: r.names,
        year: r.year,
        typeFit,
        local: c.local,
        rank: 1 / (1 + r.rank / 10),
        redundancy: 0,
        relation: calledByHead ? 1 : (c.relation ?? 0),
        fact: factCoverage(factValues.get(s.id), key),
        contains: NAMED_THINGS.has(c.kind) && (q.type === 'event' || q.type === 'thing' || q.type === 'org') ? insideShare(c.text, q, knowledge) : 0,
      };
      all.push({ text: c.text, key, kind: c.kind, sentenceId: s.id, support: [s.id], features, score: 0 });
    }
  }
  return mergeByValue(all);
}

/** The candidate's score: a linear model over its features (weights fitted pairwise: right above wrong). */
export function scoreOf(f: Features): number {
  return (
    WEIGHTS.coverage * f.coverage + WEIGHTS.names * f.names + WEIGHTS.year * f.year + WEIGHTS.typeFit * f.typeFit + WEIGHTS.local * f.local +
    WEIGHTS.rank * f.rank + WEIGHTS.redundancy * f.redundancy + WEIGHTS.relation * f.relation + WEIGHTS.fact * f.fact + WEIGHTS.contains * f.contains
  );
}

/**
 * The chance that the best candidate is right: from its score, its lead over the best candidate that
 * is another answer (sharing under half its words: "Deputy Minister of Culture of Azerbaijan" and
 * "Azerbaijani Deputy Minister of Culture" are one answer), and how strongly the fact table backs it
 * (the share of the question covered by a fact giving the same answer, 0 when none does). Fitted on the visible question sets (scripts/fit-weights.ts); one number per answer,
 * compared with one threshold.
 */
export function confidenceOf(cands: AnswerCandidate[], factBacking = 0, coAnswers: string[] = [], type?: AnswerType, factAgainst = 0): { confidence: number; lead: number } {
  const top = cands[0];
  if (!top) return { confidence: 0, lead: 0 };
  // Answers the fact table gives side by side (sources that differ) are no rivals of each other.
  const rival = cands.slice(1).find((c) => !sameAnswer(top.key, c.key) && !coAnswers.some((k) => sameAnswer(k, c.key)));
  // A lone candidate is no proof: it leads by as much as a typical clear winner, not by the most.
  const lead = Math.min(MAX_LEAD, rival ? top.score - rival.score : LONE_LEAD);
  const f = top.features;
  const z =
    CONFIDENCE.score * top.score + CONFIDENCE.lead * lead + CONFIDENCE.agree * factBacking + CONFIDENCE.disagree * factAgainst + CONFIDENCE.coverage * f.coverage + CONFIDENCE.local * f.local + CONFIDENCE.typeFit * f.typeFit + CONFIDENCE.relation * f.relation + (type ? (CONFIDENCE.type[type] ?? 0) : 0) + CONFIDENCE.bias;
  return { confidence: 1 / (1 + Math.exp(-z)), lead };
}

const MAX_LEAD = 5;
const DATE_KEY = new RegExp(`^(?:(?:\\d{1,2}\\s+)?(?:${MONTHS.join('|')})\\s+)?\\d{4}$`, 'i');
const LONE_LEAD = 2.5;

/** Two answers are one when they share at least half of the shorter one's words. */
export function sameAnswer(a: string, b: string): boolean {
  // Dates are one answer when one says more of the other ("2025", "April 2025", "5 April 2025"), and
  // two when they differ anywhere ("April 2025", "November 2025").
  if (DATE_KEY.test(a) && DATE_KEY.test(b)) {
    const [short, long] = a.length <= b.length ? [a, b] : [b, a];
    const longWords = new Set(words(long));
    return words(short).every((w) => longWords.has(w));
  }
  const wa = new Set(words(a).filter((w) => !STOP_WORDS.has(w)));
  const wb = words(b).filter((w) => !STOP_WORDS.has(w));
  if (wa.size === 0 || wb.length === 0) return a === b;
  const shared = wb.filter((w) => wa.has(w)).length;
  return shared / Math.min(wa.size, wb.length) >= 0.5;
}

/** How much of the question the best fact giving this value from this sentence covers ("Gabala" is in "Gabala, Azerbaijan"). */
function factCoverage(values: Map<string, number> | undefined, key: string): number {
  if (!values) return 0;
  let best = 0;
  // A bare year is not the fact of a day in that year ("2019" in a name, "1 December 2019" in the fact).
  const loose = !/^\d{4}$/.test(key);
  for (const [value, coverage] of values) if (value === key || (loose && (containsWords(value, key) || containsWords(key, value)))) best = Math.max(best, coverage);
  return best;
}

/** One candidate per value (the best-scored sentence giving it), with how many sentences agree. */
function mergeByValue(all: AnswerCandidate[]): AnswerCandidate[] {
  for (const c of all) c.score = scoreOf(c.features);
  all.sort((x, y) => y.score - x.score);
  const kept: AnswerCandidate[] = [];
  for (const c of all) {
    // "Raev" and "Sultan Raev" are one answer: credit the fuller one already kept.
    const same = kept.find((k) => k.key === c.key || containsWords(k.key, c.key));
    if (same) {
      if (!same.support.includes(c.sentenceId)) same.support.push(c.sentenceId);
      continue;
    }
    kept.push(c);
  }
  for (const c of kept) {
    const n = c.support.length - 1;
    c.features.redundancy = n >= 2 ? 1 : n * 0.5;
    c.score = scoreOf(c.features);
  }
  return kept.sort((x, y) => y.score - x.score);
}

function containsWords(longer: string, shorter: string): boolean {
  if (shorter.length >= longer.length || shorter.length === 0) return false;
  for (let at = longer.indexOf(shorter); at >= 0; at = longer.indexOf(shorter, at + 1)) {
    // Words end at spaces and punctuation: "feriye palace" is in "feriye palace, istanbul".
    const before = at === 0 || !/[\p{L}\p{N}]/u.test(longer[at - 1]!);
    const after = at + shorter.length === longer.length || !/[\p{L}\p{N}]/u.test(longer[at + shorter.length]!);
    if (before && after) return true;
  }
  return false;
}

interface RawCandidate {
  text: string;
  kind: CandidateKind;
  local: number;
  relation?: number;
  /** A type fit the candidate's own shape sets ("X, the symbol of Y" answers "what is the symbol"). */
  fit?: number;
  mention?: Mention;
}

function candidatesIn(q: StructuredQuery, text: string, articleDate: string | null, r: Retrieved, knowledge: Knowledge, asked: Set<string>): RawCandidate[] {
  const out: RawCandidate[] = [];
  const prox = (start: number, end: number) => localCoverage(r, start, end);
  if (q.type === 'statement') {
    // What someone said is a sentence that reports speech: a speech verb or a quotation.
    // "How did Balayeva describe ...?": a sentence where the person asked speaks is in relation.
    const speaks = q.analysis.persons.some((p) => fold(text).includes(fold(p).split(/\s+/).pop()!)) && SPEAKS.test(text) ? 1 : 0;
    out.push({ text: bestClause(text, q.analysis), kind: 'clause', local: 1, fit: REPORTS_SPEECH.test(text) ? 1 : 0.5, relation: speaks });
    return out;
  }
  if (q.type === 'yesno') {
    // "Yes" only from a sentence that says all the question says, names included, without a negation.
    if (r.coverage >= 0.9 && r.names === 1 && !/\b(?:not|no|never|yet to|neither|nor|denied|rejected)\b/i.test(text)) out.push({ text: 'Yes', kind: 'yes', local: 1 });
    return out;
  }
  const mentions = mentionsOf(r.sentence, articleDate, knowledge);
  const askedNames = q.type === 'person' ? namesOfQuestion(q) : [];
  const concepts = conceptsOf(q);
  // "At which meeting ...?" answered by "... the meeting held in Sheki ...": the event that phrase points
  // back at, the last one of its kind the article named just before.
  if (q.type === 'event') for (const e of referredEvents(r.sentence, mentions, articleDate, knowledge)) out.push({ text: e.text, kind: 'event', local: prox(e.start, e.end) });
  for (const m of mentions) {
    // The organization a role is of is where someone works, not who did what a "who" question asks.
    if (m.unit === 'of a role' && q.type === 'person') continue;
    // A day by its ISO date; a month written alone ("in April") with the year it was read in.
    const value = m.kind === 'date' && m.unit === 'day' && m.value ? m.value : m.kind === 'date' && m.unit === 'month' && m.value && !/\d/.test(text.slice(m.start, m.end)) ? `${text.slice(m.start, m.end)} ${m.value}` : undefined;
    // "Who is the Secretary General?" is not answered by the Deputy Secretary General.
    if (m.kind === 'person' && q.type === 'person' && q.analysis.roleWords.length && hasUnaskedRank(text, m, mentions, q)) continue;
    // "Who thanked the President of Kazakhstan?": the president is named in the question by his role; he is not who thanked.
    if (m.kind === 'person' && q.type === 'person' && q.analysis.roleWords.length && asksAboutRoleHolder(q) && holdsAskedRole(text, m, mentions, q)) continue;
    // "held in Sheki, the Cultural Capital of the Turkic World 2016": the appositive dates it to another year.
    if (q.analysis.year && otherYearBeside(text, m, q.analysis.year)) continue;
    // "The Kyrgyz official": not someone whose role here is of another country.
    if (m.kind === 'person' && q.personCountry && ofOtherCountry(text, m, mentions, q.personCountry)) continue;
    // ... nor someone whose roles the fact table gives only in another country ("Kazakh Minister ...
    // Aida Balayeva" in one sentence, "Minister Aida Balayeva noted" in another).
    if (m.kind === 'person' && q.personCountry && ofOtherCountryByFacts(text.slice(m.start, m.end), q.personCountry, knowledge)) continue;
    // "Who is the Secretary General of X?" is not answered by someone the sentence gives another role.
    if (m.kind === 'person' && q.type === 'person' && !asksAboutRoleHolder(q) && holdsOnlyOtherRoles(text, m, mentions, q)) continue;
    const relation = m.kind === 'person' && q.type === 'person' ? Math.max(roleRelation(text, m, mentions, r), describedAs(text, m, q.personNouns), q.personCountry && ofCountry(text, m, mentions, q.personCountry) ? 1 : 0, verbRelation(text, m, r.tokens, mentions, q.agentVerb), recipientRelation(text, m, mentions, askedNames)) :
      m.kind === 'org' && q.type === 'person' ? verbRelation(text, m, r.tokens, mentions, q.agentVerb) : m.kind === 'role' && q.type === 'role' ? holderRelation(text, m, mentions, q) :
      m.kind === 'place' && q.type === 'place' ? placeOfVerb(text, m, r.tokens, concepts) : m.kind === 'date' && q.type === 'date' ? dateOfVerb(text, m, r.tokens, concepts) : 0;
    // "Who did Kazakhstan beat?": the one done to, after the verb; a country stands for its team.
    const done = q.type === 'person' && ASKS_WHO_OBJECT.test(q.text) && (m.kind === 'person' || m.kind === 'org' || (m.kind === 'place' && m.unit === 'country')) ? objectRelation(text, m, r.tokens, concepts) : 0;
    if (done) {
      out.push({ text: text.slice(m.start, m.end), kind: m.kind, local: localCoverage(r, m.start, m.end), relation: 1, fit: 1, mention: m });
      continue;
    }
    // A count carries the noun it counts ("Over 300 young writers"): those words are the question's too.
    out.push({ text: value ? value : text.slice(m.start, m.end), kind: m.kind, local: localCoverage(r, m.start, m.end, m.kind === 'number'), relation, mention: m });
  }
  if (q.type === 'date' && articleDate && isSameDayReport(text)) {
    out.push({ text: articleDate, kind: 'date', local: localCoverage(r, 0, 0), mention: { kind: 'date', start: 0, end: 0, value: articleDate, unit: 'day' } });
  } else if (q.type === 'date' && articleDate && !ASKS_AHEAD.test(q.text) && reportsTheNews(r.sentence, mentions)) {
    // The news an article opens with, undated, happened about the day it was published.
    out.push({ text: articleDate, kind: 'date', local: localCoverage(r, 0, 0), mention: { kind: 'date', start: 0, end: 0, value: articleDate, unit: 'reported' } });
  }
  // "Which country hosted ...?": a city stands for its country ("in the Turkish city of Iznik", "in Almaty").
  // Not for a list: its members are the countries an enumeration names.
  if (q.type === 'place' && !q.list && (q.headNoun === 'country' || q.headNoun === 'state')) {
    for (const m of mentions) {
      if (m.kind !== 'place' || (m.unit !== 'city' && m.unit !== undefined)) continue;
      const country = countryOfCity(text, m);
      if (country) out.push({ text: country, kind: 'place', local: localCoverage(r, m.start, m.end), mention: { kind: 'place', start: m.start, end: m.end, unit: 'country of city' } });
    }
  }
  // "How many countries founded X?": the enumeration counted when the sentence gives no number of them.
  if (q.type === 'number' && q.headNoun && COUNTED_PLACES[q.headNoun]) {
    const run = longestRun(text, mentions.filter((m) => m.kind === 'place' && m.unit === COUNTED_PLACES[q.headNoun!]));
    if (run.length >= 2) {
      const names = [...new Set(run.map((m) => text.slice(m.start, m.end)))];
      const listed = `${names.length} (${names.join(', ')})`;
      out.push({ text: listed.length <= 80 ? listed : `${names.length} ${q.headNoun === 'country' ? 'countries' : `${q.headNoun}s`}`, kind: 'number', local: localCoverage(r, run[0]!.start, run[run.length - 1]!.end), mention: { kind: 'number', start: run[0]!.start, end: run[run.length - 1]!.end, unit: q.headNoun } });
    }
  }
  // "How many deputy ministers attended?": the people the sentence gives that role, counted.
  if (q.type === 'number' && q.headNoun && COUNTED_ROLES.has(q.headNoun)) {
    const wanted = [q.headNoun, ...q.analysis.roleWords.filter((w) => !GENERIC_ROLE_WORDS.has(w))];
    const holders = mentions.filter((m) => m.kind === 'person' && rolesOf(text, m, mentions).some((role) => roleHasWords(text, role, wanted)) && !hasUnaskedRank(text, m, mentions, q));
    if (holders.length >= 2) {
      const names = holders.map((m) => text.slice(m.start, m.end));
      const listed = `${names.length} (${names.join(', ')})`;
      const first = holders[0]!;
      const last = holders[holders.length - 1]!;
      out.push({ text: listed.length <= 80 ? listed : `${names.length} ${q.headNoun}s`, kind: 'number', local: localCoverage(r, first.start, last.end), mention: { kind: 'number', start: first.start, end: last.end, unit: q.headNoun } });
    }
  }
  // "What is the symbol of X?": the value written beside the attribute, in the relation asked.
  if (q.attribute) {
    for (const v of attributeValues(text, q.attribute)) out.push({ text: v.text, kind: 'phrase', local: prox(v.start, v.end), relation: 1, fit: 1 });
    // "What are the four pillars ...?": each member of the enumeration after the noun.
    if (q.list) for (const v of enumeratedValues(text, q.attribute)) out.push({ text: v.text, kind: 'phrase', local: prox(v.start, v.end), relation: 1, fit: 1 });
  }
  // "What did they sign?": the documents the sentence names (documents.ts).
  if (asksDocument(q)) for (const d of documentPhrases(text)) out.push({ text: d.text, kind: 'document', local: prox(d.start, d.end), relation: documentRelation(text, d) });
  // "For which grade ...?": the head noun with the words that say which ("for eighth grade").
  if (q.type === 'thing' && q.headNoun && /^(?:which|what)\b/i.test(q.text.replace(/^\W*(?:\w+\s+)?(?=which|what)/i, ''))) {
    // The asked noun itself fits fully; written in the plural for a question asking for one ("historical
    // monuments" for "which monument"), it names a kind of thing rather than the one asked.
    for (const v of modifiedHeads(text, q.headNoun, asked)) {
      const plural = !q.list && fold(v.text).split(' ').pop() !== fold(q.headNoun) && /s$/i.test(v.text);
      out.push({ text: v.text, kind: 'phrase', local: prox(v.start, v.end), fit: plural ? PLURAL_HEAD_FIT : 1 });
    }
  }
  // "Whose speech ...?": the one the sentence gives the thing to ("The Kazakh President's speech").
  if (q.type === 'person') for (const p of possessorsOf(text, q.text)) out.push({ text: p.text, kind: 'person', local: prox(p.start, p.end), relation: 1, fit: 1 });
  // "What did they discuss?": what the sentence writes right after the question's verb.
  if (q.type === 'thing' && ASKS_OBJECT.test(q.text)) {
    for (const o of objectsOfVerb(text, r.tokens, concepts)) if (!isAsked(o.text, asked)) out.push({ text: o.text, kind: 'phrase', local: prox(o.start, o.end), relation: 1, fit: 1 });
  }
  if (q.type === 'thing') {
    const phrase = remainderPhrase(text, asked, r);
    if (phrase) out.push({ text: phrase.text, kind: 'phrase', local: prox(phrase.start, phrase.end) });
  }
  return out;
}

/**
 * A role and the person holding it, side by side: the role before the name without a comma ("Secretary
 * General Sultan Raev"), or after it with one ("Faruk Güven, Head of TRT Cinema"). In a list "A, role,
 * B, role" each role is so its holder's alone. `loose` also takes "the President of Kazakhstan,
 * Kassym-Jomart Tokayev" (role, comma, name), which a list makes ambiguous.
 */
function holds(text: string, role: Mention, person: Mention, loose = false): boolean {
  // "Deputy Minister of Culture and Tourism Dr. Serdar Çam": the honorific's period is no gap.
  if (role.end <= person.start && /\b(?:Dr|Prof|Mr|Mrs|Ms)$/.test(text.slice(role.start, role.end)) && /^\.\s+$/.test(text.slice(role.end, person.start))) return true;
  // "the representative of the Ministry in TURKSOY Akhat Salikhov": where the role is held stands between.
  if (role.end <= person.start) return new RegExp(loose ? '^\\s*,?\\s*(?:the\\s+)?$' : '^\\s*(?:the\\s+)?$').test(text.slice(role.end, person.start)) || ROLE_SEAT.test(text.slice(role.end, person.start));
  // "Faruk Güven, Head of TRT Cinema", "Raev served as minister of culture".
  if (person.end <= role.start) return /^\s*,?\s*(?:(?:the|who is the|who was the|as|as the|now|(?:who\s+)?(?:served|serves|worked|works|acted|acts)\s+as(?:\s+the)?)\s+)?$/i.test(text.slice(person.end, role.start));
  return false;
}

/** The organization or place a role is held in, written between the role and its holder's name ("in TURKSOY", "Deputy Akim of Mangistau region X"). */
const ROLE_SEAT = /^\s+(?:(?:in|at|to)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}|region|province|district|oblast|city|town|village)\s+$/u;

/** The roles a person holds in this sentence. */
function rolesOf(text: string, person: Mention, mentions: Mention[], loose = false): Mention[] {
  const roles = mentions.filter(
    (r) =>
      r.kind === 'role' &&
      holds(text, r, person, loose) &&
      // "Aida Balayeva, TURKSOY Secretary General Sultan Raev": a role right before another name is that one's.
      !(r.start >= person.end && mentions.some((p) => p.kind === 'person' && p !== person && p.start >= r.end && /^\s*$/.test(text.slice(r.end, p.start)))),
  );
  // "Kyrgyz Deputy Minister of Culture, Information and Youth Policy Askaraly Madaminov": a portfolio
  // cut at its comma still holds the name after its tail, when no other name stands between.
  for (const r of mentions) {
    if (r.kind !== 'role' || r.end > person.start || roles.includes(r) || !/\bof\s+\p{Lu}[\p{L}-]*$/u.test(text.slice(r.start, r.end))) continue;
    const gap = text.slice(r.end, person.start);
    if (PORTFOLIO_TAIL.test(gap) && !mentions.some((p) => p.kind === 'person' && p !== person && p.start >= r.end && p.end <= person.start)) roles.push(r);
  }
  // "Role A Name A, Role B Name B": who has a role written before the name has no role after it.
  return roles.some((r) => r.end <= person.start) ? roles.filter((r) => r.end <= person.start) : roles;
}

/**
 * Where a person's role is written: a role before the name runs up to the name (a portfolio's tail
 * included) and takes the few words before it ("TURKSOY's", "Kazakh"), but not past a comma or the
 * previous person; a role after the name is itself.
 */
function roleRegion(text: string, role: Mention, m: Mention, mentions: Mention[]): [number, number] {
  if (role.start >= m.start) return [role.start, role.end];
  let from = Math.max(0, role.start - 25);
  const comma = text.lastIndexOf(',', role.start - 1);
  if (comma >= from) from = comma + 1;
  for (const p of mentions) if (p.kind === 'person' && p !== m && p.end <= role.start && p.end > from) from = p.end;
  return [from, m.start];
}

/** The question's weight in the role phrase next to a person (and the few words before it: "TURKSOY's", "Kazakh"). */
function roleRelation(text: string, m: Mention, mentions: Mention[], r: Retrieved): number {
  let best = 0;
  for (const role of rolesOf(text, m, mentions)) {
    const span = roleRegion(text, role, m, mentions);
    const got = new Map<string, number>();
    for (const t of r.tokens) if (t.weight > 0 && t.start >= span[0]! && t.end <= span[1]!) got.set(t.key, t.weight);
    let sum = 0;
    for (const v of got.values()) sum += v;
    best = Math.max(best, r.totalWeight > 0 ? Math.min(1, sum / r.totalWeight) : 0);
  }
  return best;
}

/**
 * "Which poet ...?" answered by "the great Tatar poet G. Tukai": the noun the question uses for the
 * person stands just before the name, a few adjectives between, no comma.
 */
function describedAs(text: string, m: Mention, nouns: string[]): number {
  if (nouns.length === 0) return 0;
  const before = /(?:^|[,;:(]\s*)?((?:[\p{L}'’-]+\s+){1,4})$/u.exec(text.slice(Math.max(0, m.start - 60), m.start))?.[1] ?? '';
  const said = words(before).map((w) => w.replace(/(?<=[^s])s$/, ''));
  return nouns.some((n) => said.includes(n)) ? 1 : 0;
}

/** ", Information and Youth Policy ": the rest of a portfolio after its first comma. */
const PORTFOLIO_TAIL = /^,\s+(?:\p{Lu}[\p{L}-]*|and|of|for|the|&)(?:,?\s+(?:\p{Lu}[\p{L}-]*|and|of|for|the|&))*\s+$/u;

/** Ranks that make a role another role: a deputy minister is not the minister. */
const RANKS = ['deputy', 'vice', 'first', 'acting', 'former', 'honorary', 'assistant', 'prime'];

function hasUnaskedRank(text: string, m: Mention, mentions: Mention[], q: StructuredQuery): boolean {
  const asked = new Set(q.analysis.tokens);
  return rolesOf(text, m, mentions).some((role) => words(text.slice(role.start, role.end)).some((w) => RANKS.includes(w) && !asked.has(w)));
}

/** "Who thanked the President ...?": a question whose verb is not "is"/"heads" names the role holder as someone else. */
function asksAboutRoleHolder(q: StructuredQuery): boolean {
  const [first, next] = q.analysis.tokens;
  if ((first !== 'who' && first !== 'whom') || !next) return false;
  // "who thanked", not "who is", "who heads", nor a fragment "who general secretary ...".
  return !/^(?:is|was|are|were|will|heads|leads|chairs|runs|serves|served|currently|now|the)$/.test(next) && !q.analysis.roleWords.includes(next) && !q.analysis.anchorWords.has(next);
}

function holdsAskedRole(text: string, m: Mention, mentions: Mention[], q: StructuredQuery): boolean {
  return rolesOf(text, m, mentions, true).some((role) => {
    const inRole = new Set(words(text.slice(role.start, role.end)));
    return q.analysis.roleWords.every((w) => inRole.has(w));
  });
}

/** The person's roles here name countries (or their peoples), and none is `country`. */
function ofOtherCountry(text: string, m: Mention, mentions: Mention[], country: string): boolean {
  const countries = roleCountries(text, m, mentions);
  return countries.length > 0 && !countries.includes(country);
}

/** "Who represented Turkmenistan?": a person whose role here is of that country ("Ambassador of Turkmenistan"). */
function ofCountry(text: string, m: Mention, mentions: Mention[], country: string): boolean {
  return roleCountries(text, m, mentions).includes(country);
}

/** The countries the roles a person holds in this sentence name. */
function roleCountries(text: string, m: Mention, mentions: Mention[]): string[] {
  return rolesOf(text, m, mentions).flatMap((role) =>
    findGazetteerNames(text.slice(...roleRegion(text, role, m, mentions)))
      .filter((h) => h.type === 'country')
      .map((h) => h.canonical),
  );
}

/** The country of a city mention: the gazetteer's, or the one its sentence gives ("the Turkish city of X"). */
function countryOfCity(text: string, m: Mention): string | undefined {
  const known = canonicalName(text.slice(m.start, m.end));
  if (known?.country) return known.country;
  const said = /([\p{Lu}][\p{L}'’-]+)\s+(?:city|town|village|province)\s+of\s+$/u.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1];
  const country = said ? canonicalName(said) : null;
  return country?.type === 'country' ? country.canonical : undefined;
}

/** The sentence writes years, and not `year`. */
function writesOnlyOtherYears(text: string, year: string | number): boolean {
  const years = [...text.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].map((x) => x[1]);
  return years.length > 0 && !years.includes(String(year));
}

/** The appositive right after a mention (", the ... 2016,") writes a year, and not the one asked. */
function otherYearBeside(text: string, m: Mention, year: string | number): boolean {
  const appositive = /^\s*,\s*([^,;.]{0,80})/.exec(text.slice(m.end))?.[1] ?? '';
  const years = [...appositive.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].map((x) => x[1]);
  return years.length > 0 && !years.includes(String(year));
}

/** Counted nouns that are roles: "how many ministers", "how many rectors". */
const COUNTED_ROLES = new Set(['minister', 'rector', 'ambassador', 'governor', 'mayor', 'director', 'chairman', 'president', 'secretary', 'coordinator', 'representative', 'official']);

/** Counted nouns a run of place mentions answers, with the kind of place. */
const COUNTED_PLACES: Record<string, string> = { country: 'country', state: 'country', nation: 'country', city: 'city', town: 'city' };

/** A question term that is the year asked ("2017", "2013-2014"). */
function isYearTerm(t: string, year: number | undefined): boolean {
  return year !== undefined && t.startsWith(String(year)) && /^\d{4}(?:-\d{2,4})?$/.test(t);
}

/** "What did X say": a quotation says it as well as "said" does. */
const SPEECH = termOf('said');
const QUOTED = /[“”«»]|"[^"]{12,}"/;

/** A sentence that reports speech: a verb of saying or a quotation. */
/** A speech verb, for the speaker of a statement. */
const SPEAKS = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, 'i');
/** A sentence reporting speech: the lexicon's speech verbs, their other forms, or a quotation. */
const REPORTS_SPEECH = new RegExp(String.raw`\b(?:${SPEECH_VERBS}|say|saying|stresses|emphasi[sz]es|described|called|according to)\b|${QUOTED.source}`, 'i');

/**
 * "The General Assembly was attended by ..." after "The Fifth General Assembly of the Turkic University
 * Union was hosted by ...": a sentence opening with the short form of the event the sentence before
 * names (its capitalized words and head noun all there) is about that event.
 */
function shortensPreviousName(text: string, previous: string): boolean {
  const m = SHORT_EVENT_NAME.exec(text);
  if (!m) return false;
  const said = new Set(words(previous));
  return words(`${m[1]} ${m[2]}`).every((w) => said.has(w));
}

const SHORT_EVENT_NAME = new RegExp(
  String.raw`^(?:The|This|That)\s+((?:\p{Lu}[\p{L}'’-]+\s+){1,2}?)(${['meeting', 'forum', 'summit', 'festival', 'ceremony', 'session', 'conference', 'congress', 'exhibition', 'competition', 'contest', 'gathering', 'assembly', 'workshop', 'concert', 'camp', 'games'].map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})\b`,
  'u',
);

/** The mention kind that answers each type a head noun can name. */
const MENTION_OF_TYPE: Partial<Record<AnswerType, MentionKind>> = { person: 'person', place: 'place', org: 'org', event: 'event', role: 'role' };

/** The sentence names a thing of the type asked ("Baku" for "which city"). */
function mentionsType(q: StructuredQuery, s: Sentence, articleDate: string | null, knowledge: Knowledge): boolean {
  const kind = MENTION_OF_TYPE[q.type];
  return Boolean(kind) && mentionsOf(s, articleDate, knowledge).some((m) => m.kind === kind);
}

/** Words for an event that "the <word>" points back with. */
const REFERRING_EVENT = /\bthe\s+(meeting|summit|forum|festival|congress|session|conference|gathering|assembly|ceremony|contest|competition|exhibition|camp)\b/gi;

/**
 * The events "the meeting", "the summit" ... of a sentence that names none itself stand for: the last
 * event mention holding that word in the two sentences before, in the same article. Offsets are the
 * phrase's in this sentence.
 */
function referredEvents(s: Sentence, mentions: Mention[], articleDate: string | null, knowledge: Knowledge): { text: string; start: number; end: number }[] {
  if (mentions.some((m) => m.kind === 'event')) return [];
  const out: { text: string; start: number; end: number }[] = [];
  for (const m of s.text.matchAll(REFERRING_EVENT)) {
    const word = m[1]!.toLowerCase();
    for (let i = s.index - 1; i >= Math.max(0, s.index - 2); i--) {
      const before = knowledge.sentences.get(`${s.articleId}#${i}`);
      if (!before) break;
      const named = mentionsOf(before, articleDate, knowledge).filter((x) => x.kind === 'event' && before.text.slice(x.start, x.end).toLowerCase().includes(word)).pop();
      if (named) {
        out.push({ text: before.text.slice(named.start, named.end), start: m.index, end: m.index + m[0].length });
        break;
      }
    }
  }
  return out;
}

/** The sentence enumerates places of the kind a count asks for ("of Azerbaijan, Kazakhstan and Turkiye"). */
function enumeratesCounted(q: StructuredQuery, s: Sentence, articleDate: string | null, knowledge: Knowledge): boolean {
  const unit = COUNTED_PLACES[q.headNoun ?? ''];
  return Boolean(unit) && longestRun(s.text, mentionsOf(s, articleDate, knowledge).filter((m) => m.kind === 'place' && m.unit === unit)).length >= 2;
}

/** The longest run of mentions written as one enumeration ("A, B, C and D"). */
function longestRun(text: string, mentions: Mention[]): Mention[] {
  let best: Mention[] = [];
  let run: Mention[] = [];
  for (const m of mentions) {
    const prev = run[run.length - 1];
    run = prev && ENUMERATION_GAP.test(text.slice(prev.end, m.start)) ? [...run, m] : [m];
    if (run.length > best.length) best = run;
  }
  return best;
}

/** The role phrase holds each of `wanted`, a word or its stem ("minister" in "Ministers", "chair" in "Chairman"). */
function roleHasWords(text: string, role: Mention, wanted: string[]): boolean {
  const inRole = words(text.slice(role.start, role.end));
  return wanted.every((w) => inRole.some((r) => r.startsWith(w) || w.startsWith(r)));
}

/** Role words too general to tell one post from another: any top post "heads" its body. */
const GENERIC_ROLE_WORDS = new Set(['head', 'general', 'first', 'acting', 'executive']);

/**
 * The person holds a role here, and none of the roles is the one asked about: it lacks the asked
 * role's words, or it is of another organization than the one the question names ("TURKSOY Secretary
 * General" does not answer "the Secretary General of the OTS").
 */
function holdsOnlyOtherRoles(text: string, m: Mention, mentions: Mention[], q: StructuredQuery): boolean {
  const wanted = q.analysis.roleWords.filter((w) => !GENERIC_ROLE_WORDS.has(w));
  const askedOrgs = new Set(q.analysis.anchors.filter((a) => canonicalName(a)?.type === 'organization'));
  if (q.analysis.roleWords.length === 0 || (wanted.length === 0 && askedOrgs.size === 0)) return false;
  const roles = rolesOf(text, m, mentions);
  if (roles.length === 0) return false;
  return !roles.some((role) => {
    if (!roleHasWords(text, role, wanted)) return false;
    // The organization written in the role or just before it ("TURKSOY Secretary General").
    const region = text.slice(...roleRegion(text, role, m, mentions));
    const orgs = findGazetteerNames(region).filter((h) => h.type === 'organization').map((h) => h.canonical);
    return askedOrgs.size === 0 || orgs.length === 0 || orgs.some((o) => askedOrgs.has(o));
  });
}

/** "Who is X?": the role phrase that stands next to the name asked about. */
function holderRelation(text: string, m: Mention, mentions: Mention[], q: StructuredQuery): number {
  const names = new Set([...q.analysis.anchorWords, ...q.analysis.capitalizedTerms, ...q.analysis.tokens]);
  // The holder may be named by the surname alone ("Raev served as minister ...").
  for (const p of mentions) if ((p.kind === 'person' || p.kind === 'name') && holds(text, m, p) && words(text.slice(p.start, p.end)).some((w) => names.has(w))) return 1;
  return 0;
}

/**
 * An article's opening sentence that tells its news without a date: what it reports happened about the
 * day the article was published ("The Solidarity Forum of NGOs held in Baku brought together ...").
 * Not a plan, a recollection or something long ago.
 */
function reportsTheNews(s: Sentence, mentions: Mention[]): boolean {
  return s.index <= 1 && !mentions.some((m) => m.kind === 'date') && !NOT_THE_NEWS.test(s.text);
}

/** "When will the festival take place?": a plan, which the day of the report does not date. */
const ASKS_AHEAD = /\b(?:will|going to|next|upcoming|planned)\b/i;
/** A sentence telling what happened ("that took place", "was held") ... */
const TELLS_THE_PAST = /\b(?:took place|was held|were held|was hosted|were hosted|was organi[sz]ed|were organi[sz]ed|hosted|happened)\b/i;
/** ... or what is to come ("will host", "is to be held", "next", "scheduled"). */
const TELLS_AHEAD = /\b(?:will|shall|to be held|is to|are to|next|upcoming|scheduled|plans?|planned|going to)\b/i;

/** The words around a mention tell the past ("held in Bursa last month") and nothing ahead. */
function toldAsPast(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - 60), Math.min(text.length, end + 30));
  return (TELLS_THE_PAST.test(around) || /\b(?:held|last (?:year|month|week)|ago)\b/i.test(around)) && !TELLS_AHEAD.test(around);
}

const NOT_THE_NEWS = /\b(?:will|would|shall|to be held|plans?|planned|next|upcoming|earlier|previously|last (?:year|month|week)|ago|since|concluded|closed|ended|recall)\b/i;

/** Dates as exact as the question asks score best; a bare year answers "when" less well than a day. */
function dateFit(q: StructuredQuery, m: Mention | undefined, text: string): number {
  if (!m) return 0;
  // The article's day for undated news: about right, less sure than a date the text gives.
  if (m.unit === 'reported') return q.dateGrain === 'year' || q.dateGrain === 'month' ? 0.6 : 0.7;
  // A bare year answers "when" where it is said as a time ("in 1993", "since 2009"), not where it names
  // a period or a thing ("operations for 2026", "Wonderland Shusha 2023").
  if (m.unit === 'year' && !/\b(?:in|since|from|until|by|on|of|year)\s+(?:the\s+(?:year\s+)?)?$/i.test(text.slice(Math.max(0, m.start - 20), m.start))) return 0.3;
  // Foundings and beginnings are dated by their year ("When was the union founded?", "Since when ...?").
  if (q.dateGrain === 'year' || (q.dateGrain === undefined && (q.analysis.terms.includes(termOf('founded')) || /\bsince when\b/i.test(q.text)))) return 1;
  if (q.dateGrain === 'month') return m.unit === 'year' ? 0.3 : 1;
  if (q.dateGrain === 'day') return m.unit === 'day' ? 1 : 0.4;
  return m.unit === 'day' ? 1 : m.unit === 'month' ? 0.8 : 0.7;
}

/** "What did/does/will X <verb>?": the object of the verb is asked for. */
/** A quoted title's fit for "what did X <verb>?". */
const OBJECT_TITLE_FIT = 0.8;
const ASKS_OBJECT = /^what\s+(?:did|do|does|will|would|have|has|had|can|could)\b/i;
/** "Who did X beat?", "whom will the minister meet?": who is done to, not who does. */
const ASKS_WHO_OBJECT = /\bwho(?:m)?\s+(?:did|do|does|will|would|have|has|had|can|could)\b/i;

/** Words that say the phrase after them is a role: "the role of", "the post of", "the duties of". */
const CALLED_A_ROLE = /\b(?:role|post|position|office|title|duties|chairmanship)\s+of\s+(?:the\s+)?$/i;

/** Head nouns of a question that say which kind of place it asks for. */
const SETTLEMENT_HEADS = new Set(['country', 'republic', 'state', 'city', 'town', 'village', 'capital']);

/** "Which city": a city or town before a country; "where": the most exact place. */
function placeFit(q: StructuredQuery, unit?: string): number {
  const head = q.headNoun ?? '';
  if (/^(?:country|republic)$/.test(head)) return unit === 'country' ? 1 : 0.4;
  if (/^(?:city|town|village|capital)$/.test(head)) return unit === 'country' ? 0.35 : unit === 'venue' ? 0.6 : 1;
  if (/^(?:venue|hall|palace|site)$/.test(head)) return unit === 'venue' ? 1 : unit === 'country' ? 0.3 : 0.5;
  if (/^(?:place|location)$/.test(head)) return unit === 'venue' ? 1 : unit === 'country' ? 0.4 : 0.7;
  return unit === 'country' ? 0.6 : 1;
}

/** The words between "how many" and the counted noun: "gold" in "how many gold medals". */
function countedModifiers(q: StructuredQuery): string[] {
  const m = new RegExp(`\\bhow (?:many|much) ((?:[a-z-]+ ){1,2})${q.headNoun}`).exec(q.text.toLowerCase());
  return m ? m[1]!.trim().split(/\s+/).filter((w) => !STOP_WORDS.has(w)) : [];
}

/** "How many artists": a count of artists fits; a count of something else barely does. */
function unitFit(q: StructuredQuery, unit?: string): number {
  if (!q.headNoun) return 0.8;
  if (!unit) return 0.4;
  // "How many gold medals": "three gold, four silver and two bronze medals" counts gold medals in
  // "three gold" (the noun said once for all), and bronze ones in "two bronze medals".
  const mods = countedModifiers(q);
  if (mods.length) {
    const unitWords = words(unit);
    if (unitWords.length > 0 && unitWords.every((w) => mods.includes(w))) return 1;
    if (unitWords.some((w) => termOf(w) === termOf(q.headNoun!)) && !mods.every((m) => unitWords.includes(m))) return 0.5;
  }
  const want = termOf(q.headNoun);
  if (![...termsOf(unit)].includes(want)) return 0.2;
  // One stem, two nouns: "3 delegations" is no count of delegates, "organizers" none of organizations.
  const singular = (w: string) => w.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');
  return words(unit).some((w) => singular(w) === q.headNoun) ? 1 : 0.5;
}

/**
 * For "what" questions without a typed answer ("What is the symbol of the festival?"): the clause
 * holding most of the question's words, with those words and function words trimmed from its edges
 * ("The symbol of the festival is the crane" -> "crane").
 */
function remainderPhrase(text: string, asked: Set<string>, r: Retrieved): { text: string; start: number; end: number } | null {
  let best: { start: number; end: number; hits: number } | null = null;
  // The clause that carries the most question weight ("participants signed" outweighs "the first day").
  for (const m of text.matchAll(/[^,;:()–—]+/g)) {
    const end = m.index + m[0].length;
    const hits = r.tokens.filter((t) => t.start >= m.index && t.end <= end).reduce((sum, t) => sum + t.weight, 0);
    if (hits > 0 && (!best || hits > best.hits)) best = { start: m.index, end, hits };
  }
  if (!best) return null;
  const toks = [...text.slice(best.start, best.end).matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)].map((m) => ({ w: m[0], s: best!.start + m.index, e: best!.start + m.index + m[0].length }));
  const trim = (t: { w: string }) => {
    const f = fold(t.w);
    return STOP_WORDS.has(f) || asked.has(f) || asked.has(termOf(f)) || /^(?:is|are|was|were|be|been|the|a|an)$/.test(f);
  };
  // The words after the last asked word, else those before the first.
  let lastAsked = -1;
  toks.forEach((t, i) => {
    const f = fold(t.w);
    if (asked.has(f) || asked.has(termOf(f))) lastAsked = i;
  });
  let part = toks.slice(lastAsked + 1);
  while (part.length && trim(part[0]!)) part.shift();
  while (part.length && trim(part[part.length - 1]!)) part.pop();
  if (part.length === 0) {
    part = toks.slice(0, toks.findIndex((t) => asked.has(fold(t.w)) || asked.has(termOf(fold(t.w)))));
    while (part.length && trim(part[0]!)) part.shift();
    while (part.length && trim(part[part.length - 1]!)) part.pop();
  }
  if (part.length === 0 || part.length > 12) return null;
  const phrase = text.slice(part[0]!.s, part[part.length - 1]!.e).replace(/[.,;:!?]+$/, '');
  return { text: phrase, start: part[0]!.s, end: part[0]!.s + phrase.length };
}

/** Folded words and concepts of the question: a candidate made only of these repeats the question. */
function askedWords(q: StructuredQuery): Set<string> {
  const out = new Set<string>();
  for (const t of q.analysis.tokens) if (!STOP_WORDS.has(t)) out.add(t);
  for (const t of q.analysis.terms) out.add(t);
  for (const w of q.analysis.anchorWords) out.add(w);
  return out;
}

/** Kinds of mention a sentence may introduce by their kind noun ("the magazine The Guardian"; a person or place by type, misread). */
const NAMED_AFTER_NOUN = new Set<CandidateKind>(['title', 'name', 'org', 'event', 'document', 'person', 'place']);
/** The noun asked for (or its plural) stands right before the mention, "the" or an opening quote between. */
function headNounBefore(text: string, start: number, head: string): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  // Written in lower case: a common noun saying what the name is, not the last word of another name
  // ("Director of the Tsurayhon Folk Ensemble Zukhor ...").
  const m = /(\p{Ll}[\p{L}-]*)\s+(?:the\s+|The\s+)?["“«'‘]?$/u.exec(before);
  return m !== null && termOf(fold(m[1]!)) === termOf(head);
}

/** Two thirds or more of a name's words (two at least) are the question's, not counting those expected in the answer. */
function echoesQuestion(text: string, asked: Set<string>, expected: Set<string>): boolean {
  const ws = words(text).filter((w) => !STOP_WORDS.has(w) && !expected.has(termOf(w)));
  const echoed = ws.filter((w) => asked.has(w) || asked.has(termOf(w))).length;
  return echoed >= 2 && echoed / ws.length >= 2 / 3;
}
const ECHOES_QUESTION = 0.5;
const PLURAL_HEAD_FIT = 0.6;

function isAsked(text: string, asked: Set<string>): boolean {
  const ws = words(text).filter((w) => !STOP_WORDS.has(w));
  if (ws.length === 0) return true;
  return ws.every((w) => asked.has(w) || asked.has(termOf(w)));
}

/** The names a question writes, read once per question. */
const questionNames = new WeakMap<StructuredQuery, string[]>();
function namesOfQuestion(q: StructuredQuery): string[] {
  let names = questionNames.get(q);
  if (!names) questionNames.set(q, (names = namesWritten(q.text)));
  return names;
}

/** The question's concepts as a set, made once per question (candidatesIn reads them for every mention). */
const conceptSets = new WeakMap<StructuredQuery, Set<string>>();
function conceptsOf(q: StructuredQuery): Set<string> {
  let set = conceptSets.get(q);
  if (!set) conceptSets.set(q, (set = new Set(q.analysis.terms)));
  return set;
}

/** The names a question writes: runs of two or more capitalized words, folded ("khoja ahmed yassawi university"). */
function namesWritten(text: string): string[] {
  return [...text.matchAll(/\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+/gu)].map((m) => fold(m[0]).replace(/['’]s$/, ''));
}

/**
 * A fuller form of a name the question writes is that name, not an answer: "Kazakh-Turkish
 * International Khoja Ahmed Yassawi University" when "after Khoja Ahmed Yassawi University" is asked.
 * Only capitalized words stand before it; "the General Assembly of the Turkic University Union" is
 * another thing.
 */
function lengthensAskedName(candidate: string, askedNames: string[]): boolean {
  const c = fold(candidate);
  return askedNames.some((n) => c.length > n.length && c.endsWith(` ${n}`) && /^(?:\p{Lu}[\p{L}'’-]*\s+)+$/u.test(candidate.slice(0, candidate.length - n.length)));
}

/**
 * "Which <noun>?" answered by the noun as the sentence writes it with the words that say which one:
 * "a new elective course for eighth grade" gives "eighth grade" for "which school grade". One to
 * three words before the noun, none a function word, at least one the question does not use.
 */
function modifiedHeads(text: string, head: string, asked: Set<string>): { text: string; start: number; end: number }[] {
  const want = termOf(head);
  const toks = [...text.matchAll(/[\p{L}\d][\p{L}\d'’-]*/gu)];
  const out: { text: string; start: number; end: number }[] = [];
  toks.forEach((t, i) => {
    if (i === 0 || termOf(fold(t[0])) !== want) return;
    // The words right before the noun, back to a function word or punctuation.
    let from = i;
    while (from > 0 && i - from < 3) {
      const w = toks[from - 1]!;
      const gap = text.slice(w.index + w[0].length, toks[from]!.index);
      if (!/^\s+$/.test(gap) || STOP_WORDS.has(fold(w[0])) || FUNCTION_WORDS.test(w[0])) break;
      from--;
    }
    const mods = toks.slice(from, i).map((w) => fold(w[0]));
    if (mods.length === 0 || mods.every((w) => asked.has(w) || asked.has(termOf(w)))) return;
    const start = toks[from]!.index;
    const end = t.index + t[0].length;
    out.push({ text: text.slice(start, end), start, end });
  });
  return out;
}

/**
 * "Whose <noun> ...?" answered by the possessor the sentence writes before that noun: "The Kazakh
 * President's speech" gives "Kazakh President", "Raev's address" gives "Raev" (up to four capitalized
 * words, up to two words between the possessive and the noun).
 */
function possessorsOf(text: string, question: string): { text: string; start: number; end: number }[] {
  const asked = /\bwhose\s+([\p{L}-]+)/iu.exec(question);
  if (!asked) return [];
  const noun = termOf(asked[1]!.toLowerCase());
  const out: { text: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(POSSESSIVE)) {
    if (!words(m[2]!).some((w) => termOf(w) === noun)) continue;
    const name = m[1]!.replace(/^The\s+/, '');
    const start = m.index + m[0].indexOf(name);
    out.push({ text: name, start, end: start + name.length });
  }
  return out;
}

const FUNCTION_WORDS = /^(?:a|an|the|for|of|in|on|at|to|by|with|from|and|or|its|their|his|her|this|that|new)$/i;

const POSSESSIVE = /((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)['’]s\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/gu;

/** Titles of whoever leads an organization: what "head", "chief", "leader", "boss" ask for. */
const TOP_ROLE_WORDS = new Set(['secretary-general', 'secretary', 'president', 'chairman', 'chairwoman', 'chairperson', 'director', 'director-general', 'rector', 'governor', 'mayor', 'akim', 'head']);

/**
 * A name's word written in a shorter form of the same stem: "European" asked, "Europe" written. The
 * shorter form has at least five letters ("Turkic" and "Turkish" share only "turki").
 */
function hasRelatedTerm(terms: TermSet, term: string): boolean {
  for (let len = term.length - 1; len >= 5; len--) if (terms.has(term.slice(0, len))) return true;
  return false;
}

/** "turns 10", "10 years", "10-year": a count of years, as an anniversary is also told. */
function yearsCount(folded: string, n: number): boolean {
  return new RegExp(`\\b(?:turns?|turned|marks?|marked|celebrates?|celebrated)\\s+${n}\\b|\\b${n}(?:-|\\s+)years?\\b`).test(folded);
}

/** Nouns whose kind a word before them names: "Tourism Capital", "Film Festival", "Media Summit". */
const KIND_NOUNS = new Set([...EVENT_NOUNS, 'capital', 'prize', 'award', 'programme', 'program', 'order', 'medal', 'union', 'council', 'assembly', 'academy', 'foundation', 'fund', 'university', 'association', 'agency', 'ministry']);

/** What a passage naming another kind of the asked thing keeps of its coverage. */
const OTHER_KIND = 0.6;
/** Nouns that call a quoted title the theme of an event, and how well such a title answers anything else. */
const THEME_NOUNS = new Set(['theme', 'motto', 'slogan']);
const THEME_BEFORE = new RegExp(`\\b(?:${[...THEME_NOUNS].join('|')})\\s*(?:of\\s+)?[:,]?\\s*["“«'‘]?$`, 'i');
const THEME_FIT = 0.5;

/**
 * The question's "<modifier> <noun>" pairs of content words ("tourism capital", "film festival"), as
 * terms: a sentence that writes the noun after another word and the modifier nowhere names another
 * kind of the thing asked ("the Cultural Capital" for "the tourism capital").
 */
function modifiedNouns(q: StructuredQuery): [string, string][] {
  const toks = q.analysis.tokens;
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    const [m, h] = [toks[i]!, toks[i + 1]!];
    if (STOP_WORDS.has(m) || STOP_WORDS.has(h) || /\d/.test(m + h) || !/^\p{L}{4,}$/u.test(m) || !/^\p{L}{4,}$/u.test(h)) continue;
    if (q.analysis.anchorWords.has(m) || q.analysis.anchorWords.has(h) || !KIND_NOUNS.has(h.replace(/s$/, ''))) continue;
    out.push([termOf(m), termOf(h)]);
  }
  return out;
}

function namesOtherKind(s: Sentence, knowledge: Knowledge, compounds: [string, string][]): boolean {
  const toks = sentenceTokens(s, knowledge);
  return compounds.some(([m, h]) => {
    // Read in the tokens: a set of them per retrieved sentence was an allocation per passage and question.
    if (toks.some((t) => t.term === m)) return false;
    // Written as a name: "the Cultural Capital", "the Media Summit" (both words capitalized).
    return toks.some((t, i) => i > 0 && t.term === h && /^\s+$/.test(s.text.slice(toks[i - 1]!.end, t.start)) && !STOP_WORDS.has(toks[i - 1]!.folded) && /^\p{Lu}/u.test(s.text.slice(toks[i - 1]!.start)) && /^\p{Lu}/u.test(s.text.slice(t.start)));
  });
}

/** The countries the fact table's role facts give a person, by folded name, found once per knowledge and person. */
const factCountries = new WeakMap<Knowledge, Map<string, Set<string> | null>>();

function ofOtherCountryByFacts(person: string, country: string, knowledge: Knowledge): boolean {
  let byPerson = factCountries.get(knowledge);
  if (!byPerson) factCountries.set(knowledge, (byPerson = new Map()));
  const key = fold(person);
  let countries = byPerson.get(key);
  if (countries === undefined) byPerson.set(key, (countries = roleCountriesOf(key, knowledge)));
  return countries !== null && !countries.has(country);
}

/**
 * The countries of the role facts whose subject is this person (folded), or null when none gives one.
 * Through the fact index: such a fact holds every word of the name, so only the role facts in the
 * postings of all of them are made (reading every role fact was 88,000 facts at 100,000 articles).
 */
function roleCountriesOf(key: string, knowledge: Knowledge): Set<string> | null {
  const table = knowledge.facts;
  const nameWords = [...new Set(words(key).filter((w) => !STOP_WORDS.has(w)))];
  let roles: Iterable<Fact>;
  if (nameWords.length === 0) roles = factsOfKind(knowledge, 'role');
  else roles = inEvery(nameWords.map((w) => knowledge.factIndex.withWord(w)), (i) => table.kindAt(i) === 'role').map((i) => table.at(i));
  let countries: Set<string> | null = null;
  for (const f of roles) if (f.qualifiers.country && fold(f.subject) === key) (countries ??= new Set()).add(f.qualifiers.country);
  return countries;
}

/** Whether any sentence of the article writes the year, read once per article for a question's passages. */
function yearInArticle(article: Article | undefined, year: number, seen: Map<string, boolean>): boolean {
  if (!article) return false;
  let hit = seen.get(article.id);
  if (hit === undefined) seen.set(article.id, (hit = article.sentences.some((x) => x.text.includes(String(year)))));
  return hit;
}

/** The concepts a passage is measured by: the question's, plus the noun a count is of ("how many countries"). */
function queryTerms(q: StructuredQuery): string[] {
  const terms = [...q.analysis.terms];
  if (q.type === 'number' && q.headNoun) terms.push(termOf(q.headNoun));
  return [...new Set(terms)];
}

/** How much a name the question gives weighs against its concepts. */
const NAME_WEIGHT = 2.5;

/**
 * Concepts that frame a where/when question rather than say what it is about ("where did X take
 * place", "when was X held"): they weigh a third.
 */
const FRAME_CONCEPTS = new Set(['held', 'organ', 'open']);

/** "head of X", "who leads X": a leader is asked for, not a word of a name ("Forum of Media Leaders"). */
function asksHead(q: StructuredQuery): boolean {
  return queryTerms(q).includes('head') && !q.analysis.capitalizedTerms.includes('head');
}

/** How the question weighs words: built once per question, applied to every retrieved sentence. */
interface Weighing {
  weightOf(token: SentenceToken): { weight: number; key: string };
  totalWeight: number;
}

function weighing(q: StructuredQuery, vocab: Vocabulary): Weighing {
  const terms = new Set(queryTerms(q));
  const headAsked = asksHead(q);
  const a = q.analysis;
  // A name weighs NAME_WEIGHT however many words it has: "Organization of Turkic States" is one name.
  const nameWord = a.anchorWords.size ? (NAME_WEIGHT * Math.max(1, a.anchors.length + a.persons.length)) / a.anchorWords.size : 0;
  const year = a.year === undefined ? '' : String(a.year);
  const frame = q.type === 'place' || q.type === 'date' ? FRAME_CONCEPTS : new Set<string>();
  const termWeight = (t: string) => (t === year ? NAME_WEIGHT : vocab.idf(t) * (frame.has(t) ? 1 / 3 : 1));
  const headWeight = vocab.idf('head');
  return {
    totalWeight: [...terms].reduce((sum, t) => sum + termWeight(t), 0) + a.anchorWords.size * nameWord,
    weightOf: ({ folded, term }) => {
      if (STOP_WORDS.has(folded)) return { weight: 0, key: term };
      if (a.anchorWords.has(folded)) return { weight: nameWord, key: folded };
      if (terms.has(term)) return { weight: termWeight(term), key: term };
      // "head of X" asks for whoever leads X, whatever the title: "Secretary General", "President", "Director".
      if (headAsked && TOP_ROLE_WORDS.has(folded)) return { weight: headWeight, key: 'head' };
      return { weight: 0, key: term };
    },
  };
}

/** A sentence's word with its folded form and matching term: split once per sentence. */
interface SentenceToken {
  start: number;
  end: number;
  folded: string;
  term: string;
}

const tokenCache = new WeakMap<Knowledge, Map<string, SentenceToken[]>>();

function sentenceTokens(s: Sentence, knowledge: Knowledge): SentenceToken[] {
  let cache = tokenCache.get(knowledge);
  if (!cache) tokenCache.set(knowledge, (cache = new Map()));
  let hit = cache.get(s.id);
  if (!hit) {
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    hit = [...s.text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)].map((m) => {
      const folded = fold(m[0]).replace(/'s$/, '');
      return { start: m.index, end: m.index + m[0].length, folded, term: termOf(folded) };
    });
    cache.set(s.id, hit);
  }
  return hit;
}

/** The sentence's words, each with the weight of the question concept or name it holds. */
function weightedTokens(s: Sentence, knowledge: Knowledge, w: Weighing): Pick<Retrieved, 'tokens' | 'totalWeight'> {
  const tokens = sentenceTokens(s, knowledge).map((t) => ({ start: t.start, end: t.end, ...w.weightOf(t) }));
  return { tokens, totalWeight: w.totalWeight };
}

/**
 * How far apart a sentence's words stand for the question's weight around an answer: a relative
 * clause is no distance ("the final, where only 12 of the 20 participants will take part, is
 * scheduled for Dec. 23": "final" is next to its date), and another clause is a long one ("The
 * semi-finals will be held on Dec. 19 and 21, while the final ...": Dec. 19 is not the final's).
 */
function tokenPositions(r: Retrieved): number[] {
  let hit = positionCache.get(r.tokens);
  if (hit) return hit;
  const text = r.sentence.text;
  const asides = [...text.matchAll(RELATIVE_CLAUSE)].map((m) => [m.index, m.index + m[0].length] as const);
  const bounds = [...text.matchAll(CLAUSE_BOUNDARY)].map((m) => m.index);
  let at = 0;
  let prevEnd = 0;
  hit = r.tokens.map((t, i) => {
    if (i > 0) {
      if (!asides.some(([a, b]) => t.start > a && t.end <= b)) at += 1;
      if (bounds.some((b) => b >= prevEnd && b < t.start)) at += CLAUSE_GAP;
    }
    prevEnd = t.end;
    return at;
  });
  positionCache.set(r.tokens, hit);
  return hit;
}

const positionCache = new WeakMap<object, number[]>();
const RELATIVE_CLAUSE = /,\s*(?:where|which|who|whose|whom)\b[^,;]*,/g;
const CLAUSE_BOUNDARY = /,\s*(?:while|whereas|but)\b|;/g;
/** Words a clause boundary counts as. */
const CLAUSE_GAP = 6;

/** The question's weight around a span, each concept counted once at its nearest place. */
function localCoverage(r: Retrieved, start: number, end: number, countInside = false): number {
  if (r.totalWeight === 0) return 0.5;
  const first = r.tokens.findIndex((t) => t.end > start);
  let last = first;
  while (last + 1 < r.tokens.length && r.tokens[last + 1]!.start < end) last++;
  const pos = tokenPositions(r);
  const best = new Map<string, number>();
  r.tokens.forEach((t, i) => {
    if (t.weight === 0 || (!countInside && i >= first && i <= last && end > start)) return;
    const gap = first < 0 ? r.tokens.length : i < first ? pos[first]! - pos[i]! - 1 : Math.max(0, pos[i]! - pos[last]! - 1);
    const v = t.weight / (1 + gap / 4);
    if (v > (best.get(t.key) ?? 0)) best.set(t.key, v);
  });
  let sum = 0;
  for (const v of best.values()) sum += v;
  return Math.min(1, sum / r.totalWeight);
}

/** The question's names in the passage: 0 when one is missing from the article altogether. */
type WantedName = { anchor?: string; surname?: string; term?: string; ordinal?: number; anniversary?: boolean };

/** The names, rare capitalized words and ordinals a passage must hold to be about what is asked. */
function wantedNames(q: StructuredQuery, vocab: Vocabulary): WantedName[] {
  const a = q.analysis;
  return [
    // "its 10th anniversary" is also said "turns 10", "10 years": the count of years holds it.
    ...ordinalsOf(q.text).map((ordinal) => ({ ordinal, anniversary: new RegExp(`\\b${ordinal}(?:st|nd|rd|th)\\s+anniversary\\b`, 'i').test(q.text) || undefined })),
    ...a.anchors.map((anchor) => ({ anchor })),
    ...a.persons.map((p) => ({ surname: fold(p).split(/\s+/).pop()! })),
    ...a.capitalizedTerms.filter((t) => isRare(t, vocab) || isUnknownName(t, vocab)).map((term) => ({ term })),
  ];
}

function nameScore(wanted: WantedName[], s: Sentence, knowledge: Knowledge, pointed?: Sentence): number {
  if (wanted.length === 0) return 1;
  const article = knowledge.articles.get(s.articleId);
  const inParagraph = (i: number) => (article?.sentences ?? []).filter((x) => x.paragraph === i);
  // A quote or a report runs on over sentences that do not repeat the name: its paragraph and the
  // one before count nearly as much as the sentence.
  // Each layer is read only when a name is not found in the nearer ones (most are in the sentence).
  // Paragraphs and the whole article are read as one text each, cached: re-reading every sentence of
  // an article for each passage was half of the answer time at 10,000 articles.
  const paragraph = (i: number) => {
    const within = inParagraph(i);
    return namesIn(`${s.articleId}#p${i}`, knowledge, () => within.map((x) => x.text).join('\n'), s.articleId, () => within.map((x) => x.index));
  };
  const layerOf: (() => NamesIn[])[] = [
    // A sentence about the event the sentence before names ("The General Assembly was attended by
    // ...") holds that sentence's names as its own.
    () => [namesIn(s.id, knowledge, () => s.text, s.articleId, () => [s.index]), ...(pointed ? [namesIn(pointed.id, knowledge, () => pointed.text, pointed.articleId, () => [pointed.index])] : [])],
    () => [paragraph(s.paragraph)],
    () => [titleNames(s.articleId, knowledge)],
    () => [paragraph(s.paragraph - 1)],
    () => [namesIn(`${s.articleId}#all`, knowledge, () => (article?.sentences ?? []).map((x) => x.text).join('\n'), s.articleId, () => (article?.sentences ?? []).map((x) => x.index))],
  ];
  const read: (NamesIn[] | undefined)[] = [];
  const layer = (i: number) => (read[i] ??= layerOf[i]!());
  const weights = [1, 0.8, 0.7, 0.65, 0.5];
  const has = (layer: NamesIn[], name: WantedName) =>
    layer.some((x) =>
      name.ordinal !== undefined ? x.ordinals.includes(name.ordinal) || (name.anniversary === true && yearsCount(x.folded, name.ordinal)) : name.anchor ? x.anchors.has(name.anchor) : name.surname ? x.folded.includes(name.surname) : x.terms.has(name.term!) || hasRelatedTerm(x.terms, name.term!),
    );
  // The lead sets the scene for the whole story: the city of "the meeting in Istanbul" in the first
  // paragraph holds for "At the end of the event, a protocol was signed" further down, as the title
  // would. Only a city: an organization or event of the lead is not what every sentence is about.
  const setsScene = (name: WantedName) => name.anchor !== undefined && canonicalName(name.anchor)?.type === 'place' && has([paragraph(0)], name);
  let sum = 0;
  for (const name of wanted) {
    let at = weights.findIndex((_, i) => has(layer(i), name));
    if ((at < 0 || at > TITLE_LAYER) && setsScene(name)) at = TITLE_LAYER;
    if (at < 0) return 0;
    sum += at === ARTICLE_LAYER && name.anchor !== undefined && canonicalName(name.anchor)?.type === 'country' ? COUNTRY_IN_ARTICLE : weights[at]!;
  }
  return sum / wanted.length;
}

const mentionCache = new WeakMap<Knowledge, Map<string, Mention[]>>();

/** The typed mentions of a sentence, found once per loaded knowledge. */
function mentionsOf(s: Sentence, articleDate: string | null, knowledge: Knowledge): Mention[] {
  let cache = mentionCache.get(knowledge);
  if (!cache) mentionCache.set(knowledge, (cache = new Map()));
  let hit = cache.get(s.id);
  if (!hit) {
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    // Most sentences hold no gazetteer name, and names.json says which: their scan is skipped.
    hit = findMentions(s.text, articleDate, { noGazetteerNames: knowledge.names?.holdsAnchors(s.articleId, s.index) === false });
    cache.set(s.id, hit);
  }
  return hit;
}

/**
 * What a passage (a sentence, a paragraph, a title, an article) names, for checking a question's names
 * against it: each part found when first asked for, once per passage. Gazetteer names and ordinals
 * come from the index (found at build time, see sentence-names.ts) when it holds them.
 */
class NamesIn {
  private text_?: string;
  private stored_?: PassageNames;
  private folded_?: string;
  private terms_?: TermSet;

  constructor(
    private readonly textOf: () => string,
    private readonly storedOf: (() => PassageNames) | null,
    private readonly storedTermsOf: (() => TermSet) | null = null,
  ) {}

  private get text(): string {
    return (this.text_ ??= this.textOf());
  }

  private get stored(): PassageNames {
    return (this.stored_ ??= this.storedOf ? this.storedOf() : { anchors: anchorsOf(this.text), ordinals: ordinalsOf(this.text) });
  }

  get anchors(): Set<string> {
    return this.stored.anchors;
  }

  get ordinals(): number[] {
    return this.stored.ordinals;
  }

  get folded(): string {
    return (this.folded_ ??= fold(this.text));
  }

  get terms(): TermSet {
    return (this.terms_ ??= this.storedTermsOf ? this.storedTermsOf() : termsOf(this.text));
  }
}

const namesCache = new WeakMap<Knowledge, Map<string, NamesIn>>();

/** `sentences`: the indexes in its article of the sentences the passage is, for the stored names. */
function namesIn(key: string, knowledge: Knowledge, text: () => string, articleId: string, sentences: () => number[] | 'title'): NamesIn {
  let cache = namesCache.get(knowledge);
  if (!cache) namesCache.set(knowledge, (cache = new Map()));
  let hit = cache.get(key);
  if (!hit) {
    // Bounded: a long-running bot over a large corpus must not end up holding every sentence.
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    const stored = knowledge.names;
    hit = new NamesIn(text, stored ? () => stored.of(articleId, sentences()) : null, stored ? () => stored.termsIn(articleId, sentences()) : null);
    cache.set(key, hit);
  }
  return hit;
}

function titleNames(articleId: string, knowledge: Knowledge): NamesIn {
  return namesIn(`${articleId}#title`, knowledge, () => knowledge.articles.get(articleId)?.title ?? '', articleId, () => 'title');
}

/** Entries per knowledge in each per-sentence cache (oldest dropped first). */
const CACHE_LIMIT = 50_000;

/** The article (its text or title) holds every word of the asked event's name. */
function articleNamesEvent(ev: AskedEvent, articleId: string, knowledge: Knowledge): boolean {
  const article = knowledge.articles.get(articleId);
  if (!article) return false;
  const title = article.title ?? '';
  // Every sentence of the article: with stored terms each is read from the index directly, not
  // through the per-sentence cache, which one article's sentences would crowd out.
  const stored = knowledge.names;
  const termsOfSentence = (x: Sentence) => (stored ? stored.termsIn(articleId, [x.index]) : sentenceTerms(x, knowledge));
  return namesEvent(ev, title, titleNames(articleId, knowledge).terms) || article.sentences.some((x) => namesEvent(ev, x.text, termsOfSentence(x)));
}

/** A sentence's matching terms, from the per-sentence cache its names are kept in. */
function sentenceTerms(s: Sentence, knowledge: Knowledge): TermSet {
  return namesIn(s.id, knowledge, () => s.text, s.articleId, () => [s.index]).terms;
}

function neighbours(s: Sentence, knowledge: Knowledge): Sentence[] {
  const out: Sentence[] = [];
  for (const i of [s.index - 1, s.index + 1]) {
    const n = knowledge.sentences.get(`${s.articleId}#${i}`);
    if (n && n.paragraph === s.paragraph) out.push(n);
  }
  return out;
}
