/**
 * Question -> structured query: what kind of thing the answer is, the names it must be about, and the
 * weighted concepts it asks with. Rules are tables with ids (first match wins), so `ask --explain` can
 * say which rule typed a question. Chat habits are handled here, in one place: lower case and typos (by
 * question analysis), lead-ins ("I'm writing about X - who ..."), fragments ("turkvision final date?").
 */
import type { Knowledge } from '../knowledge.ts';
import { analyzeQuestion, COMBINING_FORMS, ROLE_WORDS, type QuestionAnalysis } from './analyze-question.ts';
import { STOP_WORDS } from '../text.ts';
import { canonicalName } from '../facts/entities.ts';
import { termOf } from './terms.ts';
import { mendQuestionWords } from './question-words.ts';
import { vocabularyOf } from './vocabulary.ts';

export type AnswerType = 'person' | 'place' | 'org' | 'event' | 'date' | 'number' | 'role' | 'thing' | 'statement' | 'yesno';

export interface StructuredQuery {
  /** The question as read (tags removed, chat spellings mended). */
  text: string;
  type: AnswerType;
  /** Id of the rule that set the type. */
  rule: string;
  /** A list is asked for ("which cities", "what are the four pillars"). */
  list: boolean;
  /** The country a person asked for is said to be of ("the Kyrgyz official", "which Turkish premier"). */
  personCountry?: string;
  /** "which month", "what year", "on what date": how exact a date must be. */
  dateGrain?: 'day' | 'month' | 'year';
  /** The noun the question counts or asks for ("artists" in "how many artists"). */
  headNoun?: string;
  /** The words before the head noun that say which one ("poetry" in "what poetry event"): the answer's name holds them. */
  headModifiers: string[];
  /** The head noun names the answer's type ("which city", "what post"): a mention of that type says it. */
  typedHead: boolean;
  /** "What is the symbol of X?": the attribute whose value is asked for ("symbol"). */
  attribute?: string;
  /** Nouns for a person the question uses ("poet" in "which poet's birthday"): a person so described fits it. */
  personNouns: string[];
  /** "Who chaired ...?", "Who was elected ...?": the concept of the verb whose doer is asked for. */
  agentVerb?: string;
  /** "What kinds of archives ...?": a kind is described ("scientific, documentary"), not named. */
  asksKind: boolean;
  /** Question words, names and concepts (terms, anchors, persons, year ...). */
  analysis: QuestionAnalysis;
}

/** Chat spellings of question words; the rest of typo mending is the vocabulary's. */
const CHAT_SPELLINGS: Record<string, string> = { wat: 'what', wot: 'what', wht: 'what', wen: 'when', whn: 'when', wher: 'where', whch: 'which', wich: 'which', whic: 'which', whos: "who's", hw: 'how', hou: 'how', u: 'you', r: 'are', pls: 'please', plz: 'please' };

/** Chat abbreviations of titles, as written in full. */
const CHAT_TITLE_WORDS: Record<string, string> = {
  'sec gen': 'secretary general', secgen: 'secretary general', 'gen sec': 'secretary general', 'sg': 'secretary general',
  'dep sec gen': 'deputy secretary general', 'deputy sec gen': 'deputy secretary general', 'dep min': 'deputy minister', 'prez': 'president', 'pres': 'president',
};
const CHAT_TITLES = /\b(?:dep(?:uty)?[\s.]+sec[\s.-]*gen|sec[\s.-]*gen|gen[\s.]+sec|dep[\s.]+min|sg|prez|pres)\b\.?/giu;

/**
 * The frame of a lead-in: what the asker is doing, not what they ask about. Only the frame goes; the
 * topic stays ("I'm covering the November 2024 Bishkek summit - who ..." keeps the summit).
 */
const LEAD_IN_FRAME =
  /^(?:(?:hi|hello|hey)[,!.]?\s+)?(?:quick (?:one|question)\s*(?:[-–—:,]\s*)?)?(?:(?:for|in) (?:a|my|an|our) (?:story|piece|article|report|talk|post|thread|column|feature)\s+(?:on|about)\s+|i(?:'m| am| was) (?:writing|preparing|working on|doing|researching|reading)(?:\s+(?:a|an|my)\s+[\p{L}-]+)?\s+(?:on|about)\s+|i(?:'m| am) covering\s+)/iu;

