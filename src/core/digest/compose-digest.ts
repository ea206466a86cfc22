import type { Knowledge } from '../knowledge.ts';
import { eventFacts } from '../knowledge.ts';
import { fold, stableHash } from '../text.ts';
import type { Fact, FactSource } from '../types.ts';
import { eventProfile, filterableFact, filterableUpcoming, NO_FILTER, passesFilter, type DigestFilter } from './digest-filter.ts';
import { dueReminders, REMIND_DAYS_AHEAD, reminderId, upcomingEvents, type UpcomingEvent } from './upcoming-events.ts';

/** Daily chats hear of an event 3 days ahead; weekly ones in the digest of the week before it. */
export const remindDaysFor = (cadence: 'daily' | 'weekly'): number => (cadence === 'weekly' ? 7 : REMIND_DAYS_AHEAD);

/** One event line of a digest, everything the renderer needs (plain text; the renderer escapes). */
export interface DigestEvent {
  factId: string;
  /** ISO date of the event, or of the article when the event has none; null when neither is known. */
  date: string | null;
  name: string;
  place: string | null;
  /** The source sentence, shortened to one line. */
  summary: string;
  articleId: string;
  articleTitle: string | null;
  publisher: string | null;
  url: string | null;
}

export interface Digest {
  chatId: number;
  /** The forum topic it goes to; 0 for the chat's main thread. */
  threadId: number;
  /**
   * Hash of the chat (and thread) and the sorted ids it records: the same digest gets the same id on a
   * retry.
   */
  digestId: string;
  /** The articles this digest announces (new to the chat), sorted. */
  articleIds: string[];
  /**
   * Every event read from the new articles, newest first, undated last. Never capped: the articles
   * are marked announced once this digest is sent, so an event left out here would never be shown.
   * A long digest is sent as several messages instead (see renderDigest).
   */
  events: DigestEvent[];
  /**
   * Events after `now` announced in any article (event facts, and sentences such as "... will be
   * held in Bishkek on 15 December 2026") and not already in `events` or `reminders`, soonest first.
   */
  upcoming: DigestEvent[];
  /** Upcoming events a few days away that this chat has not been reminded of yet, soonest first. */
  reminders: DigestEvent[];
  /** Ids recorded with the announced articles once sent, so each reminder goes out once. */
  reminderIds: string[];
  /**
   * Reminders due now that the subscription's filter kept out, recorded with the articles as well: a
   * filter widened later does not bring them back. (New events it kept out need no ids of their own:
   * their articles are in articleIds.)
   */
  skippedReminderIds: string[];
  /** How many events the filter kept out (new events and due reminders), for the log. */
  filteredOut: number;
  /** ISO date (UTC) of `now`. */
  today: string;
}

export interface ComposeOptions {
  maxUpcoming: number;
  /**
   * How far ahead an event gets its reminder: at least the time to the chat's next digest, or a
   * weekly chat would miss an event that falls between two Mondays (see remindDaysFor).
   */
  remindDaysAhead: number;
  summaryChars: number;
}

export const DEFAULT_COMPOSE_OPTIONS: ComposeOptions = { maxUpcoming: 5, remindDaysAhead: REMIND_DAYS_AHEAD, summaryChars: 220 };

/** The main thread's ids are those of the chats before forum topics (no thread in the hash). */
export function digestIdFor(chatId: number, articleIds: readonly string[], threadId = 0): string {
  return stableHash(`${threadId ? `${chatId}:${threadId}` : chatId}\n${[...articleIds].sort().join('\n')}`);
}

/** Articles in the knowledge that the chat has not been told about, sorted by id. */
export function newArticleIds(knowledge: Knowledge, announced: ReadonlySet<string>): string[] {
  return [...knowledge.articles.keys()].filter((id) => !announced.has(id)).sort();
}

/** A sentence cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function shortenSentence(sentence: string, max: number): string {
  const oneLine = sentence.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= max) return oneLine;
  const cut = oneLine.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

function toDigestEvent(knowledge: Knowledge, fact: Fact, source: FactSource, summaryChars: number): DigestEvent {
  const article = knowledge.articles.get(source.articleId);
  return {
    factId: fact.id,
    date: fact.qualifiers.date ?? source.date ?? article?.date ?? null,
    // Event facts name the event in their subject ("Turkic World Youth Meeting").
    name: fact.subject,
    place: [fact.qualifiers.venue, fact.qualifiers.place].filter((p): p is string => Boolean(p)).join(', ') || null,
    summary: shortenSentence(source.sentence, summaryChars),
    articleId: source.articleId,
    articleTitle: article?.title ?? null,
    publisher: article?.publisher ?? null,
    url: article?.url ?? null,
  };
}

function upcomingToDigestEvent(knowledge: Knowledge, e: UpcomingEvent, summaryChars: number): DigestEvent {
  if (e.fact) {
    const source = e.fact.sources.find((s) => s.articleId === e.articleId) ?? e.fact.sources[0]!;
    return toDigestEvent(knowledge, e.fact, source, summaryChars);
  }
  const article = knowledge.articles.get(e.articleId);
  return {
    factId: e.key,
    date: e.date,
    name: e.name,
    place: e.place,
    summary: shortenSentence(e.sentence, summaryChars),
    articleId: e.articleId,
    articleTitle: article?.title ?? null,
    publisher: article?.publisher ?? null,
    url: article?.url ?? null,
  };
}

const newestFirst = (a: DigestEvent, b: DigestEvent): number =>
  (b.date ?? '').localeCompare(a.date ?? '') || a.articleId.localeCompare(b.articleId) || a.factId.localeCompare(b.factId);

/** The same event stated by several facts or articles is listed once. */
const eventKey = (e: DigestEvent): string => `${fold(e.name)}|${e.date ?? ''}`;

