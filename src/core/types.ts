/** Shapes shared by the pure core and its adapters. No I/O here. */

export interface Sentence {
  /** `${articleId}#${index}`: stable across builds of the same seeds. */
  id: string;
  articleId: string;
  /** Position among the article's sentences (0-based). */
  index: number;
  /** Index of the paragraph that holds it. */
  paragraph: number;
  /** Offsets into Article.text. */
  start: number;
  end: number;
  text: string;
  /**
   * Other articles that carry the same paragraph word for word (shared boilerplate). The sentence is
   * kept once, in the first article by id, and cited for every article listed here as well.
   */
  alsoIn?: string[];
}

export interface Paragraph {
  index: number;
  start: number;
  end: number;
}

export interface Article {
  id: string;
  title: string | null;
  url: string | null;
  publisher: string | null;
  /** ISO date (YYYY-MM-DD) or null when the article is undated. */
  date: string | null;
  /** Cleaned article text; sentence and paragraph offsets point into it. */
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

export type FactKind =
  | 'role'
  | 'event'
  | 'capital'
  | 'founding'
  | 'decision'
  | 'proposal'
  | 'figure'
  | 'partnership'
  | 'topic'
  | 'purpose'
  | 'statement'
  /** Who performed at an event ("The Turan Ensemble performed at the closing ceremony of the forum"). */
  | 'performance'
  /** What or who won a prize at an event ("The film “X” won the main prize of the festival"). */
  | 'award';

export interface FactSource {
  articleId: string;
  sentenceId: string;
  /** The exact sentence the fact was read from. */
  sentence: string;
  /** The article's date, or null when undated. */
  date: string | null;
}

export interface FactQualifiers {
  year?: number;
  /** ISO date of an event. */
  date?: string;
  /** How the date was found: written in the sentence, or the article's own date ("today", "has taken place"). */
  dateBasis?: 'text' | 'article';
  place?: string;
  venue?: string;
  country?: string;
  organization?: string;
  organizer?: string;
  participants?: string[];
  /** Role facts: the bare title ("Minister of Culture and Information"). */
  title?: string;
  /** Figure facts. */
  value?: number;
  unit?: string;
  approximation?: string;
  /** Event facts: meeting, summit, forum, festival, ... */
  eventType?: string;
  /** Founding facts: who founded it. */
  by?: string;
}

export interface Fact {
  /** Hash of kind, subject, relation, object and the identifying qualifiers: stable across builds. */
  id: string;
  kind: FactKind;
  /** Id of the extraction rule that made it (`kind/module.function`), for `ask --explain`. */
  rule?: string;
  subject: string;
  relation: string;
  object: string;
  qualifiers: FactQualifiers;
  /** Every article that states the fact, each with its sentence; newest first, undated last. */
  sources: FactSource[];
}

/** Canonical entity with the spellings found in the articles. */
export interface Entity {
  name: string;
  type: 'person' | 'organization' | 'country' | 'place' | 'event';
  aliases: string[];
}

export interface AnswerSource {
  id: string;
  publisher: string | null;
  date: string | null;
  quote: string;
  title?: string | null;
  url?: string | null;
  sentenceId?: string;
}

/** The languages questions may be asked in. */
export type Language = 'en' | 'ru' | 'kk' | 'tr' | 'az' | 'uz';

export type QuestionKind = 'who' | 'what' | 'when' | 'where' | 'which' | 'how-many' | 'yes-no' | 'list' | 'unknown';

export interface Answer {
  question: string;
  found: boolean;
  /** The direct answer alone: one line, at most 160 characters; empty when not found. */
  short: string;
  /** The whole plain-text reply, with quote, source and date. */
  answer: string;
  sources: AnswerSource[];
  kind: QuestionKind;
  confidence: number;
  /** Ids of the facts used, when the answer came from the fact table. */
  facts?: string[];
  /** When sources disagree: every answer they give (the main one included), each with its own source, newest first. */
  alternatives?: { short: string; source: AnswerSource }[];
  /** What the bot can answer, offered when found is false. */
  suggestions?: string[];
  /** The language the question was asked in, when not English ('ru', 'kk', 'tr', 'az', 'uz'). */
  language?: Language;
  /** How the answer was reached: 'facts', 'search' or 'none'. */
  via: 'facts' | 'search' | 'none';
}
