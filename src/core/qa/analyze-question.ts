import type { Knowledge } from '../knowledge.ts';
import type { QuestionKind } from '../types.ts';
import { STOP_WORDS, fold, words } from '../text.ts';
import { termOf } from './terms.ts';
import { gazetteerAliases } from '../facts/entities.ts';
import { correctWord, vocabularyOf } from './vocabulary.ts';
import { stem } from '../search/sentence-search.ts';

/** What kind of thing the answer is. */
export type Target = 'person' | 'place' | 'date' | 'number' | 'thing' | 'yesno';

export interface QuestionAnalysis {
  /** The question as asked, trimmed, tags removed. */
  text: string;
  kind: QuestionKind;
  target: Target;
  /** A list is wanted ("which cities have been ..."). */
  list: boolean;
  /** Folded words after typo correction. */
  tokens: string[];
  /** Stems of the content words, with relation synonyms folded ("founded" -> "establish"). */
  terms: string[];
  /** Canonical names of the organizations, countries and places the question names. */
  anchors: string[];
  /** People the question names (canonical names from the knowledge). */
  persons: string[];
  /** Folded words that belong to the anchors and persons: matched as names, not as loose words. */
  anchorWords: Set<string>;
  /** "before Andijan", "after 2025": the name or year a relative question turns on. */
  pivot?: { relation: 'before' | 'after'; name?: string };
  year?: number;
  /** "current", "now", "new": the newest source decides. */
  wantsCurrent: boolean;
  /** Role words the question uses ("deputy", "minister", "prime"). */
  roleWords: string[];
  /** "How many films ...": the unit a count must be in. */
  unitTerm?: string;
  /** Terms of words written with a capital inside the question ("Youth" in "the Turkic World Youth Meeting"): names. */
  capitalizedTerms: string[];
  /** "Which countries took part ...": the participants of an event are asked for. */
  asksParticipants: boolean;
  /** "What is TURKSOY?", "Who is Sultan Raev?": only a name is asked about. */
  definitional: boolean;
  /** The role words describe the person asked for ("Who is the Deputy Minister ...?"), not someone else in the question ("Who thanked the President ...?"). */
  asksRoleHolder: boolean;
}

export { termOf, termsOf, stemsOf } from './terms.ts';

export const FRAME_WORDS = new Set(
  'who whom whose what which when where why how many much did does do is are was were be been tell me please know about kind sort name named called give list all ever currently current now new latest recent city cities country countries place places venue town location year date day month organization organisation institution document'.split(' '),
);

/** Chat fillers: words of the way someone types, not of what they ask ("ok and the tour platform thing, ..."). */
export const CHAT_FILLERS = new Set('ok okay hey hi hello thing things stuff lol pls plz thx btw anyway um umm hmm guy guys'.split(' '));

export const ROLE_WORDS = new Set(
  'minister deputy vice prime secretary general director chair chairman chairwoman chairperson head president coordinator provisional ambassador governor mayor rector representative spokesperson advisor adviser founder executive first acting'.split(' '),
);

/** Words that make a role only beside another role word: "secretary general", "first deputy", "prime minister". */
const ROLE_MODIFIERS = new Set('general first acting provisional executive prime vice deputy'.split(' '));

/**
 * The role words a question asks with: "general" in "the General Assembly" or "first" in "who first
 * floated the idea" is none; beside a role word ("Deputy Secretary General") it is.
 */
function roleWordsOf(tokens: string[]): string[] {
  const isRole = (t: string | undefined) => t !== undefined && (ROLE_WORDS.has(t) || ROLE_WORDS.has(t.replace(/s$/, '')));
  const isHead = (t: string | undefined) => isRole(t) && !ROLE_MODIFIERS.has(t!);
  // A modifier counts within two words of a role's head ("deputy culture ministers", "secretary general").
  const nearHead = (i: number) => [i - 2, i - 1, i + 1, i + 2].some((j) => isHead(tokens[j]));
  return tokens.filter((t, i) => ROLE_WORDS.has(t) && (!ROLE_MODIFIERS.has(t) || nearHead(i)));
}

