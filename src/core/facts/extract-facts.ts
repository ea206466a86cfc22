import type { Article, Entity, Fact, FactKind, FactQualifiers, FactSource, Sentence } from '../types.ts';
import { fold, stableHash } from '../text.ts';
import { extractRoles, type RoleMention } from './role-rules.ts';
import { findCapitals, findEvents, findPlace, eventKey, type EventMention } from './event-rules.ts';
import { findDecisions, findFigures, findFoundings, findPartnerships, findPerformances, findPrizes, findProposals, findPurposes, findSpeech, findTopics } from './claim-rules.ts';
import { findDates, isSameDayReport } from './dates.ts';
import { canonicalName, endingPersonName, findGazetteerNames, isOrganizationPhrase, samePerson, wholePersonName } from './entities.ts';
import { EVENT_NOUNS, HONORIFICS, POINTS_BACK_TO_EVENT, SPEECH_AUDIENCE, SPEECH_VERBS } from './lexicon.ts';

export interface FactTable {
  facts: Fact[];
  entities: Entity[];
}

/**
 * Person names as written, folded to one canonical spelling per person across the corpus.
 * Lookups go through indexes, not scans of everyone: a scan per mention made the build quadratic
 * (about 8 minutes of samePerson at 10,000 articles). Results are the same as the scans': candidates are
 * tried in registry order and checked with the same predicates.
 */
class PersonRegistry {
  private readonly people: { canonical: string; variants: Map<string, number> }[] = [];
  /** Written variant -> the first person holding it. */
  private readonly byVariant = new Map<string, number>();
  /**
   * Deletion neighbourhoods of canonical surnames -> people. samePerson allows two edits in a surname,
   * but natural's DamerauLevenshteinDistance is asymmetric and can say 2 where the true distance is 3
   * ("saidovov" -> "saidovjonov" is 2, the other way 3), so keys go one letter further: three.
   */
  private bySurname = new ShardedMap<number[]>();
  private fullNames: { byKey: Map<string, FullNameEntry[]>; short: FullNameEntry[] } | null = null;

  add(name: string): void {
    const i = this.firstCandidate(name, (x) => x.canonical.split(' ').length > 1 && samePerson(x.canonical, name) && fullNamesAgree(x.canonical, name));
    const p = i === undefined ? undefined : this.people[i];
    if (p) p.variants.set(name, (p.variants.get(name) ?? 0) + 1);
    else {
      this.people.push({ canonical: name, variants: new Map([[name, 1]]) });
      this.indexSurname(this.people.length - 1);
    }
    if (!this.byVariant.has(name)) this.byVariant.set(name, i ?? this.people.length - 1);
    this.fullNames = null;
  }

  /** Settles each canonical spelling: the most frequent variant, ties to the alphabetically first. */
  settle(): void {
    for (const p of this.people) {
      p.canonical = [...p.variants].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    }
    this.bySurname = new ShardedMap();
    for (let i = 0; i < this.people.length; i++) this.indexSurname(i);
    this.fullNames = null;
  }

  resolve(name: string): string | null {
    const n = name.trim();
    if (!n) return null;
    const exact = this.byVariant.get(n);
    if (exact !== undefined) return this.people[exact]!.canonical;
    const i = this.firstCandidate(n, (p) => samePerson(p.canonical, n) && fullNamesAgree(p.canonical, n));
    return i === undefined ? null : this.people[i]!.canonical;
  }

  /** The first known full name written in a text. */
  findIn(text: string): string | null {
    const f = fold(text);
    const index = (this.fullNames ??= this.indexFullNames());
    let best: FullNameEntry | null = null;
    let bestAt = Infinity;
    // Every occurrence of a folded "first last" lines its first space up with a space of the text.
    for (let s = f.indexOf(' '); s >= 0; s = f.indexOf(' ', s + 1)) {
      for (const list of [index.byKey.get(f.slice(s + 1, s + 1 + FULL_NAME_KEY)), index.short]) {
        for (const e of list ?? []) {
          const at = s - e.space;
          if (at < 0 || at > bestAt || !f.startsWith(e.folded, at)) continue;
          if (at < bestAt || e.order < best!.order) [best, bestAt] = [e, at];
        }
      }
    }
    return best ? this.people[best.person]!.canonical : null;
  }

  entities(): Entity[] {
    return this.people.map((p) => ({ name: p.canonical, type: 'person' as const, aliases: [...p.variants.keys()].filter((v) => v !== p.canonical).sort() }));
  }

  private indexSurname(i: number): void {
    for (const key of deletions(surnameOf(this.people[i]!.canonical), SURNAME_RADIUS)) {
      const list = this.bySurname.get(key);
      if (list) list.push(i);
      else this.bySurname.set(key, [i]);
    }
  }

  /** The first person, in registry order, whose canonical surname may be within samePerson's edits of the name's and who passes `test`. */
  private firstCandidate(name: string, test: (p: { canonical: string }) => boolean): number | undefined {
    const ids = new Set<number>();
    for (const key of deletions(surnameOf(name), SURNAME_RADIUS)) for (const i of this.bySurname.get(key) ?? []) ids.add(i);
    for (const i of [...ids].sort((a, b) => a - b)) if (test(this.people[i]!)) return i;
    return undefined;
  }

