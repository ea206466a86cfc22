/**
 * A deterministic generator of synthetic news articles about Turkic cultural cooperation, for the
 * benchmarks. Same seed and size, same bytes.
 *
 * What it aims at (issue 15, "a benchmark a skeptic accepts"):
 * - seed-length articles: 300-600 words, in the seed file format (` date YYYY-MM-DD` first line, some
 *   undated, some with front matter);
 * - a realistic vocabulary: people, towns, villages, ensembles, films and books named from syllables,
 *   so a 10,000-article corpus has tens of thousands of distinct words and thousands of names, and
 *   descriptive sentences assembled from independent slots, so few sentences repeat;
 * - the Zipf skew of the news: a few famous people, events and organizations, and a long tail;
 * - records of what the articles state (who holds which post, where and when each event was held, who
 *   organized it ...), kept as the text is written, so every benchmark question carries its expected
 *   answer (see bench-questions.ts).
 *
 * Every fact is stated the same way wherever it is repeated (one holder per post, one place and date
 * per event): the records are the ground truth.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ADJECTIVES, AGENCIES, ARTS, COUNTRIES, CRAFTS, DOCUMENTS, ENSEMBLE_KINDS, EVENT_KINDS, EVENT_THEMES, FIELDS, INSTITUTIONS, MONTHS, NOUNS, OFF_TOPIC_SENTENCES, OPINION_VERBS,
  ORDINAL_WORDS, ORGANIZERS, PUBLISHERS, QUALITIES, SPEAKERS_GENERIC, THINGS, TIME_PHRASES, TOPICS, UNITS, VERBS_PAST, WEATHER, Zipf, coin, int, pick, prng, zipfPicker,
  type CountrySpec, type Rand,
} from './vocabulary.ts';

export { prng } from './vocabulary.ts';

export interface Role {
  /** The post as a question names it: "Director of the Karabulak Drama Theatre". */
  title: string;
  /** How an article writes it before the name: "Kazakh Minister of Culture and Information". */
  prefix: string;
  /** What a right answer to "Who is <holder>?" contains: each group needs one of its strings (folded). */
  whoIs: string[][];
}

export interface Person {
  name: string;
  surname: string;
  country: string;
  role: Role;
}

export interface CorpusEvent {
  name: string;
  kind: string;
  city: string;
  country: string;
  /** YYYY-MM-DD */
  date: string;
  organizer: number;
  attendance: { n: number; unit: string };
  document: string;
  /** The ensemble that closed it. */
  closing: string;
  /** The work that won its main prize, and what kind of work. */
  prize: { title: string; kind: 'film' | 'book' | 'photo series' | 'performance' };
}

export interface Founding {
  name: string;
  year: number;
  city: string;
}

export interface Proposal {
  person: number;
  thing: string;
}

export interface Statement {
  person: number;
  topic: string;
  quote: string;
  /** The part of the quote only this statement has. */
  key: string;
}

export interface CorpusCatalog {
  people: Person[];
  events: CorpusEvent[];
  capitals: { city: string; year: number }[];
  foundings: Founding[];
  proposals: Proposal[];
  /** Towns of the corpus (coined), for near-miss questions about posts nobody holds. */
  towns: { name: string; country: string }[];
}

/** Fact kinds the articles state, each with how often (by key): what questions may be asked about. */
export interface CorpusRecords {
  /** Person index -> mentions with their post. */
  personRole: Map<number, number>;
  /** Event index -> articles giving its place and date. */
  eventPlaceDate: Map<number, number>;
  eventOrganizer: Map<number, number>;
  eventAttendance: Map<number, number>;
  eventDocument: Map<number, number>;
  eventClosing: Map<number, number>;
  eventPrize: Map<number, number>;
  /** Founding index -> mentions with the year. */
  founding: Map<number, number>;
  /** Capital index -> mentions. */
  capital: Map<number, number>;
  proposal: Map<number, number>;
  /** `${person}|${topic}` -> the statement (one quote per person and topic). */
  statements: Map<string, Statement & { mentions: number }>;
}