interface TypeRule {
  id: string;
  /** Tested on the folded question. */
  re: RegExp;
  type: AnswerType | 'by-noun';
}

/** First match wins. "by-noun" reads the noun after which/what (HEAD_NOUNS). */
const TYPE_RULES: TypeRule[] = [
  { id: 'yesno/auxiliary-first', re: /^(?:is|are|was|were|did|does|do|has|have|had|can|will|could|would)\b/, type: 'yesno' },
  { id: 'number/how-many', re: /\bhow (?:many|much)\b|\bwhat (?:number|amount|share|percentage)\b/, type: 'number' },
  { id: 'statement/what-said', re: /\bwhat (?:did|does|do|has|had|have)\b.*\b(?:say|said|tell|told|note|stress|emphasi[sz]e|describe|call)\b|\baccording to\b|\bhow did\b.*\bdescribe\b/, type: 'statement' },
  { id: 'role/who-is-he', re: /\b(?:who (?:is|was) (?:he|she)|what does (?:he|she) do|what is (?:his|her) (?:job|role|post|position))\b/, type: 'role' },
  // "the film agency guy at the meeting, what's his name?": a person asked by the name of someone described.
  { id: 'person/whats-his-name', re: /\bwhat(?:'s| is| was)?\s+(?:his|her|their)\s+names?\b/, type: 'person' },
  { id: 'by-noun/which-what', re: /\b(?:which|what)\s+(?!is\b|are\b|was\b|were\b|did\b|does\b|do\b|has\b|had\b|have\b|will\b)/, type: 'by-noun' },
  { id: 'date/when', re: /\bwhen\b|\bdate\b|\bwhat time\b/, type: 'date' },
  { id: 'place/where', re: /\bwhere\b/, type: 'place' },
  { id: 'person/who', re: /\b(?:who|whom|whose)\b/, type: 'person' },
  { id: 'thing/what', re: /\b(?:which|what)\b/, type: 'thing' },
  { id: 'by-noun/fragment', re: /./, type: 'by-noun' },
];

/** Head nouns after which/what (or anywhere in a fragment), folded and singular. First listed wins a tie in position. */
const HEAD_NOUNS: Record<string, AnswerType> = Object.fromEntries(
  (
    [
      ['place', 'city town country place venue location region republic village site hall palace area province district capital'],
      ['person', 'person people singer poet writer official minister premier president leader deputy secretary director governor mayor rector artist representative player athlete chairman chair member winner head boss chief official envoy ambassador founder organiser organizer coordinator author composer scholar professor rectors woman man guy lady'],
      ['org', 'organization organisation institution university agency ministry company body foundation school academy union association'],
      ['event', 'meeting event festival summit forum ceremony contest conference session congress gathering competition camp exhibition concert'],
      ['date', 'year date day month'],
      ['role', 'post position role title job office'],
    ] as const
  ).flatMap(([type, nouns]) => nouns.split(' ').map((n) => [n, type as AnswerType])),
);

/** "what is the symbol of ...", "what was its theme": an attribute of something named, asked by its noun. */
const ATTRIBUTE_RE = /^(?:what|which) (?:is|was|are|were|will be) (?:the|its|their) (?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+|main|key) )*([a-z]{3,})(?: (?:of|for)\b| ?\??$|(?= (?:the|that|which|it|they)\b))/;

/** "what is the name of the <noun> ...": the noun right after "the name of the". */
const NAME_OF = /^(?:what|which)(?:['’]s|\s+(?:is|was|are|were))?\s+the\s+names?\s+of\s+(?:the|this|that|its|their|an?)\s+((?:[\p{L}\p{N}-]+(?:['’]s)?\s+){0,5}?[\p{L}-]+)(?=\s+(?:of|for|in|at|on|that|which|who|to|from|by|with|preparing|being)\b|\s*\??$)/u;