function dedupe(events: DigestEvent[]): DigestEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const key = eventKey(e);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface ComposeInput {
  knowledge: Knowledge;
  chatId: number;
  /** 0 (the default) for the chat's main thread. */
  threadId?: number;
  announced: ReadonlySet<string>;
  now: Date;
  options?: Partial<ComposeOptions>;
  /** The subscription's filter (see digest-filter.ts); left out, every event passes. */
  filter?: DigestFilter;
}

/** What one digest run does for a chat: a digest to send, or ids to record as known without a message. */
export interface DigestPlan {
  digest: Digest | null;
  /**
   * When there is no digest: the new articles and the due reminders the filter kept out, to record as
   * known silently, so they neither wait for ever nor come back when a filter is widened.
   */
  quietIds: string[];
  /** How many events the filter kept out (new events and due reminders). */
  filteredOut: number;
}

/**
 * The next digest for a chat: events from the articles it has not been told about, plus upcoming
 * events, each kept only when it passes the subscription's filter. Null when no new article holds an
 * event that passes, and no reminder passes (the caller still marks those articles announced, so they
 * do not wait for ever). Pure: `now` comes in, nothing is read or written.
 */
export function composeDigest(input: ComposeInput): Digest | null {
  return planDigest(input).digest;
}

export function planDigest(input: ComposeInput): DigestPlan {
  const opts = { ...DEFAULT_COMPOSE_OPTIONS, ...input.options };
  const { knowledge, announced } = input;
  const filter = input.filter ?? NO_FILTER;
  const threadId = input.threadId ?? 0;
  const articleIds = newArticleIds(knowledge, announced);
  const isNew = new Set(articleIds);
  const today = input.now.toISOString().slice(0, 10);

  const fresh: DigestEvent[] = [];
  let filteredOut = 0;
  for (const fact of eventFacts(knowledge)) {
    // Sources are newest first: the newest new article is the one to cite.
    const newSource = fact.sources.find((s) => isNew.has(s.articleId));
    if (!newSource) continue;
    if (passesFilter(filter, eventProfile(knowledge, filterableFact(fact, newSource)))) fresh.push(toDigestEvent(knowledge, fact, newSource, opts.summaryChars));
    else filteredOut++;
  }
  const allAhead = upcomingEvents(knowledge, input.now);
  const ahead = filter.clauses.length === 0 ? allAhead : allAhead.filter((e) => passesFilter(filter, eventProfile(knowledge, filterableUpcoming(e))));
  const passing = new Set(ahead);
  const dueNow = dueReminders(allAhead, input.now, announced, opts.remindDaysAhead);
  const remind = dueNow.filter((e) => passing.has(e));
  const skippedReminderIds = dueNow.filter((e) => !passing.has(e)).map(reminderId).sort();
  filteredOut += skippedReminderIds.length;
  // An announcement in a new article is news too, though it is listed under "Coming up".
  const announcedAhead = ahead.some((e) => isNew.has(e.articleId));
  // Nothing new and nothing to remind of: no digest (new articles are still marked known).
  if (fresh.length === 0 && remind.length === 0 && !announcedAhead) return { digest: null, quietIds: [...articleIds, ...skippedReminderIds], filteredOut };

  const events = dedupe(fresh.sort(newestFirst));
  const reminders = remind.map((e) => upcomingToDigestEvent(knowledge, e, opts.summaryChars));
  const listed = new Set([...events, ...reminders].map(eventKey));
  const upcoming = dedupe(ahead.map((e) => upcomingToDigestEvent(knowledge, e, opts.summaryChars)).filter((e) => !listed.has(eventKey(e))));
  const reminderIds = remind.map(reminderId).sort();
  const digest: Digest = {
    chatId: input.chatId,
    threadId,
    digestId: digestIdFor(input.chatId, [...articleIds, ...reminderIds, ...skippedReminderIds], threadId),
    articleIds,
    events,
    upcoming: upcoming.slice(0, opts.maxUpcoming),
    reminders,
    reminderIds,
    skippedReminderIds,
    filteredOut,
    today,
  };
  return { digest, quietIds: [], filteredOut };
}

/**
 * What a new subscriber counts as already known: every article except those dated within the last
 * `recentDays` before `now`. Without it, the first digest would list the whole archive.
 */
export function baselineArticleIds(knowledge: Knowledge, now: Date, recentDays = 14): string[] {
  const from = new Date(now.getTime() - recentDays * 86_400_000).toISOString().slice(0, 10);
  return [...knowledge.articles.values()].filter((a) => !a.date || a.date < from).map((a) => a.id).sort();
}
