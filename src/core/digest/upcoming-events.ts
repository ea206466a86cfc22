/**
 * Events still ahead, for /events and the digest's "Coming up" section: the dated event facts after
 * today, plus sentences that announce an event in the future tense with a full date after both
 * today and their article's date. The fact rules read what took place; "The next meeting of the
 * Permanent Council will be held in Bishkek on 15 December 2026." yields no event fact, yet `ask`
 * finds the sentence, so /events and digests must find it too. Pure: `now` comes in.
 */
import { findDates } from '../facts/dates.ts';
import type { Knowledge } from '../knowledge.ts';
import { eventFacts } from '../knowledge.ts';
import { fold } from '../text.ts';
import type { Fact, Sentence } from '../types.ts';

export interface UpcomingEvent {
  /** `fact:<id>` or `sentence:<id>`: stable across builds of the same seeds. */
  key: string;
  date: string;
  name: string;
  place: string | null;
  sentence: string;
  articleId: string;
  /** The fact, when the event comes from the fact table. */
  fact?: Fact;
}

/**
 * Future-tense announcements, one rule each. The verb phrase ends the event's name: everything before
 * it, less a leading "The", is the name ("The next meeting of the Permanent Council").
 */
const FORWARD_RULES: { id: string; match: RegExp }[] = [
  { id: 'will-be-held', match: /\b(?:will|shall) (?:be (?:held|organized|organised|hosted|staged|opened)|take place|open|kick off|start|begin)\b/i },
  { id: 'is-scheduled', match: /\b(?:is|are) (?:scheduled|planned|set|due|expected|to be held)\b/i },
];

const PLACE_AFTER_VERB = /\bin ((?:[\p{Lu}][\p{L}'’-]+)(?:\s+[\p{Lu}][\p{L}'’-]+)*)/u;

const toDay = (now: Date): string => now.toISOString().slice(0, 10);

/** The event a forward-looking sentence announces, or null. */
export function readForwardSentence(sentence: string, articleDate: string | null, today: string): Omit<UpcomingEvent, 'key' | 'articleId'> | null {
  const rule = FORWARD_RULES.map((r) => ({ r, m: r.match.exec(sentence) })).find((x) => x.m);
  if (!rule?.m) return null;
  const after = sentence.slice(rule.m.index);
  const date = findDates(after, articleDate).find((d) => d.date)?.date;
  if (!date || date <= today || (articleDate && date <= articleDate)) return null;
  const name = sentence
    .slice(0, rule.m.index)
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/[\s,;:]+$/, '')
    .trim();
  if (name.length < 3 || name.split(/\s+/).length > 16) return null;
  const place = PLACE_AFTER_VERB.exec(after)?.[1] ?? null;
  return { date, name: name[0]!.toUpperCase() + name.slice(1), place, sentence };
}

function fromFact(fact: Fact): UpcomingEvent | null {
  const date = fact.qualifiers.date;
  const source = fact.sources[0];
  if (!date || !source) return null;
  const place = [fact.qualifiers.venue, fact.qualifiers.place].filter((p): p is string => Boolean(p)).join(', ') || null;
  return { key: `fact:${fact.id}`, date, name: fact.subject, place, sentence: source.sentence, articleId: source.articleId, fact };
}

/** Same event from a fact and from a sentence, or from two articles: listed once. */
const sameEvent = (e: Pick<UpcomingEvent, 'name' | 'date'>): string => `${fold(e.name)}|${e.date}`;

/**
 * Per knowledge and day: the sentence scan reads every sentence (a regex each), and a digest run asks
 * once per chat. A swapped-in index is a new Knowledge object, so it is never served stale.
 */
const cache = new WeakMap<Knowledge, { today: string; events: UpcomingEvent[] }>();

/** Events after `now`, soonest first; facts first when a fact and a sentence tell the same event. */
export function upcomingEvents(knowledge: Knowledge, now: Date): UpcomingEvent[] {
  const today = toDay(now);
  const hit = cache.get(knowledge);
  if (hit?.today === today) return hit.events;
  const events = scanUpcoming(knowledge, today);
  cache.set(knowledge, { today, events });
  return events;
}

function scanUpcoming(knowledge: Knowledge, today: string): UpcomingEvent[] {
  const out: UpcomingEvent[] = [];
  const sentencesWithFacts = new Set<string>();
  for (const fact of eventFacts(knowledge)) {
    for (const s of fact.sources) if (s.sentenceId) sentencesWithFacts.add(s.sentenceId);
    const event = fromFact(fact);
    if (event && event.date > today) out.push(event);
  }
  for (const s of knowledge.sentences.values() as Iterable<Sentence>) {
    if (sentencesWithFacts.has(s.id)) continue;
    const article = knowledge.articles.get(s.articleId);
    const read = readForwardSentence(s.text, article?.date ?? null, today);
    if (read) out.push({ key: `sentence:${s.id}`, articleId: s.articleId, ...read });
  }
  const seen = new Set<string>();
  return out
    .sort((a, b) => a.date.localeCompare(b.date) || (a.fact ? 0 : 1) - (b.fact ? 0 : 1) || a.key.localeCompare(b.key))
    .filter((e) => {
      const k = sameEvent(e);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
}

/** How many days ahead a digest reminds a chat of an event (once). */
export const REMIND_DAYS_AHEAD = 3;

/** The id recorded (with the chat's announced articles) once a chat has been reminded of an event. */
export const reminderId = (event: Pick<UpcomingEvent, 'key' | 'date'>): string => `remind:${event.date}:${event.key}`;

/** Upcoming events due a reminder: within `days` of `now` and not yet reminded. */
export function dueReminders(events: readonly UpcomingEvent[], now: Date, reminded: ReadonlySet<string>, days = REMIND_DAYS_AHEAD): UpcomingEvent[] {
  const today = toDay(now);
  const until = toDay(new Date(now.getTime() + days * 86_400_000));
  return events.filter((e) => e.date > today && e.date <= until && !reminded.has(reminderId(e)));
}