  private indexFullNames(): { byKey: Map<string, FullNameEntry[]>; short: FullNameEntry[] } {
    const byKey = new Map<string, FullNameEntry[]>();
    const short: FullNameEntry[] = [];
    let order = 0;
    this.people.forEach((p, person) => {
      for (const v of p.variants.keys()) {
        if (!v.includes(' ')) continue;
        const folded = fold(v);
        const space = folded.indexOf(' ');
        const e: FullNameEntry = { folded, space, person, order: order++ };
        if (space < 0) continue;
        if (folded.length - space - 1 < FULL_NAME_KEY) short.push(e);
        else {
          const key = folded.slice(space + 1, space + 1 + FULL_NAME_KEY);
          const list = byKey.get(key);
          if (list) list.push(e);
          else byKey.set(key, [e]);
        }
      }
    });
    return { byKey, short };
  }
}

interface FullNameEntry {
  folded: string;
  /** Offset of the first space in `folded`. */
  space: number;
  person: number;
  /** Registry order, which decides between names found at the same offset. */
  order: number;
}

const SURNAME_RADIUS = 3;

/**
 * A string-keyed map over several Maps: the surname index holds millions of keys at tens of thousands
 * of articles, and V8 stops one Map at 2^24 entries ("Map maximum size exceeded" at ~40,000 articles).
 */
class ShardedMap<V> {
  private readonly shards: Map<string, V>[] = Array.from({ length: 64 }, () => new Map());
  private shard(key: string): Map<string, V> {
    let h = 0;
    for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) | 0;
    return this.shards[(h >>> 0) % this.shards.length]!;
  }
  get(key: string): V | undefined {
    return this.shard(key).get(key);
  }
  set(key: string, value: V): void {
    this.shard(key).set(key, value);
  }
}

/** Letters after a full name's first space that key the findIn index. */
const FULL_NAME_KEY = 3;

function surnameOf(name: string): string {
  const t = fold(name).split(/\s+/);
  return t[t.length - 1]!;
}

/** A word with up to `k` letters deleted: two words within k edits (transpositions included) share one. */
function deletions(word: string, k: number): Set<string> {
  const out = new Set<string>([word]);
  let frontier = [word];
  for (let d = 0; d < k; d++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const v = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(v)) {
          out.add(v);
          next.push(v);
        }
      }
    }
    frontier = next;
  }
  return out;
}

/** "Sultan Raev" and "Sultanbay Raev" may be one man; "Aida Balayeva" and "Asel Balayeva" are not. */
function fullNamesAgree(a: string, b: string): boolean {
  const fa = fold(a).split(' ');
  const fb = fold(b).split(' ');
  if (fa.length < 2 || fb.length < 2) return true;
  return fa[0] === fb[0] || fa[0]!.startsWith(fb[0]!) || fb[0]!.startsWith(fa[0]!) || samePerson(fa[0]!, fb[0]!);
}

interface ArticleContext {
  article: Article;
  /** Everyone with a role anywhere in the corpus: "The Kazakh Minister" may be named in another article. */
  everyone: { name: string; roles: RoleMention[] }[];
  byRoleWord: Map<string, Set<number>>;
  foldedText: string;
  persons: { name: string; roles: RoleMention[] }[];
  lastPerson: string | null;
  primaryOrg: string | null;
  mainEvent: string | null;
}

const EVENT_REFERENCE = /^(?:the|this|that)\s+(?:event|meeting|forum|gathering|conference|summit|session|festival|congress|panel|ceremony|exhibition|camp|sides|parties|participants|ministers|delegates|leaders|film leaders|attendees|officials)\b/i;
const ORG_REFERENCE = /^(?:the\s+organi[sz]ation|it|the\s+secretariat)\b/i;
const PRONOUN = /^(?:he|she|him|her)\b/i;