export function analyzeQuestion(question: string, knowledge: Knowledge): QuestionAnalysis {
  const vocab = vocabularyOf(knowledge);
  const text = question
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:amp|lt|gt|quot|#39);/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 500);
  // "take part" is not "take place": fold the two idioms before stemming.
  const raw = words(text.replace(/\b(?:take|took|taking|takes|taken)\s+part\b/gi, 'participated').replace(/\b(?:take|took|taking|takes|taken)\s+place\b/gi, 'held'));
  const tokens = raw.map((w) => correctWord(w, vocab));
  const q = tokens.join(' ');

  let kind: QuestionKind = 'unknown';
  let target: Target = 'thing';
  if (/\b(?:what|which) (?:year|date|day|month)\b|^when\b|\bwhen\b/.test(q)) [kind, target] = ['when', 'date'];
  else if (/\bhow (?:many|much)\b|\bwhat (?:number|amount)\b/.test(q)) [kind, target] = ['how-many', 'number'];
  else if (/^where\b|\bwhere\b|\b(?:which|what) (?:city|cities|country|countries|place|places|venue|town|location)\b|\bin which (?:city|country)\b/.test(q)) {
    [kind, target] = [/^where\b|\bwhere\b/.test(q) ? 'where' : 'which', 'place'];
  } else if (/^(?:who|whom|whose)\b|\bwho\b/.test(q)) [kind, target] = ['who', 'person'];
  else if (/^(?:which|what)\b|\bwhich\b/.test(q)) {
    kind = /\bwhich\b/.test(q) ? 'which' : 'what';
    target = /\b(?:which|what) (?:\w+ )?(?:minister|ministers|person|people|official|officials|secretary|director|head|chair|chairman|deputy|ambassador|leader|leaders)\b/.test(q) ? 'person' : 'thing';
  } else if (/^(?:is|are|was|were|did|does|do|has|have|had|can|will)\b/.test(q)) [kind, target] = ['yes-no', 'yesno'];

  // "Name the countries ..." asks for a list; "Name the Director-General of X" for one person.
  const list = /^(?:list|name all)\b|^name the (?:\w+ ){0,2}\w*(?:ies|s)\b|\b(?:which|what) (?!(?:his|this|its|is|was|has|does|us)\b)\w*(?:ies|s)\b(?! (?:is|was)\b)|\ball (?:the )?\w+s\b/.test(q) && !/\b(?:which|what) (?:is|was|does|did)\b/.test(q);

  let anchors = findAnchors(q, text);
  const persons = findPersons(tokens, knowledge);
  const year = /\b(1[89]\d\d|20\d\d)\b/.exec(q)?.[1];
  const rel = /\b(before|previous|preceding|prior to|after|next|following|succeeded)\s+(?:the\s+)?([\p{L}-]+)?/u.exec(q);
  let pivot: QuestionAnalysis['pivot'];
  if (rel) {
    const relation = /^(?:before|previous|preceding|prior)/.test(rel[1]!) ? 'before' : 'after';
    const name = anchors.find((x) => fold(x) === rel[2]);
    pivot = { relation, name };
    if (name) anchors = anchors.filter((x) => x !== name);
  }
  const anchorWords = new Set<string>();
  for (const alias of ALIASES) if (anchors.includes(alias.canonical) || alias.canonical === pivot?.name) for (const w of alias.key.split(/[^\p{L}\p{N}]+/u)) if (q.includes(alias.key)) anchorWords.add(w);
  for (const p of persons) for (const w of fold(p).split(/\s+/)) anchorWords.add(w);
  const terms: string[] = [];
  // "Since when ...?" asks when something began: a founding.
  if (/\bsince when\b/.test(q)) terms.push('establish');
  for (const t of tokens) {
    if (STOP_WORDS.has(t) || FRAME_WORDS.has(t) || CHAT_FILLERS.has(t) || anchorWords.has(t)) continue;
    // "after Osh": the pivot's name is no concept; "the next nomad games": the word after is one.
    if (pivot && rel && (t === fold(rel[1]!) || (pivot.name !== undefined && t === rel[2]))) continue;
    // "village-related", "culture-themed": a compound the articles never write is read as its parts,
    // leaving out the combining forms that only say how the parts relate.
    if (t.includes('-') && !vocab.known.has(t) && !vocab.df.has(stem(t))) {
      for (const part of t.split('-')) if (part.length > 1 && !STOP_WORDS.has(part) && !COMBINING_FORMS.has(part)) terms.push(termOf(part));
      continue;
    }
    terms.push(termOf(t));
  }
  return {
    text,
    kind,
    target,
    list,
    tokens,
    terms: [...new Set(terms)],
    anchors,
    persons,
    anchorWords,
    pivot,
    year: year ? Number(year) : undefined,
    wantsCurrent: /\b(?:current|currently|now|new|newest|latest|present|today)\b/.test(q),
    roleWords: roleWordsOf(tokens),
    unitTerm: (() => {
      const u = /\bhow many (\p{L}+)/u.exec(q)?.[1];
      return u && !STOP_WORDS.has(u) ? termOf(u) : undefined;
    })(),
    capitalizedTerms: [...new Set([...text.replace(/^\W*\S+/, '').matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]*/gu)].map((m) => termOf(words(m[0])[0] ?? '')).filter((t) => terms.includes(t)))],
    asksParticipants: /\b(?:which|what) (?:countries|states|nations|delegations)\b/.test(q) && /\b(?:participat\w*|attend\w*|represent\w*|join\w*|present)\b/.test(q),
    // "Who is Gulbara Abdykalikova?" about a name the articles give no role for is still only about
    // that name: it must not be answered with the next person in the same sentence.
    definitional: /^(?:what|who) (?:is|are|was|were)\b/.test(q) && (terms.length === 0 || (/^(?:[Ww]ho|[Ww]hat) (?:is|was) (?:\p{Lu}[\p{L}'’-]+ ?){2,4}\??$/u.test(text) && !tokens.some((t) => ROLE_WORDS.has(t)) && anchors.length === 0)),
    asksRoleHolder: new RegExp(`^(?:who(?:'s| is| was| are| were| will be| heads| leads| chairs| runs)|(?:which|what) (?:\\S+ ){0,3}(?:${[...ROLE_WORDS].join('|')}))\\b`).test(q),
  };
}

/** Each alias with its patterns, compiled once: compiling them per question was most of a short answer's time. */
const ALIASES = gazetteerAliases()
  .filter((a) => a.key.length >= 3)
  .map((a) => ({
    ...a,
    inFolded: new RegExp(`(?<![\\p{L}\\p{N}])${a.key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u'),
    asWritten: a.key.length <= 3 ? new RegExp(`\\b${a.key}\\b`, 'i') : null,
  }));

/** Second parts of compounds that say how the first part relates, not what the question is about. */
export const COMBINING_FORMS = new Set(['related', 'based', 'oriented', 'themed', 'focused', 'linked', 'led', 'run', 'owned', 'style', 'like', 'wide', 'long', 'level', 'scale', 'type']);

/** Gazetteer names in the (folded, corrected) question. Short all-capital aliases must be written so. */
function findAnchors(folded: string, original: string): string[] {
  const out = new Set<string>();
  for (const a of ALIASES) {
    if (!folded.includes(a.key) || !a.inFolded.test(folded)) continue;
    if (a.asWritten && !a.asWritten.test(original)) continue;
    out.add(a.canonical);
  }
  return [...out].sort();
}

/** Folded surnames (four letters or more) of every person entity and alias -> entity positions, per Knowledge. */
const surnameIndexes = new WeakMap<Knowledge, Map<string, number[]>>();

function surnameIndexOf(knowledge: Knowledge): Map<string, number[]> {
  const hit = surnameIndexes.get(knowledge);
  if (hit) return hit;
  const index = new Map<string, number[]>();
  knowledge.entities.forEach((e, i) => {
    if (e.type !== 'person') return;
    for (const n of [e.name, ...e.aliases]) {
      const parts = fold(n).split(/\s+/);
      const surname = parts[parts.length - 1]!;
      if (surname.length < 4) continue;
      const list = index.get(surname);
      if (!list) index.set(surname, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  surnameIndexes.set(knowledge, index);
  return index;
}

/**
 * People whose surname (of any spelling) is a word of the question, in entity order. When the word
 * before the surname is one of those people's first name, only they are meant: "Nurzhan Yerlankyzy"
 * is not every Yerlankyzy the articles name.
 */
function findPersons(tokens: string[], knowledge: Knowledge): string[] {
  const index = surnameIndexOf(knowledge);
  const found = new Set<number>();
  tokens.forEach((t, j) => {
    const hits = index.get(t);
    if (!hits) return;
    const first = tokens[j - 1];
    // "Sultanbai Raev" is Sultan Raev written another way; "Heydar Aliyev" is not Ilham Aliyev.
    const named = first ? hits.filter((i) => {
      const e = knowledge.entities[i]!;
      return [e.name, ...e.aliases].some((n) => sameFirstName(fold(n).split(/\s+/)[0]!, first));
    }) : [];
    if (named.length) for (const i of named) found.add(i);
    else if (!first || !/^\p{L}{3,}$/u.test(first) || STOP_WORDS.has(first) || ROLE_WORDS.has(first) || TITLE_WORDS.has(first) || isGazetteerWord(first)) for (const i of hits) found.add(i);
  });
  return [...found].sort((x, y) => x - y).map((i) => knowledge.entities[i]!.name);
}

/** Words before a surname that say who, not which first name ("Mr Raev", "President Aliyev"). */
const TITLE_WORDS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'professor', 'madam', 'sir', 'academician', 'ambassador', 'akim', 'governor', 'rector', 'speaker']);

/** One first name in two spellings: the same, or sharing their first four letters ("sultanbai", "sultan"). */
function sameFirstName(a: string, b: string): boolean {
  if (a === b) return true;
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n >= 4;
}

let gazetteerWords: Set<string> | null = null;

/** A word of a country, city or organization name, or a demonym ("kazakh aliyev"). */
function isGazetteerWord(w: string): boolean {
  gazetteerWords ??= new Set(gazetteerAliases().flatMap((e) => e.key.split(/\s+/)));
  return gazetteerWords.has(w);
}