export interface GeneratedArticle {
  name: string;
  text: string;
}

export interface GenerateOptions {
  articles: number;
  seed?: number;
}

export interface GeneratedCorpus {
  articles: GeneratedArticle[];
  catalog: CorpusCatalog;
  records: CorpusRecords;
}

const pad = (n: number) => String(n).padStart(2, '0');
const countryOf = (name: string) => COUNTRIES.find((c) => c.name === name)!;
const adjectiveOf = (c: CountrySpec) => c.demonym;
const lower = (s: string) => s.toLowerCase();

function humanDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${s}`;
}

/** Pools of coined names, sized with the corpus: the long tail of the vocabulary. */
interface Pools {
  firstNames: Map<string, [string[], string[]]>;
  surnameStems: string[];
  towns: { name: string; country: string }[];
  villages: string[];
  /** People who are only mentioned (artists, authors), never asked about. */
  extras: string[];
  titles: string[];
  ensembles: string[];
}

function makePools(r: Rand, n: number): Pools {
  const firstNames = new Map<string, [string[], string[]]>();
  for (const c of COUNTRIES) {
    const male = new Set<string>();
    const female = new Set<string>();
    while (male.size < 120) male.add(coin(r, int(r, 1, 2)) + pick(r, c.firstEndings[0]));
    while (female.size < 120) female.add(coin(r, int(r, 1, 2)) + pick(r, c.firstEndings[1]));
    firstNames.set(c.name, [[...male], [...female]]);
  }
  const stems = new Set<string>();
  const stemCount = Math.min(60_000, 400 + n);
  while (stems.size < stemCount) stems.add(coin(r, int(r, 2, 3)));
  const townNames = new Set<string>();
  const towns: Pools['towns'] = [];
  const townCount = Math.min(20_000, 150 + Math.floor(n / 8));
  while (towns.length < townCount) {
    const name = coin(r, int(r, 2, 3));
    if (townNames.has(name)) continue;
    townNames.add(name);
    towns.push({ name, country: pick(r, COUNTRIES).name });
  }
  const villages = [...new Set(Array.from({ length: Math.min(50_000, 300 + Math.floor(n / 2)) }, () => coin(r, int(r, 2, 4))))];
  const extras: string[] = [];
  for (let i = 0; i < Math.min(60_000, 300 + n); i++) {
    const c = pick(r, COUNTRIES);
    const female = r() < 0.45;
    extras.push(`${pick(r, firstNames.get(c.name)![female ? 1 : 0])} ${coin(r, int(r, 2, 3))}${pick(r, c.endings[female ? 1 : 0])}`);
  }
  const titles: string[] = [];
  for (let i = 0; i < Math.min(40_000, 200 + Math.floor(n / 2)); i++) {
    const w = coin(r, int(r, 2, 3));
    titles.push(pick(r, [`${w}`, `The Song of ${w}`, `${w} at Dawn`, `Winter in ${w}`, `The Horses of ${w}`, `Letters from ${w}`, `${w} and ${coin(r, 2)}`, `The Last Caravan to ${w}`]));
  }
  const ensembleNames = new Set<string>();
  while (ensembleNames.size < Math.min(10_000, 80 + Math.floor(n / 20))) ensembleNames.add(`${coin(r, int(r, 2, 3))} ${pick(r, ENSEMBLE_KINDS)}`);
  return { firstNames, surnameStems: [...stems], towns, villages, extras, titles, ensembles: [...ensembleNames] };
}

function makePerson(r: Rand, pools: Pools, c: CountrySpec, role: Role, seen: Set<string>): Person | null {
  const female = r() < 0.4;
  const first = pick(r, pools.firstNames.get(c.name)![female ? 1 : 0]);
  const surname = pick(r, pools.surnameStems) + pick(r, c.endings[female ? 1 : 0]);
  const name = `${first} ${surname}`;
  if (seen.has(name)) return null;
  seen.add(name);
  return { name, surname, country: c.name, role };
}

const countryGroup = (c: CountrySpec) => [lower(c.name), lower(c.demonym), ...(c.name === 'Türkiye' ? ['turkiye', 'turkey'] : [])];

/** The catalog of things the articles talk about: sizes grow with the corpus (long tail). */
export function makeCatalog(n: number, seed: number): { catalog: CorpusCatalog; pools: Pools } {
  const r = prng(seed ^ 0x5eed);
  const pools = makePools(r, n);
  const seen = new Set<string>();
  const titles = new Set<string>();
  const people: Person[] = [];
  const add = (c: CountrySpec, role: Role) => {
    if (titles.has(role.title)) return;
    const p = makePerson(r, pools, c, role, seen);
    if (!p) return;
    titles.add(role.title);
    people.push(p);
  };
  // International posts first: they are the famous ones (low Zipf rank).
  const posts: [string, string, string, string[][]][] = [
    ['Secretary General of TURKSOY', 'TURKSOY Secretary General', 'Kazakhstan', [['secretary general', 'secretary-general'], ['turksoy']]],
    ['Secretary General of the Organization of Turkic States', 'OTS Secretary General', 'Kyrgyzstan', [['secretary general', 'secretary-general'], ['organization of turkic states', 'ots']]],
    ['President of the International Turkic Academy', 'International Turkic Academy President', 'Kazakhstan', [['president'], ['turkic academy']]],
    ['President of the Turkic Culture and Heritage Foundation', 'Turkic Culture and Heritage Foundation President', 'Azerbaijan', [['president'], ['heritage foundation']]],
    ['Deputy Secretary General of TURKSOY', 'TURKSOY Deputy Secretary General', 'Azerbaijan', [['deputy secretary general', 'deputy secretary-general'], ['turksoy']]],
  ];
  for (const [title, prefix, country, whoIs] of posts) add(countryOf(country), { title, prefix, whoIs });
  for (const c of COUNTRIES) add(c, { title: `${c.ministry} of ${c.name}`, prefix: `${adjectiveOf(c)} ${c.ministry}`, whoIs: [['minister'], countryGroup(c)] });
  for (const c of COUNTRIES) add(c, { title: `Deputy ${c.ministry} of ${c.name}`, prefix: `${adjectiveOf(c)} Deputy ${c.ministry}`, whoIs: [['deputy minister', 'deputy'], countryGroup(c)] });
  const peopleCount = Math.min(40_000, 200 + Math.floor(n / 2));
  for (let guard = 0; people.length < peopleCount && guard < peopleCount * 30; guard++) {
    const kind = r();
    if (kind < 0.06) {
      const c = pick(r, COUNTRIES);
      const f = pick(r, FIELDS);
      add(c, { title: `Chair of the Union of ${f} of ${c.name}`, prefix: `Chair of the Union of ${f} of ${c.name}`, whoIs: [[lower(`union of ${f}`)], countryGroup(c)] });
    } else if (kind < 0.12) {
      const c = pick(r, COUNTRIES);
      const a = pick(r, AGENCIES);
      const org = `${adjectiveOf(c)} ${a}`;
      add(c, { title: `Director-General of the ${org}`, prefix: `Director-General of the ${org}`, whoIs: [[lower(a)], countryGroup(c)] });
    } else if (kind < 0.18) {
      const c = pick(r, COUNTRIES);
      const host = pick(r, COUNTRIES.filter((h) => h !== c));
      add(c, { title: `Ambassador of ${c.name} to ${host.name}`, prefix: `${adjectiveOf(c)} Ambassador to ${host.name}`, whoIs: [['ambassador'], countryGroup(c)] });
    } else if (kind < 0.24) {
      const c = pick(r, COUNTRIES);
      const city = pick(r, c.cities);
      add(c, { title: `Rector of ${city} State University`, prefix: `Rector of ${city} State University`, whoIs: [['rector'], [lower(city)]] });
    } else if (kind < 0.42) {
      const t = pick(r, pools.towns);
      add(countryOf(t.country), { title: `Mayor of ${t.name}`, prefix: `Mayor of ${t.name}`, whoIs: [['mayor'], [lower(t.name)]] });
    } else {
      const t = pick(r, pools.towns);
      const inst = pick(r, INSTITUTIONS);
      add(countryOf(t.country), { title: `Director of the ${t.name} ${inst}`, prefix: `Director of the ${t.name} ${inst}`, whoIs: [['director', 'head'], [lower(t.name)]] });
    }
  }

  const events: CorpusEvent[] = [];
  const eventNames = new Set<string>();
  const eventCount = Math.min(40_000, 60 + Math.floor(n / 3));
  for (let guard = 0; events.length < eventCount && guard < eventCount * 30; guard++) {
    const c = pick(r, COUNTRIES);
    const city = pick(r, c.cities);
    const kind = pick(r, EVENT_KINDS);
    const theme = pick(r, EVENT_THEMES);
    const year = int(r, 2012, 2026);
    const shape = r();
    const name =
      shape < 0.3 ? `${pick(r, ORDINAL_WORDS)} ${kind} of ${theme}`
      : shape < 0.55 ? `${ordinal(int(r, 2, 40))} International ${kind} of ${theme}`
      : shape < 0.75 ? `${year} ${kind} of ${theme}`
      : shape < 0.9 ? `${coin(r, int(r, 2, 3))} International ${kind}`
      : `${kind} of ${theme} in ${city}`;
    if (eventNames.has(name)) continue;
    eventNames.add(name);
    const prizeKind = kind === 'Festival' || kind === 'Competition' ? pick(r, ['film', 'book', 'photo series', 'performance'] as const) : pick(r, ['book', 'photo series'] as const);
    events.push({
      name, kind: kind.toLowerCase(), city, country: c.name, date: `${year}-${pad(int(r, 1, 12))}-${pad(int(r, 1, 28))}`, organizer: Math.floor(Math.pow(r(), 1.5) * ORGANIZERS.length),
      attendance: { n: int(r, 2, 95) * 10, unit: pick(r, UNITS) }, document: pick(r, DOCUMENTS), closing: pick(r, pools.ensembles),
      prize: { title: pick(r, pools.titles), kind: prizeKind },
    });
  }

  // One Cultural Capital a year, from the cities of the catalog (not the real ones).
  const allCities = COUNTRIES.flatMap((c) => c.cities.slice(1));
  const capitalCities = new Set<string>();
  while (capitalCities.size < 17) capitalCities.add(pick(r, allCities));
  const capitals = [...capitalCities].map((city, i) => ({ city, year: 2010 + i }));

  const foundings: Founding[] = [];
  const foundingNames = new Set<string>(people.map((p) => p.role.title.replace(/^Director-General of the /, '')));
  for (let i = 0; foundings.length < Math.min(6000, 30 + Math.floor(n / 15)) && i < 200_000; i++) {
    const c = pick(r, COUNTRIES);
    const t = pick(r, pools.towns);
    const name = r() < 0.4 ? `${t.name} ${pick(r, INSTITUTIONS)}` : r() < 0.5 ? `Union of ${pick(r, FIELDS)} of ${c.name}` : `${coin(r, 2)} ${pick(r, ENSEMBLE_KINDS)}`;
    if (foundingNames.has(name)) continue;
    foundingNames.add(name);
    foundings.push({ name, year: int(r, 1925, 2022), city: pick(r, c.cities) });
  }

  const proposals: Proposal[] = [];
  const things = new Set<string>();
  for (let i = 0; proposals.length < Math.min(5000, 20 + Math.floor(n / 20)) && i < 100_000; i++) {
    const thing = `${pick(r, THINGS)} in ${r() < 0.5 ? pick(r, pick(r, COUNTRIES).cities) : pick(r, pools.towns).name}`;
    if (things.has(thing)) continue;
    things.add(thing);
    proposals.push({ person: Math.floor(Math.pow(r(), 2) * people.length), thing });
  }
  return { catalog: { people, events, capitals, foundings, proposals, towns: pools.towns }, pools };
}

const QUOTE_OPENINGS = ['Our peoples share one history', 'Culture is the bridge between our nations', 'Young people must know their roots', 'Heritage is our common wealth',
  'Art speaks one language', 'Every generation adds a page to our common book', 'Music opens doors that politics cannot', 'A museum is a school without walls', 'Our crafts carry the memory of the steppe'];
const QUOTE_PREDICATES = ['deserves a permanent budget line', 'must reach every village school', 'will be on the agenda of the next council', 'needs rules that all member states accept',
  'should be led by young professionals', 'has to be measured by results, not by declarations', 'will get a new online platform next year', 'is the first item of our joint plan',
  'cannot wait for another decade', 'should be free for children and students', 'must be protected from commercial pressure', 'needs a common register and open data'];

function newRecords(): CorpusRecords {
  return {
    personRole: new Map(), eventPlaceDate: new Map(), eventOrganizer: new Map(), eventAttendance: new Map(), eventDocument: new Map(), eventClosing: new Map(), eventPrize: new Map(),
    founding: new Map(), capital: new Map(), proposal: new Map(), statements: new Map(),
  };
}
const bump = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);

/** The articles of a corpus: `NNNNNN_<hex>.txt` file names, sorted, deterministic; with the records of what they state. */
export function generateCorpus(opts: GenerateOptions): GeneratedCorpus {
  const seed = opts.seed ?? 42;
  const { catalog, pools } = makeCatalog(opts.articles, seed);
  const r = prng(seed);
  const records = newRecords();
  const g: Gen = {
    r, cat: catalog, pools, records,
    zPeople: new Zipf(catalog.people.length, 1.0),
    zEvents: new Zipf(catalog.events.length, 0.8),
    zFound: new Zipf(catalog.foundings.length, 0.9),
    zProp: new Zipf(catalog.proposals.length, 0.9),
    zTowns: new Zipf(pools.towns.length, 0.9),
    zVillages: new Zipf(pools.villages.length, 0.8),
    zExtras: new Zipf(pools.extras.length, 0.8),
    zTitles: new Zipf(pools.titles.length, 0.8),
    zEnsembles: new Zipf(pools.ensembles.length, 0.9),
    adj: zipfPicker(ADJECTIVES),
    noun: zipfPicker(NOUNS),
    verb: zipfPicker(VERBS_PAST),
  };
  const width = Math.max(6, String(opts.articles).length);
  const articles: GeneratedArticle[] = [];
  for (let i = 0; i < opts.articles; i++) articles.push({ name: `${String(i).padStart(width, '0')}_${hex(r)}.txt`, text: article(g) });
  return { articles, catalog, records };
}

function hex(r: Rand): string {
  let s = '';
  for (let i = 0; i < 16; i++) s += '0123456789abcdef'[Math.floor(r() * 16)];
  return s;
}

interface Gen {
  r: Rand;
  cat: CorpusCatalog;
  pools: Pools;
  records: CorpusRecords;
  zPeople: Zipf;
  zEvents: Zipf;
  zFound: Zipf;
  zProp: Zipf;
  zTowns: Zipf;
  zVillages: Zipf;
  zExtras: Zipf;
  zTitles: Zipf;
  zEnsembles: Zipf;
  adj: (r: Rand) => string;
  noun: (r: Rand) => string;
  verb: (r: Rand) => string;
}

/** A descriptive sentence: no fact the benchmark asks about, but the words a real report is made of. */
function prose(g: Gen, ev: CorpusEvent): string {
  const { r } = g;
  const town = g.pools.towns[g.zTowns.index(r)]!.name;
  const village = g.pools.villages[g.zVillages.index(r)]!;
  const extra = g.pools.extras[g.zExtras.index(r)]!;
  const title = g.pools.titles[g.zTitles.index(r)]!;
  const ensemble = g.pools.ensembles[g.zEnsembles.index(r)]!;
  const n = int(r, 3, 480);
  switch (int(r, 0, 15)) {
    case 0: return `${pick(r, TIME_PHRASES)}, ${lower(pick(r, SPEAKERS_GENERIC))} from ${town} ${pick(r, OPINION_VERBS)} ${pick(r, QUALITIES)}.`;
    case 1: return `The ${town} ${pick(r, INSTITUTIONS)} ${g.verb(r)} ${n} ${g.adj(r)} ${g.noun(r)} from the village of ${village}.`;
    case 2: return `Among the exhibits were ${g.adj(r)} ${g.noun(r)} made by craftsmen from ${village} and ${g.pools.villages[g.zVillages.index(r)]!}.`;
    case 3: return `The ${ensemble} from ${town} performed ${pick(r, ARTS)}, while ${g.adj(r)} ${g.noun(r)} were shown in the foyer.`;
    case 4: return `The ${g.adj(r)} ${g.noun(r)} of the ${village} valley were ${g.verb(r)} by a team of ${int(r, 3, 40)} ${pick(r, UNITS)} led by ${extra}.`;
    case 5: return `According to the organizers, the ${town} ${pick(r, INSTITUTIONS)} will host a programme of ${pick(r, ARTS)} in ${pick(r, MONTHS)}.`;
    case 6: return `The catalogue describes ${n} ${g.adj(r)} ${g.noun(r)} and ${int(r, 2, 90)} ${g.adj(r)} ${g.noun(r)}.`;
    case 7: return `The film "${title}" by director ${extra} opened the evening programme.`;
    case 8: return `The book "${title}" about the ${g.noun(r)} of ${town} was presented by its author ${extra}.`;
    case 9: return `Master classes in ${pick(r, CRAFTS)} were given by ${extra}, who learned the craft in ${village}.`;
    case 10: return `${extra} read poems from the collection "${title}", accompanied by ${pick(r, ARTS)}.`;
    case 11: return `A ${g.adj(r)} display of ${pick(r, CRAFTS)} from ${town} drew ${n} ${pick(r, UNITS)} on the first day.`;
    case 12: return `${pick(r, SPEAKERS_GENERIC)} from ${town} ${g.verb(r)} ${g.adj(r)} ${g.noun(r)} and ${g.adj(r)} ${g.noun(r)} kept in family collections.`;
    case 13: return `The ${ev.kind} programme also included a round table on ${pick(r, TOPICS)} chaired by ${extra}.`;
    case 14: return `In ${village}, ${int(r, 2, 30)} families still keep the tradition of ${pick(r, CRAFTS)} and ${pick(r, ARTS)}.`;
    default: return `${extra}, a ${g.adj(r)} ${pick(r, ['painter', 'singer', 'poet', 'potter', 'weaver', 'historian', 'photographer', 'dancer'])} from ${town}, ${pick(r, ['showed', 'presented', 'discussed', 'donated'])} ${g.adj(r)} ${g.noun(r)}.`;
  }
}

function wordCount(s: string): number {
  let n = 0;
  for (const w of s.split(' ')) if (w) n++;
  return n;
}

/** "Kazakh Minister of Culture Nurzhan Bekovbayev" or "Nurzhan Bekovbayev, Director of ...". */
function introduce(g: Gen, pi: number): string {
  const p = g.cat.people[pi]!;
  bump(g.records.personRole, pi);
  return g.r() < 0.6 ? `${p.role.prefix} ${p.name}` : `${p.name}, ${p.role.title},`;
}

function statement(g: Gen, pi: number): Statement & { mentions: number } {
  const topic = pick(g.r, TOPICS);
  const key = `${pi}|${topic}`;
  let s = g.records.statements.get(key);
  if (!s) {
    // One quote per person and topic, decided on first use and repeated word for word afterwards.
    const predicate = pick(g.r, QUOTE_PREDICATES);
    s = { person: pi, topic, quote: `${pick(g.r, QUOTE_OPENINGS)}, and ${topic} ${predicate}`, key: predicate.split(',')[0]!, mentions: 0 };
    g.records.statements.set(key, s);
  }
  s.mentions++;
  return s;
}

function article(g: Gen): string {
  const { r, cat, records } = g;
  const ei = g.zEvents.index(r);
  const ev = cat.events[ei]!;
  const pub = pick(r, PUBLISHERS);
  const org = ORGANIZERS[ev.organizer]!.name;
  const [y, m, d] = ev.date.split('-').map(Number) as [number, number, number];
  const articleDate = `${y}-${pad(m)}-${pad(Math.min(28, d + int(r, 0, 3)))}`;
  const style = r();
  const undated = style < 0.08;
  const facts: string[] = [];

  bump(records.eventPlaceDate, ei);
  const withOrganizer = r() < 0.6;
  if (withOrganizer) bump(records.eventOrganizer, ei);
  const leads = withOrganizer
    ? [`The ${ev.name} was held in ${ev.city} on ${humanDate(ev.date)}, organized by ${org}.`, `${ev.city} hosted the ${ev.name} on ${humanDate(ev.date)}, organized by ${org}.`, `The ${ev.name}, organized by ${org}, took place in ${ev.city} on ${humanDate(ev.date)}.`]
    : [`The ${ev.name} was held in ${ev.city} on ${humanDate(ev.date)}, ${pub} reports.`, `The ${ev.name} took place in ${ev.city} on ${humanDate(ev.date)}.`, `On ${humanDate(ev.date)}, ${ev.city} hosted the ${ev.name}.`];
  const lead = pick(r, leads);

  // Speakers: one to three people, each introduced with their post.
  const speakers = int(r, 1, 3);
  for (let i = 0; i < speakers; i++) {
    const pi = g.zPeople.index(r);
    const who = introduce(g, pi);
    facts.push(pick(r, [
      `${who} welcomed the participants of the ${ev.kind}.`,
      `${who} addressed the opening ceremony and thanked the hosts from ${ev.city}.`,
      `${who} took part in the ${ev.kind} and met the organizers.`,
    ]));
    if (r() < 0.45) {
      const s = statement(g, pi);
      facts.push(`"${s.quote}," ${cat.people[pi]!.surname} said.`);
    }
  }
  if (r() < 0.35) {
    bump(records.eventAttendance, ei);
    facts.push(pick(r, [
      `${pick(r, ['More than', 'About', 'Nearly', 'Over'])} ${ev.attendance.n} ${ev.attendance.unit} from ${int(r, 3, 14)} countries attended the ${ev.kind}.`,
      `The ${ev.name} brought together ${ev.attendance.n} ${ev.attendance.unit} from ${int(r, 3, 14)} countries.`,
    ]));
  }
  if (r() < 0.3) {
    bump(records.eventDocument, ei);
    facts.push(pick(r, [
      `At the end of the ${ev.kind}, the participants signed ${ev.document}.`,
      `On the last day of the ${ev.name}, the delegations signed ${ev.document}.`,
      `The ${ev.kind} closed with the signing of ${ev.document} by ${int(r, 3, 9)} delegations.`,
    ]));
  }
  if (r() < 0.3) {
    bump(records.eventClosing, ei);
    facts.push(pick(r, [
      `The ${ev.closing} performed at the closing ceremony of the ${ev.kind}.`,
      `The closing ceremony of the ${ev.name} featured the ${ev.closing}.`,
      `The ${ev.closing} performed ${pick(r, ARTS)} at the closing ceremony of the ${ev.kind} in ${ev.city}.`,
    ]));
  }
  if (r() < 0.25) {
    bump(records.eventPrize, ei);
    facts.push(pick(r, [
      `The main prize of the ${ev.kind} went to the ${ev.prize.kind} "${ev.prize.title}".`,
      `The ${ev.prize.kind} "${ev.prize.title}" won the main prize of the ${ev.name}.`,
      `The jury of the ${ev.kind} gave its main prize to the ${ev.prize.kind} "${ev.prize.title}" after ${int(r, 2, 5)} days of screenings and readings.`,
    ]));
  }
  if (r() < 0.25) {
    const pi = g.zProp.index(r);
    const pr = cat.proposals[pi]!;
    bump(records.proposal, pi);
    const who = introduce(g, pr.person);
    facts.push(pick(r, [`${who} proposed to establish ${pr.thing}.`, `${who} proposed to establish ${pr.thing}, saying that the ${ev.kind} had shown the need for it.`]));
  }
  if (r() < 0.15) {
    const ci = int(r, 0, cat.capitals.length - 1);
    const c = cat.capitals[ci]!;
    bump(records.capital, ci);
    facts.push(pick(r, [
      `${c.city} was declared the Cultural Capital of the Turkic World for ${c.year} at a meeting of the Permanent Council of TURKSOY.`,
      `${c.city}, the Cultural Capital of the Turkic World in ${c.year}, hosted a series of concerts.`,
    ]));
  }
  if (r() < 0.3) {
    const fi = g.zFound.index(r);
    const f = cat.foundings[fi]!;
    bump(records.founding, fi);
    facts.push(pick(r, [
      `The ${f.name} was founded in ${f.year} in ${f.city}.`,
      `The ${f.name} was established in ${f.year}.`,
      `The ${f.name}, founded in ${f.year}, ${pick(r, ['took part in the programme', 'brought its archive to the exhibition', 'sent a delegation', 'prepared a special concert'])}.`,
    ]));
  }
  if (r() < 0.3) {
    // A past event, recalled with its place and date.
    const oi = g.zEvents.index(r);
    const old = cat.events[oi]!;
    if (oi !== ei && old.date < ev.date) {
      bump(records.eventPlaceDate, oi);
      facts.push(`Earlier, the ${old.name} was held in ${old.city} on ${humanDate(old.date)}.`);
    }
  }
  if (r() < 0.15) facts.push(pick(r, OFF_TOPIC_SENTENCES).replace('{city}', ev.city).replace('{n}', String(int(r, 2, 40))).replace('{m}', String(int(r, 0, 5))).replace('{weather}', pick(r, WEATHER)));

  // Prose around the facts up to the article's length, the facts spread through it.
  const target = int(r, 300, 600);
  const sentences = [lead];
  let words = wordCount(lead) + facts.reduce((s, f) => s + wordCount(f), 0);
  const body = [...facts];
  while (words < target) {
    const s = prose(g, ev);
    words += wordCount(s);
    body.splice(int(r, 0, body.length), 0, s);
  }
  sentences.push(...body);
  const paras: string[] = [];
  for (let i = 0; i < sentences.length; ) {
    const k = int(r, 2, 4);
    paras.push(sentences.slice(i, i + k).join(' '));
    i += k;
  }
  const text = paras.join('\n\n');
  if (undated) return `${text}\n`;
  if (style < 0.15) return `---\ntitle: ${ev.name} in ${ev.city}\nurl: https://example.org/news/${articleDate}-${Math.floor(r() * 1e6)}\npublisher: ${pub}\ndate: ${articleDate}\n---\n${text}\n`;
  return ` date ${articleDate} ${text}\n`;
}

/** Writes a generated corpus into `dir` (emptied first). */
export function writeCorpus(dir: string, opts: GenerateOptions): GeneratedCorpus & { bytes: number } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const corpus = generateCorpus(opts);
  let bytes = 0;
  for (const a of corpus.articles) {
    writeFileSync(join(dir, a.name), a.text);
    bytes += Buffer.byteLength(a.text);
  }
  return { ...corpus, bytes };
}
