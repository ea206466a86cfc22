/**
 * "Who chaired the workshop?", "Who was elected Secretary General?": the person asked for is the
 * doer (or the one done to) of the verb the question uses. In a news sentence that person stands
 * right before the verb ("X was elected ...", "X, the rector, chaired ...") or after "by" following
 * it ("... was chaired by Prof. Dr. X"). Pure text patterns over one sentence, with the offsets of
 * the question's words in it (Retrieved.tokens).
 */
import type { Mention } from '../facts/mentions.ts';
import { fold } from '../text.ts';

export interface WeightedToken {
  start: number;
  end: number;
  weight: number;
  key: string;
}

/** A word written as a verb: a past form ("chaired", "elected", "written") or a common irregular one. */
const VERB_FORM = /^(?:\p{L}+(?:ed|en)|won|wrote|led|gave|made|held|took|met|sent|chose|became|began|brought|read|sang|spoke|told|found|drew|ran)$/u;

/** A verb placing an event, then "in" or "at", right before the place. */
const HELD_IN = /\b(?:held|hosted|took place|taking place|takes place|staged|convened)\s+(?:(?:on|from)\s+[^;.]{1,30}?\s+)?(?:in|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]+['’]s\s+)?(?:(?:city|town|village|capital|region|province) of\s+)?$/u;

/** Between the person and the verb: an aside, an auxiliary, an adverb ("X, the rector, was also elected"). */
const BEFORE_VERB = /^\s*(?:,[^,;]{0,80},\s*)?(?:who\s+)?(?:(?:was|were|is|are|has|have|had|been|being|also|then|later|unanimously|officially|formally)\s+)*$/iu;

/** Between the verb and the person: "by", then titles, honorifics and a role ("by the Deputy Secretary General, Dr."). */
// An acronym in brackets may stand in the role ("chaired by Turkish Language Association (TDK) head X").
const AFTER_VERB_BY = /^\s+(?:\p{Ll}+\s+){0,2}by\s+(?:the\s+)?(?:[^;()]|\([\p{Lu}\p{N}-]{2,12}\)){0,90}?$/u;

/**
 * 1 when the person (or organization) mention stands as the doer of the question's verb (`verb`, its
 * concept, as the tokens' keys are) in this sentence: just before it, after "by" following it with
 * only a role, a comma and honorifics between, or after "of" following the verb's noun ("with the
 * support of X"). Only for "who <verb>": in "the governor that the delegation met" the
 * one asked for is not the doer.
 */
export function verbRelation(text: string, person: Mention, tokens: WeightedToken[], mentions: Mention[], verb: string | undefined): number {
  if (!verb) return 0;
  for (const t of tokens) {
    if (t.key !== verb) continue;
    // The verb as a noun: "with the support of the Culture Ministry", "at the initiative of X".
    if (t.end <= person.start && /^\s+of\s+(?:the\s+)?$/i.test(text.slice(t.end, person.start))) return 1;
    if (!VERB_FORM.test(text.slice(t.start, t.end).toLowerCase())) continue;
    if (person.end <= t.start && BEFORE_VERB.test(text.slice(person.end, t.start))) return 1;
    if (t.end <= person.start) {
      const between = text.slice(t.end, person.start);
      // Only a role, titles and honorifics may stand between "by" and the name: no other person.
      if (AFTER_VERB_BY.test(between) && !mentions.some((m) => m.kind === 'person' && m.start >= t.end && m.end <= person.start)) return 1;
    }
  }
  return 0;
}

/** Words that announce the object rather than name it: "covered topics such as X", "discussed issues of X". */
const OBJECT_LEAD = /^(?:(?:the\s+)?(?:topics|issues|questions|matters|prospects|ways|possibilities)\s+(?:such\s+as|of|for|including)\s+|such\s+as\s+|the\s+issues?\s+of\s+)/i;
/** Where an object ends: a clause word or the sentence's end. */
const OBJECT_END = /[.;:!?()]|,?\s(?:which|that|while|where|when|because|but|after|before|during)\s/i;
const NEXT_CLAUSE = /,?\s(?:and|as well as)\s+(?:also\s+)?(?:\p{Ll}+ed|won|wrote|led|gave|made|held|took|met|sent|chose|became|began|brought|spoke|told|found|drew|ran|signed|noted|said)\s/u;
const firstOf = (...ms: (RegExpExecArray | null)[]): RegExpExecArray | null => ms.filter((m): m is RegExpExecArray => m !== null).sort((a, b) => a.index - b.index)[0] ?? null;

/**
 * "What did the film leaders discuss?": the object written right after the question's verb in a
 * sentence ("The meeting covered topics such as joint film production, ..., and a shared film fund"),
 * its lead words dropped. At most 30 words; none when the verb ends its clause.
 */
export function objectsOfVerb(text: string, tokens: WeightedToken[], verbs: Set<string>): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  for (const t of tokens) {
    if (!verbs.has(t.key)) continue;
    const word = text.slice(t.start, t.end).toLowerCase();
    let from = t.end;
    const rest = text.slice(from);
    // "The event aims to strengthen ties ...": a present verb with its infinitive object.
    const infinitive = /s$/.test(word) && /^\s+to\s+\p{Ll}/u.test(rest);
    if (!VERB_FORM.test(word) && !infinitive) continue;
    const lead = (infinitive ? /^\s+to\s+/ : /^\s+/).exec(rest)?.[0].length ?? 0;
    from += lead;
    const announced = OBJECT_LEAD.exec(text.slice(from));
    if (announced) from += announced[0].length;
    const tail = text.slice(from);
    // "approved the Activity Report ... and took note of ...": another verb after "and" starts another clause.
    const stop = firstOf(OBJECT_END.exec(tail), NEXT_CLAUSE.exec(tail));
    const span = tail.slice(0, stop ? stop.index : tail.length).trim();
    // "discussed by ...", "discussed were ...": no object follows.
    if (!span || span.split(/\s+/).length > 30 || /^(?:by|to|in|at|on|with|for|from|was|were|is|are|has|have|had|will|would|and|or)\b/i.test(span)) continue;
    out.push({ text: span, start: from, end: from + span.length });
  }
  return out;
}