/** "what is the <noun> of/for/in ...": the noun asked for, up to two words after "the". */
const WHAT_IS_THE = /^(?:what|which)(?:['’]s|\s+(?:is|was|are|were|will be)(?=\s))?\s+(?=the\b|its\b|their\b)(?:the\s+|its\s+|their\s+)?(?:[a-z]+\s+){0,2}?([a-z]+)(?=\s+(?:of|for|in)\b|\s*\??$)/;

/** Person nouns that say nothing of who ("which person", "which people"). */
const GENERIC_PERSON_NOUNS = new Set(['person', 'people', 'man', 'woman', 'member', 'official']);

const DEFINITION_RE = /^(?:who|what) (?:is|was|are|were)\s+(?:the\s+)?(.+?)\??$/;

/**
 * Ways of asking what someone is that say it with a word for a post ("What position does X hold?",
 * "What is X's job?", "What does X do?"): read as "Who is X?", so the post words are not taken for
 * concepts a passage must hold (a sentence giving X's role rarely says "position").
 */
const WHO_IS_PARAPHRASES: RegExp[] = [
  /^\s*(?:what|which) (?:position|post|office|role|job|title) (?:does|did) (.+?) (?:hold|have|occupy|fill)(?: now| currently)?\s*\??\s*$/iu,
  /^\s*what (?:is|was) (.+?)['’]s? (?:current )?(?:job|position|post|office|role|title|occupation)\s*\??\s*$/iu,
  /^\s*what does (.+?) do(?: for a living)?\s*\??\s*$/iu,
];

function asWhoIs(text: string): string {
  for (const re of WHO_IS_PARAPHRASES) {
    const m = re.exec(text);
    // Only a name: "What role does the festival play?" is not about a person.
    if (m && /^(?:\p{Lu}[\p{L}'’.-]*\s*){1,4}$/u.test(m[1]!.trim())) return `Who is ${m[1]!.trim()}?`;
  }
  return text;
}

export function structureQuestion(question: string, knowledge: Knowledge): StructuredQuery {
  const vocab = vocabularyOf(knowledge);
  const mended = asWhoIs(
    mendQuestionWords(
      question
        .split(/(\s+)/)
        .map((w) => CHAT_SPELLINGS[w.toLowerCase()] ?? w)
        .join(''),
      (w) => vocab.known.has(w),
    ).replace(LEAD_IN_FRAME, ''),
  )
    // "these days", "right now": the chat way of saying currently.
    .replace(/\b(?:these days|nowadays|right now|at the moment|at present)\b/giu, 'currently')
    // Chat abbreviations of titles: "sec gen", "secgen", "gen sec", "dep min", "PM".
    .replace(CHAT_TITLES, (m) => CHAT_TITLE_WORDS[m.toLowerCase().replace(/[\s.-]+/g, ' ').trim()] ?? m);
  const analysis = analyzeQuestion(mended, knowledge);
  const q = analysis.tokens.join(' ');
  let type: AnswerType = 'thing';
  let rule = 'thing/default';
  let headNoun: string | undefined;
  let headModifiers: string[] = [];
  let typedHead = false;
  let pluralHead = false;
  for (const r of TYPE_RULES) {
    if (!r.re.test(q)) continue;
    rule = r.id;
    if (r.type !== 'by-noun') {
      type = r.type;
      break;
    }
    const found = nounType(q, r.id === 'by-noun/fragment');
    if (found) [type, headNoun, headModifiers, typedHead] = [found.type, found.noun, found.modifiers, found.typed];
    // Written in the plural ("which republics", "what countries"), whatever the reader made of it.
    if (found) pluralHead = found.plural || new RegExp(`\\b(?:which|what)\\s+(?:\\S+\\s+){0,3}(?:${found.noun}s|${found.noun.replace(/y$/, 'ie')}s)\\b`, 'i').test(mended);
    else type = 'thing';
    break;
  }
  // "What is the capital of ...?", "What's the cultural capital ... in 2026?", "What was the venue?":
  // a place or a date asked by its noun after "what is the".
  // "What is the name of the foundation preparing ...?" asks for the foundation.
  // "What is the name of the Turkic University Union's exchange programme?" asks for a programme: the
  // last word of the phrase, after its possessor; untyped, it still says what the name must be of.
  const nameOf = type === 'thing' ? NAME_OF.exec(analysis.text.toLowerCase()) : null;
  const named = nameOf ? nameOf[1]!.split(/['’]s\s+/).pop()!.split(/\s+/) : [];
  const namedHead = named[named.length - 1];
  if (namedHead && HEAD_NOUNS[namedHead] && HEAD_NOUNS[namedHead] !== 'role') [type, rule, headNoun, typedHead] = [HEAD_NOUNS[namedHead]!, 'by-noun/name-of', namedHead, true];
  else if (namedHead && !HEAD_NOUNS[namedHead] && named.length <= 3 && !STOP_WORDS.has(namedHead)) {
    [rule, headNoun, headModifiers] = ['by-noun/name-of', namedHead, named.slice(0, -1).filter((w) => /^\p{L}{3,}$/u.test(w) && !PLAIN_MODIFIERS.has(w))];
  }
  const whatIsThe = type === 'thing' ? WHAT_IS_THE.exec(q) : null;
  if (whatIsThe && (HEAD_NOUNS[whatIsThe[1]!] === 'place' || HEAD_NOUNS[whatIsThe[1]!] === 'date')) {
    [type, rule, headNoun, typedHead] = [HEAD_NOUNS[whatIsThe[1]!]!, 'by-noun/what-is-the', whatIsThe[1]!, true];
  }
  // "Who is Sultan Raev?" / "Who is Akhat Salikhov?": only a name is asked about; the answer is a role.
  const def = DEFINITION_RE.exec(analysis.text.replace(/[?.!]+$/, '').trim().toLowerCase());
  // "What is TURKSOY?" asks for a definition the articles rarely give in one place: only people get a role.
  const aboutPerson = analysis.persons.length > 0 || analysis.anchors.length === 0;
  if ((type === 'person' || type === 'thing') && def && aboutPerson && analysis.roleWords.length === 0 && isOnlyNames(analysis)) [type, rule] = ['role', 'role/who-is-name'];
  const dateGrain = /\b(?:which|what) month\b/.test(q) ? 'month' : /\b(?:which|what|wat) year\b|\bin what year\b/.test(q) ? 'year' : /\b(?:which|what) (?:date|day)\b|\bon what\b/.test(q) ? 'day' : undefined;
  if (type === 'number') headNoun = countedNoun(q);
  const list =
    ((analysis.list || (pluralHead && rule !== 'by-noun/fragment')) && type !== 'number' && type !== 'date' && type !== 'yesno' && type !== 'statement') ||
    /\b(?:what|which) are the (?:\w+ )?(?:two|three|four|five|six|seven|\d+)\b/.test(q) ||
    /\b(?:which|what) (?:two|three|four|five|six|seven|\d+)\b/.test(q);
  // The fact table reads the question's target: "What was the date of X?" asks for a date there too.
  if (analysis.target === 'thing' && TARGET_OF_TYPE[type]) [analysis.target, analysis.kind] = TARGET_OF_TYPE[type]!;
  const attribute = type === 'thing' ? ATTRIBUTE_RE.exec(q)?.[1]?.replace(/(?<=[^s])s$/, '') : undefined;
  const personNouns = type === 'person' ? [...new Set(analysis.tokens.map((w) => w.replace(/'s$/, '').replace(/(?<=[^s])s$/, '')).filter((w) => HEAD_NOUNS[w] === 'person' && !GENERIC_PERSON_NOUNS.has(w)))] : [];
  const verb = type === 'person' ? /\bwho\s+(?:(?:was|were|is|are|has been|had been|have been|will be|first)\s+)?([a-z]{3,})\b/.exec(q)?.[1] : undefined;
  const agentVerb = verb && !/^(?:was|were|is|are|the|a|an|will|did|does|has|had|have)$/.test(verb) ? termOf(verb) : undefined;
  const asksKind = type === 'thing' && /\b(?:what|which) (?:kinds?|types?|sorts?) of\b/.test(q);
  return { text: analysis.text, type, rule, list, dateGrain, headNoun, headModifiers, typedHead, attribute, personNouns, agentVerb, asksKind, analysis, personCountry: type === 'person' ? personCountryOf(mended) : undefined };
}

const TARGET_OF_TYPE: Partial<Record<AnswerType, [QuestionAnalysis['target'], QuestionAnalysis['kind']]>> = { date: ['date', 'when'], number: ['number', 'how-many'], place: ['place', 'where'], person: ['person', 'who'] };

/** A country or demonym right before a word for a person, at most one word between ("Kyrgyz deputy minister"). */
function personCountryOf(text: string): string | undefined {
  const ws = text.split(/[\s,.?!;:()"“”]+/).filter(Boolean);
  const isPerson = (w: string | undefined) => {
    const noun = (w ?? '').toLowerCase().replace(/s$/, '');
    return HEAD_NOUNS[noun] === 'person' || ROLE_WORDS.has(noun);
  };
  for (let i = 0; i < ws.length - 1; i++) {
    if (!isPerson(ws[i + 1]) && !isPerson(ws[i + 2])) continue;
    const known = canonicalName(ws[i]!);
    if (known?.type === 'country') return known.canonical;
  }
  // "the culture minister of Kyrgyzstan", "the Minister of Culture of Kazakhstan": a post of a country.
  for (let i = 0; i < ws.length; i++) {
    if (!isPerson(ws[i])) continue;
    for (let j = i + 1; j < Math.min(ws.length - 1, i + 5); j++) {
      if (ws[j]!.toLowerCase() !== 'of') continue;
      const next = ws[j + 1]!.toLowerCase() === 'the' ? ws[j + 2] : ws[j + 1];
      const country = next ? canonicalName(next) : null;
      if (country?.type === 'country') return country.canonical;
    }
  }
  // "Who represented Turkmenistan?", "who spoke for kyrgyzstan": whoever speaks for the country is of
  // it (in chat the country may be in lower case).
  const represented = /\b(?:represent(?:ed|s|ing)?|(?:spoke|speaks|speaking) for|on behalf of)\s+(?:the\s+)?(\p{L}[\p{L}-]+(?:\s+\p{L}[\p{L}-]+)?)/iu.exec(text)?.[1];
  const known = represented ? canonicalName(represented) ?? canonicalName(represented.split(/\s+/)[0]!) : null;
  if (known?.type === 'country') return known.canonical;
  return undefined;
}

/** Nouns whose singular is their plural: "which photo series" asks for one. */
const SAME_IN_PLURAL = new Set(['series', 'species', 'news', 'means', 'headquarters']);

/** Verbs that end the noun phrase after which/what ("which city became", "which play won"). */
const PHRASE_VERBS = new Set(
  (
    'became become becomes hold holds held take takes took won win wins went go goes hosted host hosts founded led leads heads chaired has had have will did does do is was are were can could would got gets set sets started start opened open travelled traveled represented attended came come comes arrived gathered joined visited performed competed participated signed received ' +
    // Irregular pasts, which no -ed ending marks as verbs ("which agreement laid ...", "which magazine wrote ...").
    'laid made gave sent began brought wrote written spoke told found built put read said paid sold saw met ran drew chose grew knew kept left lost meant sang stood taught thought understood'
  ).split(' '),
);
const CHUNK_STOPS = new Set('the a an of to in on at for by with from about into over under after before during between and or is was are were did does do has had have will can could would that who which'.split(' '));

/**
 * The answer type from the head noun of the phrase after which/what: its last word before a verb or
 * function word ("which three European cities hosted" -> cities, "which school grade did" -> grade,
 * "which of its deputy secretaries general went" -> secretary). A fragment is searched whole.
 */
function nounType(q: string, anywhere: boolean): { type: AnswerType; noun: string; plural: boolean; modifiers: string[]; typed: boolean } | null {
  const words = q.split(/\s+/);
  const singular = (w: string) => (SAME_IN_PLURAL.has(w) ? w : w.replace(/'s$/, '').replace(/ies$/, 'y').replace(/(?<=[^s])s$/, ''));
  // "director-general", "secretary-general": a compound title is typed by its first part.
  const lookup = (w: string) => HEAD_NOUNS[w] ?? HEAD_NOUNS[singular(w)] ?? (w.includes('-') ? HEAD_NOUNS[w.split('-')[0]!] : undefined);
  // "which republics", "what countries": the noun as written is not itself a head noun, its singular is.
  const plural = (w: string) => HEAD_NOUNS[w] === undefined && w !== singular(w) && !/'s$/.test(w);
  if (anywhere) {
    // A fragment is a noun phrase: its head is its last head noun before a preposition ("community hub
    // foundation director", "head of turksoy", "the kyrgyz official at the ... meeting").
    const cut = words.findIndex((w) => /^(?:of|at|in|on|for|from|to|with|by)$/.test(w));
    for (const part of [cut > 0 ? words.slice(0, cut) : words, words]) {
      for (const w of [...part].reverse()) {
        const t = lookup(w);
        if (t) return { type: t, noun: singular(w), plural: plural(w), modifiers: [], typed: true };
      }
    }
    return null;
  }
  let i = words.findIndex((w) => w === 'which' || w === 'what') + 1;
  if (words[i] === 'of') i += 2;
  const chunk: string[] = [];
  for (; i < words.length && chunk.length < 4; i++) {
    const w = words[i]!;
    // A word in -ed ends the phrase ("what event held in ..."), unless it is a compound adjective
    // ("what village-related initiative", "which state-owned channel").
    if (CHUNK_STOPS.has(w) || PHRASE_VERBS.has(w) || (chunk.length > 0 && /ed$/.test(w) && !w.includes('-'))) break;
    chunk.push(w);
  }
  const head = chunk[chunk.length - 1];
  if (!head) return null;
  const t = lookup(head);
  // "deputy secretaries general": a role's own head stands before its last word.
  const inner = chunk.map(lookup).find((x) => x === 'person');
  // "village-related": a compound modifier says which one by its parts, whatever they are alone.
  const modifiers = chunk
    .slice(0, -1)
    .flatMap((w) => (w.includes('-') ? w.split('-').filter((part) => part.length >= 3 && !COMBINING_FORMS.has(part) && !STOP_WORDS.has(part)) : /^\p{L}{3,}$/u.test(w) && !PLAIN_MODIFIERS.has(w) && !lookup(w) ? [w] : []));
  if (t) return { type: t, noun: singular(head), plural: plural(head), modifiers, typed: true };
  // "which prize", "what document": no type of its own, but the noun names what the answer is.
  return inner ? { type: inner, noun: singular(head), plural: plural(head), modifiers, typed: false } : { type: 'thing', noun: singular(head), plural: false, modifiers, typed: false };
}

/** Words before a head noun that say nothing of which one it is ("what new event", "which three cities"). */
const PLAIN_MODIFIERS = new Set('new main first last latest next major big biggest largest other two three four five six seven eight nine ten several many kind kinds sort type'.split(' '));

/** "how many young writers attended" -> "writer": the last word of the phrase after how many/much. */
function countedNoun(q: string): string | undefined {
  const m = /\bhow (?:many|much) (?:of (?:the|its|their) )?(.*)$/u.exec(q);
  if (!m) return undefined;
  const chunk: string[] = [];
  for (const w of m[1]!.split(/\s+/)) {
    if (!w || CHUNK_STOPS.has(w) || PHRASE_VERBS.has(w) || (chunk.length > 0 && /ed$/.test(w)) || chunk.length >= 3) break;
    chunk.push(w);
  }
  const head = chunk[chunk.length - 1];
  return head?.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');
}

/** The question's content is only the names it gives ("Who is Mehmet Nuri Ersoy?"). */
function isOnlyNames(a: QuestionAnalysis): boolean {
  if (a.persons.length === 0 && a.anchors.length === 0 && a.capitalizedTerms.length === 0) return false;
  return a.terms.every((t) => a.capitalizedTerms.includes(t)) || a.terms.length === 0;
}