export function extractFacts(articles: Article[]): FactTable {
  const registry = new PersonRegistry();
  const rolesBySentence = new Map<string, RoleMention[]>();
  for (const a of articles) {
    for (const s of a.sentences) {
      const roles = extractRoles(s.text);
      rolesBySentence.set(s.id, roles);
      for (const r of roles) registry.add(r.person);
    }
  }
  // Names that speak without a role ("Balayeva noted") join the registry only when they are full names.
  for (const a of articles) {
    for (const s of a.sentences) {
      const speech = findSpeech(s.text);
      const name = speech ? wholePersonName(lastClause(speech.subjectText)) : null;
      if (name) registry.add(name);
    }
  }
  registry.settle();

  const facts = new Map<string, Fact>();
  const sourceIds = new Map<string, Set<string>>();
  const eventsBySubject = new Map<string, Fact[]>();
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const add = (rule: string, kind: FactKind, subject: string, relation: string, object: string, qualifiers: FactQualifiers, sentence: Sentence, article: Article, identity: string[] = []): Fact | undefined => {
    if (!subject.trim() || !object.trim()) return undefined;
    const id = stableHash([kind, fold(subject), relation, fold(object), ...identity].join('|'));
    const sources = sourcesOf(sentence, article, articleById);
    const existing = facts.get(id);
    if (existing) {
      const seen = sourceIds.get(id)!;
      for (const src of sources) if (!seen.has(src.articleId)) {
        seen.add(src.articleId);
        existing.sources.push(src);
      }
      existing.qualifiers = mergeQualifiers(existing.qualifiers, qualifiers);
      return existing;
    } else {
      const fact: Fact = { id, kind, rule, subject: subject.trim(), relation, object: object.trim(), qualifiers: clean(qualifiers), sources };
      facts.set(id, fact);
      sourceIds.set(id, new Set(sources.map((x) => x.articleId)));
      if (kind === 'event') (eventsBySubject.get(fact.subject) ?? eventsBySubject.set(fact.subject, []).get(fact.subject)!).push(fact);
      return fact;
    }
  };

  const eventNames = new Map<string, Map<string, number>>();
  for (const a of articles) for (const s of a.sentences) for (const e of findEvents(s.text)) {
    const m = eventNames.get(e.key) ?? new Map<string, number>();
    m.set(e.name, (m.get(e.name) ?? 0) + 1);
    eventNames.set(e.key, m);
  }
  const canonicalEvent = (e: EventMention) => [...(eventNames.get(e.key) ?? new Map([[e.name, 1]]))].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length || x[0].localeCompare(y[0]))[0]![0];

  const everyoneByName = new Map<string, { name: string; roles: RoleMention[] }>();
  for (const roles of rolesBySentence.values()) {
    for (const r of roles) {
      const name = registry.resolve(r.person) ?? r.person;
      const p = everyoneByName.get(name);
      if (p) p.roles.push(r);
      else everyoneByName.set(name, { name, roles: [r] });
    }
  }
  const everyone: ArticleContext['everyone'] = [...everyoneByName.values()];
  // Role words -> people holding a role with that word: "The Kazakh Minister" is looked up, not scanned.
  const byRoleWord = new Map<string, Set<number>>();
  everyone.forEach((p, i) => {
    for (const r of p.roles) for (const w of fold(r.role).split(/[^\p{L}]+/u)) if (w) (byRoleWord.get(w) ?? byRoleWord.set(w, new Set()).get(w)!).add(i);
  });

  for (const article of articles) {
    const articleEvents: Fact[] = [];
    const ctx: ArticleContext = { article, everyone, byRoleWord, foldedText: fold(article.text), persons: [], lastPerson: null, primaryOrg: primaryOrganization(article), mainEvent: null };
    for (const s of article.sentences) {
      for (const r of rolesBySentence.get(s.id) ?? []) {
        const name = registry.resolve(r.person) ?? r.person;
        const p = ctx.persons.find((x) => x.name === name);
        if (p) p.roles.push(r);
        else ctx.persons.push({ name, roles: [r] });
      }
    }
    const main = findMainEvent(article);
    ctx.mainEvent = main ? canonicalEvent(main.event) : null;

    // Quotes that run over several sentences take their speaker from the sentence that closes them.
    const tracked = trackPersons(article, rolesBySentence, registry);
    const quoteSpeaker = attributeQuotes(article, (text, closing) => resolveSubject(text, { ...ctx, lastPerson: tracked.get(closing.id) ?? null }, registry));

    for (const [sentenceIndex, s] of article.sentences.entries()) {
      const text = s.text;
      const next = article.sentences[sentenceIndex + 1]?.text;
      for (const found of rolesBySentence.get(s.id) ?? []) {
        const r = withMinistryCountry(found, article.text);
        const person = registry.resolve(r.person) ?? r.person;
        add('role/role-rules.extractRoles', 'role', person, 'holds the role', r.role, { title: r.title, organization: r.organization, country: r.country, year: yearOf(article.date) }, s, article);
        ctx.lastPerson = person;
      }

      for (const e of findEvents(text)) {
        const name = canonicalEvent(e);
        const place = findPlace(text, e.at);
        const isMain = main?.sentenceId === s.id && main.event.key === e.key;
        // A republished article shares its paragraphs with the original (kept once, in the first by id):
        // when that one is undated, the date of a dated copy carrying the same sentence stands in.
        const dated = eventDate(text, e, article.date ? article : { ...article, date: earliestDate(s.alsoIn ?? [], articleById) }, isMain, next);
        const organizer = /\b(?:organized|organised|hosted|initiated|convened)\s+by\s+(?:the\s+)?([\p{Lu}][^,.;]*?)(?:\s*\(([A-Z]+)\))?(?=[,.;]|\s+(?:in|at|on|with)\b|$)/u.exec(text.slice(e.end));
        const organizerName = organizer ? (canonicalName(organizer[2] ?? '')?.canonical ?? canonicalName(organizer[1]!)?.canonical ?? organizer[1]!.trim()) : undefined;
        const q: FactQualifiers = { eventType: e.eventType, ...place, ...dated, organizer: organizerName };
        const object = place.place ? (place.venue ? `${place.venue}, ${place.place}` : place.place) : (dated.date ?? (dated.year ? String(dated.year) : 'mentioned'));
        const ev = add('event/event-rules.findEvents', 'event', name, place.place ? 'held in' : 'held', object, q, s, article, [dated.date ?? '']);
        if (ev) articleEvents.push(ev);
      }

      // "The forum in Baku marked ...": the place of the event of that kind the article last named.
      const placed = /^(?:The|This)\s+(\w+)\s+(?:in|held in|which took place in|hosted by)\s+(?:the\s+city\s+of\s+)?([\p{Lu}][\p{L}'’-]+)/u.exec(text);
      if (placed) {
        const where = findGazetteerNames(placed[2]!).find((h) => h.type === 'place');
        const ev = [...articleEvents].reverse().find((f) => f.qualifiers.eventType === placed[1]!.toLowerCase() && !f.qualifiers.place);
        if (where && ev) {
          ev.qualifiers = mergeQualifiers(ev.qualifiers, { place: where.canonical, country: where.country });
          ev.relation = 'held in';
          ev.object = where.canonical;
        }
      }

      // "The festival is organized by TURKSOY": the organizer of the event of that kind named before.
      const organizedBy = /^(?:The|This)\s+(\w+)\s+(?:is|was|will be|has been)\s+(?:co-)?(?:organized|organised|hosted|initiated)\s+by\s+(?:the\s+)?([\p{Lu}][^,.;]*?)(?:\s*\(([A-Z]+)\))?(?=[,.;]|\s+(?:and|in|at|on|with)\s+(?!the\b)\p{Ll}|$)/u.exec(text);
      if (organizedBy) {
        const ev = [...articleEvents].reverse().find((f) => f.qualifiers.eventType === organizedBy[1]!.toLowerCase() && !f.qualifiers.organizer);
        const who = canonicalName(organizedBy[3] ?? '')?.canonical ?? canonicalName(organizedBy[2]!)?.canonical ?? organizedBy[2]!.trim();
        if (ev) ev.qualifiers = mergeQualifiers(ev.qualifiers, { organizer: who });
      }

      // Sentences about "the event" add to the article's main event: organizer, participants, topics, aims.
      const subjectOfSentence = text.replace(/^(?:[^,]{0,40},\s+)?/, '');
      if (ctx.mainEvent && EVENT_REFERENCE.test(subjectOfSentence) || (ctx.mainEvent && /\bparticipated in the (?:event|meeting|forum)\b/.test(text))) {
        const countries = [...new Set(findGazetteerNames(text).filter((h) => h.type === 'country' && !h.demonym).map((h) => h.canonical))];
        if (countries.length >= 2 && /\b(?:participated|attended|took part|joined|gathered|representatives|officials|delegations)\b/.test(text)) {
          const ev = eventsBySubject.get(ctx.mainEvent!)?.[0];
          if (ev) ev.qualifiers.participants = [...new Set([...(ev.qualifiers.participants ?? []), ...countries])].sort();
        }
      }

      for (const c of findCapitals(text, article.date)) {
        if (c.year) add('capital/event-rules.findCapitals', 'capital', c.city, 'Cultural Capital of the Turkic World', String(c.year), { year: c.year, country: c.country }, s, article);
      }

      for (const f of findFoundings(text)) {
        const subject = resolveOrganization(f.subjectText, ctx) ?? resolveSubject(f.subjectText, ctx, registry);
        if (subject) add('founding/claim-rules.findFoundings', 'founding', subject, 'established', String(f.year), { year: f.year, by: f.by }, s, article);
      }

      for (const d of findDecisions(text)) {
        const subject = resolveSubject(d.subjectText, ctx, registry) ?? ctx.mainEvent ?? ctx.primaryOrg ?? '';
        add('decision/claim-rules.findDecisions', 'decision', subject, d.relation, d.object, { date: article.date ?? undefined }, s, article);
      }

      // Performers and prize winners of an event: the event the sentence names, or the article's
      // when it says "the festival" (or names none).
      const eventOf = (said: string): string | null => {
        const named = findEvents(said).map(canonicalEvent)[0];
        if (named) return named;
        const bare = said.trim().toLowerCase().replace(/^(?:the|this|that)\s+/, '');
        return bare === '' || EVENT_NOUNS.includes(bare) ? ctx.mainEvent : null;
      };
      for (const p of findPerformances(text)) {
        const event = eventOf(p.eventText);
        if (event) add('performance/claim-rules.findPerformances', 'performance', event, p.occasion ? `performed at the ${p.occasion}` : 'performed', p.performer.replace(/^The\s+/, ''), {}, s, article);
      }
      for (const w of findPrizes(text)) {
        const event = eventOf(w.eventText);
        if (event) add('award/claim-rules.findPrizes', 'award', event, `${w.prize} went to`, w.winner, {}, s, article);
      }

      for (const p of findProposals(text)) {
        const subject = resolveSubject(p.subjectText, ctx, registry) ?? countryAsSubject(p.subjectText);
        if (subject) add('proposal/claim-rules.findProposals', 'proposal', subject, 'proposed', p.object, {}, s, article);
      }

      for (const p of findPartnerships(text)) {
        const subject = resolveOrganization(p.subjectText, ctx) ?? ctx.primaryOrg;
        if (!subject) continue;
        for (const partner of p.partners) {
          const canon = canonicalName(partner)?.canonical ?? partner;
          if (canon !== subject) add('partnership/claim-rules.findPartnerships', 'partnership', subject, 'partners with', canon, {}, s, article);
        }
      }

      for (const t of findTopics(text)) {
        const subject = resolveSubject(t.subjectText, ctx, registry) ?? ctx.mainEvent;
        if (subject) add('topic/claim-rules.findTopics', 'topic', subject, 'discussed', t.object, {}, s, article);
      }

      for (const p of findPurposes(text)) {
        const subject = resolveSubject(p.subjectText, ctx, registry) ?? ctx.mainEvent;
        if (subject) add('purpose/claim-rules.findPurposes', 'purpose', subject, 'aims', p.object, {}, s, article);
      }

      for (const fig of findFigures(text)) {
        const before = text.slice(0, fig.at);
        // No fallback to the article's most-named organization: "The Kazakh Minister noted that the
        // celebrations in Turkistan welcomed nearly 300,000 visitors" does not count Kazakhfilm's visitors.
        // Nor to the main event when the sentence is about another kind of event: "The festival, which will
        // take place in Karakol, will bring together 40 ensembles." under a story on a session.
        const otherKind = /^(?:[^,]{0,40},\s+)?(?:the|this|that)\s+(\w+)/i.exec(before)?.[1]?.toLowerCase();
        const mainFits = !otherKind || !EVENT_NOUNS.includes(otherKind) || otherKind === main?.event.eventType;
        const subject = resolveOrganization(before, ctx) ?? findEvents(before).map(canonicalEvent).pop() ?? (mainFits ? ctx.mainEvent : null);
        if (subject) add('figure/claim-rules.findFigures', 'figure', subject, 'count', fig.text, { value: fig.value, unit: fig.unit, approximation: fig.approximation }, s, article, [fig.unit]);
      }

      const speaker = quoteSpeaker.get(s.id) ?? (() => {
        const sp = findSpeech(text);
        return sp ? resolveSubject(sp.subjectText, ctx, registry) : null;
      })();
      if (speaker && registry.resolve(speaker)) {
        // The opening sentence of a quote keeps no closing period, like the object findSpeech returns.
        const said = findSpeech(text)?.object ?? text.replace(/^["“‘«]|["”’»]$/g, '').replace(/\.$/, '');
        add('statement/claim-rules.findSpeech', 'statement', speaker, 'said', said, {}, s, article);
        ctx.lastPerson = speaker;
      } else {
        const named = leadingPerson(text, registry);
        if (named) ctx.lastPerson = named;
      }
    }
  }

  // An event told without a date by one article and with one by another is one event.
  for (const f of [...facts.values()]) {
    if (f.kind !== 'event' || f.qualifiers.date) continue;
    // Only when one date is known: with two, the undated mention cannot say which it supports.
    const datedOnes = (eventsBySubject.get(f.subject) ?? []).filter((g) => g !== f && g.qualifiers.date && facts.has(g.id));
    const dated = datedOnes.length === 1 ? datedOnes[0] : undefined;
    if (dated) {
      for (const src of f.sources) if (!dated.sources.some((x) => x.articleId === src.articleId)) dated.sources.push(src);
      dated.qualifiers = mergeQualifiers(dated.qualifiers, f.qualifiers);
      facts.delete(f.id);
    }
  }

  // "Minister Aida Balayeva" adds nothing to "Minister of Culture and Information of Kazakhstan".
  const rolesBySubject = new Map<string, Fact[]>();
  for (const f of facts.values()) if (f.kind === 'role') (rolesBySubject.get(f.subject) ?? rolesBySubject.set(f.subject, []).get(f.subject)!).push(f);
  for (const f of [...facts.values()]) {
    if (f.kind !== 'role' || f.qualifiers.organization || f.qualifiers.country) continue;
    const fuller = rolesBySubject.get(f.subject)!.find((g) => g !== f && facts.has(g.id) && fold(g.object).startsWith(fold(f.object)) && g.object.length > f.object.length);
    if (fuller) {
      for (const src of f.sources) if (!fuller.sources.some((x) => x.articleId === src.articleId)) fuller.sources.push(src);
      facts.delete(f.id);
    }
  }

  const list = [...facts.values()].map((f) => ({ ...f, sources: sortSources(f.sources) }));
  list.sort((a, b) => a.kind.localeCompare(b.kind) || a.subject.localeCompare(b.subject) || a.relation.localeCompare(b.relation) || a.object.localeCompare(b.object) || a.id.localeCompare(b.id));
  return { facts: list, entities: collectEntities(registry, list) };
}

function sourcesOf(sentence: Sentence, article: Article, articleById: Map<string, Article>): FactSource[] {
  const src: FactSource[] = [{ articleId: article.id, sentenceId: sentence.id, sentence: sentence.text, date: article.date }];
  for (const other of sentence.alsoIn ?? []) {
    const a = articleById.get(other);
    src.push({ articleId: other, sentenceId: sentence.id, sentence: sentence.text, date: a?.date ?? null });
  }
  return src;
}

/** Newest first, undated last, then by article id: the order answers cite them in. */
export function sortSources(sources: FactSource[]): FactSource[] {
  return [...sources].sort((a, b) => {
    if (a.date !== b.date) {
      if (a.date === null) return 1;
      if (b.date === null) return -1;
      return b.date.localeCompare(a.date);
    }
    return a.articleId.localeCompare(b.articleId);
  });
}

function mergeQualifiers(a: FactQualifiers, b: FactQualifiers): FactQualifiers {
  const out: FactQualifiers = { ...a };
  for (const [k, v] of Object.entries(b) as [keyof FactQualifiers, unknown][]) {
    if (v === undefined) continue;
    if (k === 'participants') out.participants = [...new Set([...(a.participants ?? []), ...(v as string[])])].sort();
    else if (out[k] === undefined) (out as Record<string, unknown>)[k] = v;
  }
  return clean(out);
}

function clean(q: FactQualifiers): FactQualifiers {
  return Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined && v !== null && v !== '').sort(([x], [y]) => x.localeCompare(y))) as FactQualifiers;
}