/**
 * 1 when the person stands as the one a named thing the question writes went to: "presenting the
 * “Supreme Order of the Turkic World” to the Prime Minister Viktor Orban and “Alisher Navoi
 * International Prize” to Nobel laureate Prof. Aziz Sancar": the prize asked for is written right
 * before the "to" that leads to the person, with only titles and roles between "to" and the name.
 * `askedNames` are the question's capitalized names, folded.
 */
export function recipientRelation(text: string, person: Mention, mentions: Mention[], askedNames: string[]): number {
  if (askedNames.length === 0) return 0;
  const to = text.lastIndexOf(' to ', person.start);
  if (to < 0) return 0;
  const between = text.slice(to + 4, person.start);
  if (between.split(/\s+/).length > RECIPIENT_TITLE_WORDS || /[;:]/.test(between) || mentions.some((m) => m.kind === 'person' && m !== person && m.start >= to && m.end <= person.start)) return 0;
  const given = fold(text.slice(Math.max(0, to - 120), to)).replace(/["“”«»‘’']/g, '').trim();
  return askedNames.some((n) => given.endsWith(n)) ? 1 : 0;
}

/** Words a recipient's titles may take between "to" and the name ("the Prime Minister", "Nobel laureate Prof."). */
const RECIPIENT_TITLE_WORDS = 8;

/**
 * 1 when the mention is the object of the question's verb: "who did Kazakhstan beat?" answered by
 * "... became champions after defeating the team from Kyrgyzstan": a verb form of a question
 * concept, then up to four words, then the mention, with no punctuation between.
 */
export function objectRelation(text: string, m: Mention, tokens: WeightedToken[], concepts: Set<string>): number {
  return verbBefore(text, m.start, tokens, concepts, (word) => VERB_FORM.test(word) || /\p{L}{3,}ing$/u.test(word), /^\s+(?:[\p{L}-]+\s+){0,4}$/u) ? 1 : 0;
}

/**
 * Whether a verb form of a question concept stands before `at` with only `gap` between: the shape
 * shared by the object, date and place of the question's verb. `isVerb` reads the word (lower case)
 * and the text before it.
 */
function verbBefore(text: string, at: number, tokens: WeightedToken[], concepts: Set<string>, isVerb: (word: string, before: string) => boolean, gap: RegExp): boolean {
  for (const t of tokens) {
    if (t.end > at || !concepts.has(t.key)) continue;
    if (!isVerb(text.slice(t.start, t.end).toLowerCase(), text.slice(Math.max(0, t.start - 8), t.start))) continue;
    if (gap.test(text.slice(t.end, at))) return true;
  }
  return false;
}

/**
 * 1 when the date is when the question's verb happened: "will be launched in April and continue until
 * mid-November" dates the launch to April (a verb form of a question concept, then "in", "on",
 * "since" or "from" and the date).
 */
export function dateOfVerb(text: string, date: Mention, tokens: WeightedToken[], concepts: Set<string>): number {
  return verbBefore(text, date.start, tokens, concepts, (word) => VERB_FORM.test(word), /^\s+(?:(?:in|at)\s+[\p{Lu}][^;.,]{0,30}?\s+)?(?:in|on|since|from|as of)\s+(?:early\s+|late\s+|mid-)?$/u) ? 1 : 0;
}

/**
 * 1 when the place is where the question's verb happened: "the agreement ... was signed on August 23,
 * 2012 in Bishkek" for "where was the agreement signed?" (a verb form of a question concept, then
 * perhaps a date, then "in/at" and the place), not a place naming something ("the Nakhichevan
 * Agreement").
 */
export function placeOfVerb(text: string, place: Mention, tokens: WeightedToken[], concepts: Set<string>): number {
  // "in Azerbaijan's city of Shusha": the city is the place, the country only says whose it is.
  if (/^['’]s\s+(?:city|town|village|capital|region|province)\s+of\b/.test(text.slice(place.end, place.end + 30))) return 0;
  // "was signed in", and "will hold its first meeting in": a base form after a modal is a verb too.
  const verbOrModalBase = (word: string, before: string) => VERB_FORM.test(word) || /\b(?:will|to|shall|would|can|may|must)\s+$/i.test(before);
  if (verbBefore(text, place.start, tokens, concepts, verbOrModalBase, PLACE_AFTER_VERB)) return 1;
  // "The opening ceremony of the festival has been held in Baku": the place any event in the sentence
  // was held, hosted or took place in is likely where the one asked about happened, whatever verb the
  // question uses; but the sentence may tell of another event ("decisions made at the workshop held in Bursa").
  return HELD_IN.test(text.slice(Math.max(0, place.start - 80), place.start)) ? HELD_IN_RELATION : 0;
}
const HELD_IN_RELATION = 0.5;
/** Between the question's verb and its place: perhaps a short object, perhaps a date, then "in" or "at". */
const PLACE_AFTER_VERB = /^\s+(?:(?:its|their|the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?)?(?:(?:on|from)\s+[^;.]{1,30}?\s+)?(?:in|at)\s+(?:the\s+)?(?:(?:city|town|village|capital) of\s+)?$/u;