function yearOf(date: string | null): number | undefined {
  return date ? Number(date.slice(0, 4)) : undefined;
}

/** The organization an article is mostly about: the one its text names most often. */
function primaryOrganization(article: Article): string | null {
  const counts = new Map<string, number>();
  for (const h of findGazetteerNames(article.text)) if (h.type === 'organization') counts.set(h.canonical, (counts.get(h.canonical) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

const HAPPENING = /\b(?:held|hosted|hosts|concluded|closed|ended|wrapped up|took place|take place|taking place|has taken place|have gathered|gathered|convened|opened|kicked off|started|began|organized|organised|staged|was launched|is underway)\b|^At the\b|\bparticipated in\b/i;

const EARLIER_NEWS = /^(?:earlier|previously|as (?:was )?(?:earlier|previously) reported|as reported earlier|to recall|recall that|it should be recalled)\b/i;

/** The event the article reports, told in its opening: the first event of the lead with a verb of happening. */
const REFERRED_EVENT = /\b(?:issued|outlined|adopted|made|taken|reached|approved|agreed|announced|set|signed|given|voiced|decided|launched)\s+(?:at|during|by|on|in)\s+(?:the\s+)?$|\b(?:following|after|since|ahead of|preceding|decisions of|directives of|results of|outcomes of)\s+(?:the\s+)?$/i;

function findMainEvent(article: Article): { event: EventMention; sentenceId: string } | null {
  for (const s of article.sentences.slice(0, 3)) {
    if (!HAPPENING.test(s.text)) continue;
    // A note on earlier news is not what the article reports, however short the article:
    // "As earlier reported, the concert in Bishkek opened the Days of Turkic Music in Kyrgyzstan."
    if (EARLIER_NEWS.test(s.text)) continue;
    const events = findEvents(s.text)
      .filter((e) => e.eventType !== 'panel' || findEvents(s.text).length === 1)
      // "documents issued at the 12th Summit", "tasks outlined during the Summit": an earlier event
      // the news refers to, not the one it reports.
      .filter((e) => !REFERRED_EVENT.test(s.text.slice(0, e.at)));
    if (events[0]) return { event: events[0], sentenceId: s.id };
  }
  return null;
}

function eventDate(text: string, e: EventMention, article: Article, isMain: boolean, next?: string): Pick<FactQualifiers, 'date' | 'year' | 'dateBasis'> {
  const dates = findDates(text, article.date).filter((d) => !(d.at >= e.at && d.at < e.end && !d.date));
  const withDay = dates.filter((d) => d.date);
  const best = withDay.find((d) => d.at >= e.end) ?? withDay[0];
  if (best?.date) return { date: best.date, year: Number(best.date.slice(0, 4)), dateBasis: 'text' };
  // The day may come in the next sentence, when it points back at the event.
  const told = next && POINTS_BACK_TO_EVENT.test(next) ? findDates(next, article.date).find((d) => d.date) : undefined;
  if (told?.date) return { date: told.date, year: Number(told.date.slice(0, 4)), dateBasis: 'text' };
  // "The forum concluded in Bishkek": the article's date is when it ended, not when it was held.
  const ending = /\b(?:concluded|closed|ended|wrapped up|came to a close)\b/i.test(text);
  if ((isMain || isSameDayReport(text)) && article.date && !ending) return { date: article.date, year: Number(article.date.slice(0, 4)), dateBasis: 'article' };
  const inName = /\b(19\d\d|20\d\d)\b/.exec(e.name);
  if (inName) return { year: Number(inName[1]) };
  return {};
}

function lastClause(s: string): string {
  const parts = s.split(/,\s+/);
  return (parts[parts.length - 1] ?? s)
    .replace(/\b(?:also|further|formally|officially|then|once again|again|additionally|later|finally|in turn|in particular|particularly|especially)\b/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Who or what a phrase such as "The Kazakh Minister", "She", "Aida Balayeva formally" or "the sides" names. */
function resolveSubject(text: string, ctx: ArticleContext, registry: PersonRegistry): string | null {
  // A known person named anywhere in the phrase: "Kyrgyz Minister of Culture ... Kanybek Osmonov
  // welcomed the guests and" -> Kanybek Osmonov.
  const known = registry.findIn(text);
  if (known) return known;
  const raw = lastClause(text.replace(/^["“‘«]+|["”’»]+$/g, '')).replace(HONORIFICS, '').replace(/[.,;:]+$/, '');
  if (!raw) return null;
  const full = wholePersonName(raw) ?? endingPersonName(raw);
  if (full) return registry.resolve(full) ?? full;
  if (PRONOUN.test(raw)) return ctx.lastPerson;
  // A surname alone: "Balayeva noted".
  const single = /^([\p{Lu}][\p{L}'’-]+)$/u.exec(raw);
  if (single) {
    const person = registry.resolve(single[1]!);
    if (person) return person;
  }
  // A role instead of a name: "the Secretary General", "The Kazakh Minister".
  const roleWords = fold(raw).replace(/^(?:the|a|an)\s+/, '').split(/\s+/);
  if (roleWords.length <= 6 && /\b(?:minister|secretary|director|chair|chairman|chairwoman|head|president|coordinator|ambassador|governor|mayor|rector|representative|spokesperson|advisor|adviser)\b/.test(roleWords.join(' '))) {
    const country = findGazetteerNames(raw).find((h) => h.type === 'country')?.canonical;
    const words = roleWords.filter((w) => w !== 'the' && !findGazetteerNames(w.charAt(0).toUpperCase() + w.slice(1)).length);
    const fits = (p: { roles: RoleMention[] }) => p.roles.some((r) => words.every((w) => fold(r.role).includes(w)) && (!country || r.country === country));
    const here = ctx.persons.filter(fits);
    if (here.length) return here[0]!.name;
    // Named with that role in another article, and mentioned (by surname) in this one.
    const text = ctx.foldedText;
    const sets = words.map((w) => ctx.byRoleWord.get(w) ?? new Set<number>()).sort((x, y) => x.size - y.size);
    const ids = sets.length ? [...sets[0]!].filter((i) => sets.every((set) => set.has(i))).sort((x, y) => x - y) : [];
    const elsewhere = ids.map((i) => ctx.everyone[i]!).filter((p) => fits(p) && text.includes(fold(p.name.split(' ').pop()!)));
    if (elsewhere.length === 1) return elsewhere[0]!.name;
    return null;
  }
  if (EVENT_REFERENCE.test(raw)) return ctx.mainEvent;
  if (ORG_REFERENCE.test(raw)) return ctx.primaryOrg;
  const events = findEvents(raw);
  if (events.length) return events[0]!.name;
  const org = resolveOrganization(raw, ctx);
  if (org) return org;
  return namedOrganization(raw);
}

/** A country speaking as a party: "Azerbaijan proposed ...", "The Kazakh side suggested ...". */
function countryAsSubject(text: string): string | null {
  const raw = lastClause(text).replace(/^the\s+/i, '').replace(/\s+(?:side|delegation|party)$/i, '').trim();
  const c = raw ? canonicalName(raw) : null;
  return c?.type === 'country' ? c.canonical : null;
}

/**
 * An organization the gazetteer does not know, named in full: "The Azerbaijan Film Agency signed ...",
 * "The Union of Turkic Writers was founded in 2011" (the head word before "of" makes it one).
 */
function namedOrganization(text: string): string | null {
  const named = text.trim().replace(/^(?:the|a|an)\s+/i, '');
  if (!/^[\p{Lu}][\p{L}'’-]*(?:\s+(?:of|and|for|the|[\p{Lu}][\p{L}'’-]*))*$/u.test(named) || !named.includes(' ')) return null;
  return isOrganizationPhrase(named) || isOrganizationPhrase(named.split(/\s+of\s+/)[0]!) ? named : null;
}

function resolveOrganization(text: string, ctx: ArticleContext): string | null {
  const t = text.trim();
  if (!t) return null;
  if (ORG_REFERENCE.test(lastClause(t))) return ctx.primaryOrg;
  const hits = findGazetteerNames(t).filter((h) => h.type === 'organization');
  return hits.length ? hits[hits.length - 1]!.canonical : null;
}

function leadingPerson(text: string, registry: PersonRegistry): string | null {
  const m = new RegExp(`^(?:[^,]{0,40},\\s+)?((?:\\p{Lu}[\\p{L}'’-]+\\s+){1,3}\\p{Lu}[\\p{L}'’-]+)\\s+(?:${SPEECH_VERBS}|also|has|had|was|is|put|proposed)\\b`, 'u').exec(text);
  if (!m) return null;
  return registry.resolve(m[1]!) ?? null;
}

/**
 * “First sentence of a quote. Second sentence,” stated the Secretary General. — every sentence from
 * the opening quote mark to the closing one belongs to the speaker named after the closing one.
 */
function attributeQuotes(article: Article, resolve: (text: string, closing: Sentence) => string | null): Map<string, string> {
  const out = new Map<string, string>();
  let open: Sentence[] = [];
  let paragraph = -1;
  // A quote left with no attribution of its own (`open` at a paragraph's end), opening its paragraph
  // right after someone is reported speaking ("He highlighted that ..."), is that speaker's: news runs
  // a speech on into a quote. `open` always starts with the sentence that opens the quote.
  const runOn = () => {
    const first = open[0];
    const before = first && article.sentences[first.index - 1];
    if (!first || !before || before.paragraph !== first.paragraph - 1 || /["”»]$/.test(before.text)) return;
    const speech = findSpeech(before.text);
    const speaker = speech ? resolve(speech.subjectText, before) : null;
    if (speaker) for (const q of open) out.set(q.id, speaker);
  };
  for (const s of article.sentences) {
    if (s.paragraph !== paragraph) {
      runOn();
      open = [];
      paragraph = s.paragraph;
    }
    const opens = /^["“«]/.test(s.text);
    const closing = new RegExp(`["”»]\\s*,?\\s*(?:${SPEECH_VERBS})\\s+(.+?)\\.?$|["”»]\\s*,?\\s*(.+?)\\s+(?:${SPEECH_VERBS})${SPEECH_AUDIENCE}\\.?$`, 'iu').exec(s.text);
    if (opens || open.length) open.push(s);
    if (closing && open.length) {
      const speaker = resolve(closing[1] ?? closing[2] ?? '', s);
      if (speaker) for (const q of open) out.set(q.id, speaker);
      open = [];
    }
  }
  runOn();
  return out;
}

/** The last person named before each sentence (the one "he" or "she" points at). */
function trackPersons(article: Article, rolesBySentence: Map<string, RoleMention[]>, registry: PersonRegistry): Map<string, string | null> {
  const out = new Map<string, string | null>();
  let last: string | null = null;
  for (const s of article.sentences) {
    out.set(s.id, last);
    const roles = rolesBySentence.get(s.id) ?? [];
    if (roles.length) last = registry.resolve(roles[0]!.person) ?? roles[0]!.person;
    const speech = findSpeech(s.text);
    const named = speech ? wholePersonName(lastClause(speech.subjectText)) : null;
    const lead = leadingPerson(s.text, registry);
    if (named) last = registry.resolve(named) ?? named;
    else if (lead) last = lead;
    else if (speech) {
      const single = /([\p{Lu}][\p{L}'’-]+)$/u.exec(lastClause(speech.subjectText))?.[1];
      const person = single ? registry.resolve(single) : null;
      if (person) last = person;
    }
  }
  return out;
}

/**
 * "Minister of Culture Adil Karimli" says no country, but an article about "Azerbaijan's Ministry of
 * Culture" does: a minister's role takes the country whose ministry of the same portfolio the article
 * names, when it names exactly one.
 */
function withMinistryCountry(r: RoleMention, articleText: string): RoleMention {
  if (r.country || r.organization) return r;
  const portfolio = /\bMinister of (.+)$/.exec(r.title)?.[1];
  if (!portfolio) return r;
  const esc = portfolio.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const countries = new Set<string>();
  for (const m of articleText.matchAll(new RegExp(`([\\p{Lu}][\\p{L}]+)['’]s\\s+Ministry of ${esc}\\b|Ministry of ${esc} of (?:the Republic of )?([\\p{Lu}][\\p{L}]+)|\\b([\\p{Lu}][\\p{L}]+)\\s+Ministry of ${esc}\\b`, 'gu'))) {
    const c = canonicalName(m[1] ?? m[2] ?? m[3] ?? '');
    if (c?.type === 'country') countries.add(c.canonical);
  }
  if (countries.size !== 1) return r;
  const country = [...countries][0]!;
  return { ...r, country, role: `${r.title} of ${country}` };
}

function earliestDate(ids: string[], articleById: Map<string, Article>): string | null {
  const dates = ids.map((id) => articleById.get(id)?.date).filter((d): d is string => !!d).sort();
  return dates[0] ?? null;
}

function collectEntities(registry: PersonRegistry, facts: Fact[]): Entity[] {
  const entities: Entity[] = registry.entities();
  const events = new Map<string, Set<string>>();
  for (const f of facts) if (f.kind === 'event') events.set(f.subject, events.get(f.subject) ?? new Set());
  for (const [name] of events) entities.push({ name, type: 'event', aliases: [] });
  const byKey = new Map<string, Entity>();
  for (const e of entities) if (!byKey.has(`${e.type}|${e.name}`)) byKey.set(`${e.type}|${e.name}`, e);
  return [...byKey.values()].sort((a, b) => a.type.localeCompare(b.type) || a.name.localeCompare(b.name));
}

export { eventKey };
