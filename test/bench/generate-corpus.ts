/**
 * A deterministic generator of synthetic news articles about Turkic cultural cooperation, for the
 * benchmarks. Same seed and size, same bytes. The articles use the seed file format (` date YYYY-MM-DD`
 * first line, some undated, some with front matter) and the wording of real copy: people with roles,
 * events held in cities, Cultural Capitals, foundings, signed documents, proposals, quotes, figures,
 * and filler sentences where "TURKSOY", "Turkic", "culture" and "cooperation" occur nearly everywhere,
 * which is what makes a plain full-text search slow. Who and what an article names follows a Zipf-like
 * law: a few famous people, cities and events, and a long tail.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: small, fast, good enough for test data, and the same on every platform. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

/** Picks index i with weight 1 / (i + 1)^s: rank 0 is the most frequent. */
class Zipf {
  private readonly cdf: Float64Array;
  constructor(n: number, s = 1.05) {
    this.cdf = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < n; i++) this.cdf[i] = sum += 1 / Math.pow(i + 1, s);
    for (let i = 0; i < n; i++) this.cdf[i]! /= sum;
  }
  index(r: Rand): number {
    const x = r();
    let lo = 0;
    let hi = this.cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

interface CountrySpec {
  name: string;
  demonym: string;
  cities: string[];
  first: [string[], string[]];
  surnameStems: string[];
  /** Male and female surname endings. */
  endings: [string[], string[]];
  ministry: string;
}

const COUNTRY_SPECS: CountrySpec[] = [
  {
    name: 'Kazakhstan', demonym: 'Kazakh', cities: ['Astana', 'Almaty', 'Turkistan', 'Shymkent', 'Aktau', 'Karaganda', 'Aktobe'],
    first: [['Nur', 'Ser', 'Ber', 'Dau', 'Ask', 'Yer', 'Kan', 'Zhan', 'Bol', 'Ar'], ['lan', 'ik', 'ren', 'at', 'zhan', 'bol', 'sultan', 'tay']],
    surnameStems: ['Tokta', 'Zhaksy', 'Abdi', 'Kasym', 'Mukhan', 'Bekten', 'Sadyk', 'Omar', 'Tulegen', 'Yerlan', 'Kunan', 'Baimu'],
    endings: [['ov', 'bayev', 'ev', 'uly'], ['ova', 'bayeva', 'eva', 'kyzy']], ministry: 'Minister of Culture and Information',
  },
  {
    name: 'Azerbaijan', demonym: 'Azerbaijani', cities: ['Baku', 'Shusha', 'Ganja', 'Gabala', 'Sheki', 'Nakhchivan'],
    first: [['Ad', 'Ag', 'Far', 'Rash', 'El', 'Tur', 'Va', 'Ilk', 'Ram', 'Nig'], ['il', 'han', 'id', 'chin', 'gar', 'ar', 'ul', 'ana']],
    surnameStems: ['Kari', 'Mamma', 'Hasan', 'Aliy', 'Rza', 'Huseyn', 'Guli', 'Najaf', 'Babay', 'Ismayil', 'Sadig', 'Abbas'],
    endings: [['li', 'ov', 'zade', 'ev'], ['li', 'ova', 'zade', 'eva']], ministry: 'Minister of Culture',
  },
  {
    name: 'Kyrgyzstan', demonym: 'Kyrgyz', cities: ['Bishkek', 'Osh', 'Cholpon-Ata', 'Karakol'],
    first: [['Kany', 'Alt', 'Mai', 'Ai', 'Su', 'Tal', 'Ulan', 'Chyn', 'Bak', 'Ta'], ['bek', 'ynai', 'rambek', 'perim', 'gar', 'ant', 'yt', 'bolot']],
    surnameStems: ['Osmon', 'Sydyk', 'Usen', 'Kadyr', 'Toktogul', 'Zhumabek', 'Asan', 'Mamyt', 'Nurbek', 'Dzhum', 'Karabek'],
    endings: [['ov', 'bekov', 'aliev', 'uulu'], ['ova', 'bekova', 'alieva', 'kyzy']], ministry: 'Minister of Culture, Information, Sports and Youth Policy',
  },
  {
    name: 'Uzbekistan', demonym: 'Uzbek', cities: ['Tashkent', 'Samarkand', 'Bukhara', 'Khiva', 'Andijan', 'Kokand', 'Termez', 'Namangan'],
    first: [['Ozod', 'Shav', 'Ul', 'Dil', 'Jam', 'Sar', 'Bah', 'Nod', 'Akm', 'Fer'], ['bek', 'kat', 'ugbek', 'nora', 'shid', 'dor', 'rom', 'ira']],
    surnameStems: ['Nazar', 'Yusup', 'Karim', 'Tashkent', 'Rahim', 'Mirzo', 'Abdulla', 'Saidov', 'Ergash', 'Umar', 'Xolmat'],
    endings: [['ov', 'bekov', 'jonov', 'ev'], ['ova', 'bekova', 'jonova', 'eva']], ministry: 'Minister of Culture and Tourism',
  },
  {
    name: 'Turkmenistan', demonym: 'Turkmen', cities: ['Ashgabat', 'Mary', 'Turkmenbashi', 'Anau'],
    first: [['Ata', 'Mer', 'Ser', 'Gur', 'Ak', 'Bat', 'Ogul', 'Jem', 'Gul', 'Aman'], ['geldi', 'dan', 'dar', 'bany', 'jemal', 'yr', 'shat', 'mamed']],
    surnameStems: ['Shamurad', 'Meredow', 'Orazgeldi', 'Annaguly', 'Berdi', 'Hojamuhammet', 'Atayew', 'Ovez', 'Nury', 'Gurban'],
    endings: [['ov', 'yev', 'ow', 'gulyyev'], ['ova', 'yeva', 'owa', 'gulyyeva']], ministry: 'Minister of Culture',
  },
  {
    name: 'Türkiye', demonym: 'Turkish', cities: ['Ankara', 'Istanbul', 'Bursa', 'Izmir', 'Konya', 'Kastamonu', 'Eskisehir', 'Kayseri'],
    first: [['Meh', 'Ah', 'Ay', 'Em', 'Ser', 'Kem', 'Oz', 'Bur', 'Ne', 'Tol'], ['met', 'se', 'ine', 'dar', 'al', 'gur', 'cu', 'han']],
    surnameStems: ['Yil', 'Ersoy', 'Demir', 'Kaya', 'Cel', 'Aydin', 'Ozt', 'Kor', 'Sahin', 'Tun', 'Gok', 'Bayr'],
    endings: [['maz', 'oglu', 'can', 'tekin'], ['maz', 'oglu', 'can', 'tekin']], ministry: 'Minister of Culture and Tourism',
  },
  {
    name: 'Hungary', demonym: 'Hungarian', cities: ['Budapest'],
    first: [['Bal', 'Zol', 'Lasz', 'Gab', 'Esz', 'Kat', 'Ist', 'Mik'], ['azs', 'tan', 'lo', 'or', 'ter', 'alin', 'van', 'los']],
    surnameStems: ['Horv', 'Szab', 'Kov', 'Toth', 'Nagy', 'Var', 'Fark', 'Kiss', 'Molnar'],
    endings: [['ath', 'o', 'acs', 'ai'], ['ath', 'o', 'acs', 'ai']], ministry: 'Minister of Culture and Innovation',
  },
];

const ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PUBLISHERS = ['Azernews', 'Kazinform', 'Trend', 'AZERTAC', 'Kabar', 'Daryo', 'UzA', 'Turkmenportal', 'Anadolu Agency', 'Daily Sabah', 'The Astana Times', 'Report', 'AKIpress'];
const FIELDS = ['Writers', 'Composers', 'Artists', 'Journalists', 'Architects', 'Theatre Workers', 'Filmmakers', 'Designers', 'Photographers', 'Folk Musicians', 'Restorers', 'Translators'];
const AGENCIES = ['Film Agency', 'National Library', 'Heritage Agency', 'Book Chamber', 'Museum Agency', 'Translation Institute', 'Music Academy', 'Theatre Agency', 'Archive Agency', 'Crafts Council'];
const EVENT_KINDS = ['Meeting', 'Forum', 'Festival', 'Summit', 'Conference', 'Exhibition'] as const;
const EVENT_THEMES = [
  'Turkic Media Leaders', 'Turkic Film Makers', 'Ministers of Culture of TURKSOY Member States', 'Turkic Folk Dance', 'Young Turkic Poets', 'Turkic Epic Heritage',
  'Turkic Theatre Directors', 'Turkic Museum Directors', 'Turkic Librarians', 'Turkic Ashiq Art', 'Turkic Calligraphy', 'Turkic Carpet Weavers', 'Turkic Puppet Theatres',
  'Turkic Opera Singers', 'Turkic Translators', 'Turkic Children Choirs', 'Turkic Photographers', 'Turkic Architecture Schools', 'Turkic Women Artists', 'Turkic Folk Instruments',
  'Turkic Book Publishers', 'Turkic Culinary Heritage', 'Turkic Nomadic Games', 'Turkic Jewelry Makers', 'Turkic Restoration Experts', 'Turkic Animation Studios',
];
const THINGS = [
  'a joint Turkic news portal', 'a common Turkic film fund', 'an online library of Turkic manuscripts', 'a Turkic youth orchestra', 'a school of Turkic miniature painting',
  'a travelling exhibition of Turkic carpets', 'an annual prize for Turkic translators', 'a joint encyclopedia of Turkic epics', 'a Turkic theatre week', 'a digital archive of Turkic folk songs',
  'a summer school for young restorers', 'a common alphabet commission', 'a festival of Turkic street food', 'a Turkic animation studio network', 'a register of Turkic historical monuments',
  'a Turkic children book series', 'a residency for Turkic composers', 'a joint tourism route along the Silk Road', 'a Turkic documentary film platform', 'a museum of nomadic civilization',
];
const DOCUMENTS = ['a memorandum on the exchange of news content', 'a protocol on joint film production', 'an agreement on museum cooperation', 'a roadmap for cultural cooperation',
  'a declaration on the protection of Turkic heritage', 'a memorandum on library exchanges', 'a plan of joint events for the coming year', 'an agreement on translation of classical works',
  'a memorandum on theatre tours', 'a protocol on the restoration of historical monuments'];
const UNITS = ['journalists', 'artists', 'participants', 'spectators', 'visitors', 'musicians', 'films', 'books', 'delegates', 'young people', 'scholars', 'dancers'];
const TOPICS = ['the code of ethics', 'the common alphabet', 'heritage protection', 'film co-production', 'the youth programme', 'museum exchanges', 'the translation fund', 'the festival programme'];

// Filler: subject, verb phrase, object and adjunct drawn independently, so sentences rarely repeat.
const F_SUBJ = ['TURKSOY', 'The Organization of Turkic States', 'The Turkic Culture and Heritage Foundation', 'The International Turkic Academy', 'Cultural cooperation among Turkic states',
  'The Turkic world', 'The joint programme of TURKSOY', 'Turkic culture', 'The cultural heritage of the Turkic peoples', 'Cooperation in culture', 'The member states of TURKSOY', 'Turkic-speaking countries'];
const F_VERB = ['continues to strengthen', 'plays an important role in preserving', 'has become a platform for', 'contributes to the development of', 'brings together', 'promotes', 'supports',
  'opens new horizons for', 'serves the deepening of', 'gives new impetus to', 'helps to popularize', 'celebrates'];
const F_OBJ = ['the common cultural heritage of the Turkic world', 'cultural cooperation among Turkic peoples', 'Turkic culture and art', 'the unity of the Turkic world', 'traditional Turkic music',
  'the shared history and values of Turkic nations', 'dialogue between Turkic cultures', 'young artists of the Turkic world', 'Turkic literature and language', 'folk crafts of Turkic peoples',
  'cultural ties between TURKSOY member states', 'Turkic cinema and theatre', 'the spiritual heritage of the Turkic world', 'cooperation in culture, education and tourism'];
const F_ADJ = ['', '', ' every year', ' across the Turkic world', ' in line with the TURKSOY programme', ' within the framework of the Organization of Turkic States', ' through joint projects',
  ' for future generations', ' since its foundation', ' on the international stage', ' through festivals and exhibitions', ' with the support of the member states'];
const F_EXTRA = [
  'The programme included concerts, exhibitions of {craft} and master classes in {art}.',
  'Guests visited the {place} and got acquainted with {craft} of the region.',
  'A {adj} exhibition of {craft} was opened in the foyer of the {place}.',
  'Participants watched a performance of {art} prepared by young artists from {country}.',
  'The {place} presented {n} works devoted to {theme}.',
  'Scholars presented papers on {theme} and the role of {art} in Turkic culture.',
  'The organizers noted that interest in {art} among young people is growing in {country}.',
  'The evening ended with a concert of {art} and a display of {craft}.',
  'Books on {theme} were presented to the libraries of {country}.',
  'Students of the {place} performed {art} in national costumes.',
];
const CRAFTS = ['felt carpets', 'embroidered textiles', 'silver jewelry', 'ceramics', 'wood carving', 'miniature paintings', 'calligraphy', 'leather saddles', 'copper vessels', 'silk scarves', 'yurt decorations', 'musical instruments'];
const ARTS = ['throat singing', 'mugham', 'dombra music', 'komuz music', 'ashiq poetry', 'folk dance', 'shadow theatre', 'epic recitation', 'maqam music', 'dutar music', 'opera arias', 'kobyz music'];
const PLACES_F = ['State Philharmonic', 'National Museum', 'Palace of Culture', 'National Library', 'Academic Drama Theatre', 'Art Gallery', 'Conservatory', 'House of Friendship', 'Opera and Ballet Theatre'];
const THEMES_F = ['the Orkhon inscriptions', 'the epic of Manas', 'the Book of Dede Korkut', 'Yusuf Balasaguni', 'Mahmud Kashgari', 'Ahmed Yasawi', 'Alisher Navoi', 'Magtymguly Pyragy', 'Abai Kunanbaiuly', 'Nizami Ganjavi', 'Chingiz Aitmatov', 'the Great Silk Road'];
const ADJS = ['large', 'small', 'unique', 'travelling', 'photo', 'joint', 'virtual', 'open-air'];
const OFF_TOPIC = ['Earlier, {pub} reported that the price of bread in {city} rose by {n} percent.', 'The weather in {city} is expected to be sunny this week.', 'Traffic in the centre of {city} was restricted during the ceremony.'];

export interface Person {
  name: string;
  country: string;
  role: string;
  /** How the role is written before the name: "Kazakh Minister of Culture and Information". */
  prefix: string;
}

export interface CorpusEvent {
  name: string;
  kind: string;
  city: string;
  date: string;
  organizer: string;
}

export interface CorpusCatalog {
  people: Person[];
  events: CorpusEvent[];
  capitals: { city: string; year: number }[];
  foundings: { name: string; year: number; city: string }[];
  proposals: { person: string; thing: string }[];
}

export interface GeneratedArticle {
  name: string;
  text: string;
}

export interface GenerateOptions {
  articles: number;
  seed?: number;
}

function makeName(r: Rand, c: CountrySpec, female: boolean): string {
  const first = pick(r, c.first[0]) + pick(r, c.first[1]);
  const stem = pick(r, c.surnameStems);
  const end = pick(r, c.endings[female ? 1 : 0]);
  return `${first} ${stem}${end}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The catalog of things the articles talk about: sizes grow with the corpus (long tail). */
export function makeCatalog(n: number, seed: number): CorpusCatalog {
  const r = prng(seed ^ 0x5eed);
  const seen = new Set<string>();
  const people: Person[] = [];
  const peopleCount = Math.min(30_000, 150 + Math.floor(n / 4));
  // A few fixed international posts first: they are the famous ones (low Zipf rank).
  const posts: [string, string, string][] = [
    ['Secretary General of TURKSOY', 'TURKSOY Secretary General', 'Kazakhstan'],
    ['Secretary General of the Organization of Turkic States', 'OTS Secretary General', 'Kyrgyzstan'],
    ['President of the International Turkic Academy', 'International Turkic Academy President', 'Kazakhstan'],
    ['Deputy Secretary General of TURKSOY', 'TURKSOY Deputy Secretary General', 'Azerbaijan'],
    ['Deputy Secretary General of the Organization of Turkic States', 'OTS Deputy Secretary General', 'Uzbekistan'],
  ];
  const spec = (name: string) => COUNTRY_SPECS.find((c) => c.name === name)!;
  const add = (p: Person) => {
    if (seen.has(p.name)) return;
    seen.add(p.name);
    people.push(p);
  };
  for (const [role, prefix, country] of posts) add({ name: makeName(r, spec(country), r() < 0.3), country, role, prefix });
  for (const c of COUNTRY_SPECS) add({ name: makeName(r, c, r() < 0.4), country: c.name, role: `${c.ministry} of ${c.name}`, prefix: `${c.demonym} ${c.ministry}` });
  for (let guard = 0; people.length < peopleCount && guard < peopleCount * 20; guard++) {
    const c = COUNTRY_SPECS[Math.min(COUNTRY_SPECS.length - 1, Math.floor(Math.pow(r(), 1.6) * COUNTRY_SPECS.length))]!;
    const female = r() < 0.4;
    const name = makeName(r, c, female);
    const kind = r();
    let role: string;
    let prefix: string;
    if (kind < 0.12) [role, prefix] = [`Deputy ${c.ministry} of ${c.name}`, `${c.demonym} Deputy ${c.ministry}`];
    else if (kind < 0.4) {
      const field = pick(r, FIELDS);
      [role, prefix] = [`Chair of the Union of ${field} of ${c.name}`, `Chair of the Union of ${field} of ${c.name}`];
    } else if (kind < 0.7) {
      const agency = pick(r, AGENCIES);
      [role, prefix] = [`Director-General of the ${c.name === 'Türkiye' ? 'Turkish' : c.demonym} ${agency}`, `Director-General of the ${c.name === 'Türkiye' ? 'Turkish' : c.demonym} ${agency}`];
    } else if (kind < 0.85) [role, prefix] = [`Rector of the ${pick(r, c.cities)} State University`, `Rector of the ${pick(r, c.cities)} State University`];
    else [role, prefix] = [`Ambassador of ${c.name} to ${pick(r, COUNTRY_SPECS).name}`, `${c.demonym} Ambassador`];
    add({ name, country: c.name, role, prefix });
  }

  const events: CorpusEvent[] = [];
  const eventNames = new Set<string>();
  const eventCount = Math.min(40_000, 60 + Math.floor(n / 3));
  const orgs = ['TURKSOY', 'the Organization of Turkic States', 'the International Turkic Academy', 'the Turkic Culture and Heritage Foundation'];
  for (let guard = 0; events.length < eventCount && guard < eventCount * 20; guard++) {
    const c = pick(r, COUNTRY_SPECS);
    const city = pick(r, c.cities);
    const kind = pick(r, EVENT_KINDS);
    const theme = pick(r, EVENT_THEMES);
    const year = int(r, 2015, 2026);
    const ordinal = r() < 0.6 ? `${pick(r, ORDINALS)} ` : '';
    const name = ordinal ? `${ordinal}${kind} of ${theme}` : r() < 0.5 ? `${year} ${kind} of ${theme}` : `International ${kind} of ${theme} in ${city}`;
    if (eventNames.has(name)) continue;
    eventNames.add(name);
    const date = `${year}-${pad(int(r, 1, 12))}-${pad(int(r, 1, 28))}`;
    events.push({ name, kind: kind.toLowerCase(), city, date, organizer: pick(r, orgs) });
  }

  const capitalCities = ['Turkistan', 'Sheki', 'Kastamonu', 'Ganja', 'Osh', 'Khiva', 'Bursa', 'Shusha', 'Anau', 'Kazan', 'Andijan', 'Aktau'];
  const capitals = capitalCities.map((city, i) => ({ city, year: 2015 + i }));

  const foundings: CorpusCatalog['foundings'] = [];
  const foundingNames = new Set<string>();
  for (let i = 0; foundings.length < Math.min(5000, 20 + Math.floor(n / 20)) && i < 100_000; i++) {
    const c = pick(r, COUNTRY_SPECS);
    const name = r() < 0.5 ? `Union of ${pick(r, FIELDS)} of ${c.name}` : `${c.name === 'Türkiye' ? 'Turkish' : c.demonym} ${pick(r, AGENCIES)}`;
    if (foundingNames.has(name)) continue;
    foundingNames.add(name);
    foundings.push({ name, year: int(r, 1925, 2022), city: pick(r, c.cities) });
  }

  const proposals: CorpusCatalog['proposals'] = [];
  for (let i = 0; i < Math.min(3000, 20 + Math.floor(n / 30)); i++) proposals.push({ person: people[Math.floor(Math.pow(r(), 2) * people.length)]!.name, thing: `${pick(r, THINGS)} in ${pick(r, pick(r, COUNTRY_SPECS).cities)}` });

  return { people, events, capitals, foundings, proposals };
}

function humanDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** The articles of a corpus: `NNNNNN_<hex>.txt` file names, sorted, deterministic. */
export function generateCorpus(opts: GenerateOptions): { articles: GeneratedArticle[]; catalog: CorpusCatalog } {
  const seed = opts.seed ?? 42;
  const catalog = makeCatalog(opts.articles, seed);
  const r = prng(seed);
  const zPeople = new Zipf(catalog.people.length);
  const zEvents = new Zipf(catalog.events.length, 0.9);
  const zFound = new Zipf(catalog.foundings.length);
  const zProp = new Zipf(catalog.proposals.length);
  const width = Math.max(6, String(opts.articles).length);
  const articles: GeneratedArticle[] = [];
  for (let i = 0; i < opts.articles; i++) articles.push({ name: `${String(i).padStart(width, '0')}_${hex(r)}.txt`, text: article(r, catalog, zPeople, zEvents, zFound, zProp) });
  return { articles, catalog };
}

function hex(r: Rand): string {
  let s = '';
  for (let i = 0; i < 16; i++) s += '0123456789abcdef'[Math.floor(r() * 16)];
  return s;
}

function filler(r: Rand, city: string, country: string): string {
  if (r() < 0.55) {
    const s = `${pick(r, F_SUBJ)} ${pick(r, F_VERB)} ${pick(r, F_OBJ)}${pick(r, F_ADJ)}.`;
    return s;
  }
  return pick(r, F_EXTRA)
    .replace('{craft}', pick(r, CRAFTS))
    .replace('{craft}', pick(r, CRAFTS))
    .replace('{art}', pick(r, ARTS))
    .replace('{art}', pick(r, ARTS))
    .replace('{place}', `${city} ${pick(r, PLACES_F)}`)
    .replace('{theme}', pick(r, THEMES_F))
    .replace('{country}', country)
    .replace('{adj}', pick(r, ADJS))
    .replace('{n}', String(int(r, 12, 480)));
}

function quote(r: Rand): string {
  const a = pick(r, ['Our peoples share one history', 'Culture is the bridge that unites the Turkic world', 'Young people must know their roots', 'Heritage is our common wealth', 'Art speaks one language in the Turkic world']);
  const b = pick(r, ['and we must protect ' + pick(r, TOPICS), 'so we support ' + pick(r, TOPICS), 'and ' + pick(r, TOPICS) + ' will serve all our nations', 'and TURKSOY will continue to work on ' + pick(r, TOPICS)]);
  return `${a}, ${b}`;
}

function article(r: Rand, cat: CorpusCatalog, zPeople: Zipf, zEvents: Zipf, zFound: Zipf, zProp: Zipf): string {
  const ev = cat.events[zEvents.index(r)]!;
  const spec = COUNTRY_SPECS.find((c) => c.cities.includes(ev.city))!;
  const pub = pick(r, PUBLISHERS);
  // Reports come out on the day of the event or a few days after it.
  const [y, m, d] = ev.date.split('-').map(Number) as [number, number, number];
  const articleDate = `${y}-${pad(m)}-${pad(Math.min(28, d + int(r, 0, 3)))}`;
  const sameDay = articleDate === ev.date;
  const person = () => cat.people[zPeople.index(r)]!;
  const paras: string[] = [];

  // Lead: the event, its place and date.
  const organizer = ev.organizer;
  const leads = [
    `${ev.city}, ${MONTHS[m - 1]} ${d} (${pub}). The ${ev.name} opened ${sameDay ? 'today' : `on ${humanDate(ev.date)}`} in ${ev.city}, organized by ${organizer}.`,
    `The ${ev.name} was held in ${ev.city} on ${humanDate(ev.date)}, ${pub} reports.`,
    `${ev.city} hosted the ${ev.name} on ${humanDate(ev.date)}, organized by ${organizer}.`,
    `The ${ev.name} took place in ${ev.city} on ${humanDate(ev.date)} with the support of ${organizer}.`,
  ];
  paras.push(pick(r, leads));
  const nFill = int(r, 2, 6);
  const body: string[] = [];
  for (let i = 0; i < nFill; i++) body.push(filler(r, ev.city, spec.name));

  const p1 = person();
  body.push(
    pick(r, [
      `${p1.prefix} ${p1.name} welcomed the guests and stressed the importance of ${pick(r, F_OBJ)}.`,
      `${p1.name}, ${p1.role}, noted that ${pick(r, F_SUBJ).replace(/^The /, 'the ')} ${pick(r, F_VERB)} ${pick(r, F_OBJ)}.`,
      `${p1.prefix} ${p1.name} addressed the participants of the ${ev.kind}.`,
    ]),
  );
  if (r() < 0.5) body.push(`"${quote(r)}," ${p1.name.split(' ')[1]} said.`);
  if (r() < 0.5) {
    const p2 = person();
    body.push(`${p2.name}, ${p2.role}, said that ${pick(r, TOPICS)} ${pick(r, ['would protect the independence of editors', 'would bring Turkic nations closer', 'needs the support of all member states', 'is a priority for the coming year'])}.`);
  }
  if (r() < 0.35) {
    const pr = cat.proposals[zProp.index(r)]!;
    body.push(`${pr.person} proposed to establish ${pr.thing}.`);
  }
  if (r() < 0.45) body.push(`${pick(r, ['More than', 'About', 'Nearly', 'Over'])} ${int(r, 2, 90) * 10} ${pick(r, UNITS)} from ${int(r, 3, 14)} countries attended the ${ev.kind}.`);
  if (r() < 0.35) body.push(`At the end of the ${ev.kind}, the participants signed ${pick(r, DOCUMENTS)}.`);
  if (r() < 0.2) {
    const c = pick(r, cat.capitals);
    body.push(pick(r, [
      `The city of ${c.city} was declared the Cultural Capital of the Turkic World for ${c.year} at the meeting of the Permanent Council of TURKSOY.`,
      `${c.city}, the Cultural Capital of the Turkic World for ${c.year}, hosted a series of concerts and exhibitions.`,
    ]));
  }
  if (r() < 0.3) {
    const f = cat.foundings[zFound.index(r)]!;
    body.push(pick(r, [`The ${f.name} was founded in ${f.year} in ${f.city}.`, `The ${f.name} was established in ${f.year}.`]));
  }
  if (r() < 0.15) body.push(pick(r, OFF_TOPIC).replace('{pub}', pub).replace('{city}', ev.city).replace('{n}', String(int(r, 2, 9))));
  // Shuffle the body lightly: facts are not always in the same place.
  for (let i = body.length - 1; i > 0; i--) {
    if (r() < 0.3) {
      const j = int(r, 0, i);
      [body[i], body[j]] = [body[j]!, body[i]!];
    }
  }
  while (body.length) paras.push(body.splice(0, int(r, 1, 3)).join(' '));
  const text = paras.join('\n\n');
  const style = r();
  if (style < 0.08) return `${text}\n`;
  if (style < 0.15) return `---\ntitle: ${ev.name} in ${ev.city}\nurl: https://example.org/news/${articleDate}-${Math.floor(r() * 1e6)}\npublisher: ${pub}\ndate: ${articleDate}\n---\n${text}\n`;
  return ` date ${articleDate} ${text}\n`;
}

/** Writes a generated corpus into `dir` (emptied first). */
export function writeCorpus(dir: string, opts: GenerateOptions): { catalog: CorpusCatalog; bytes: number } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { articles, catalog } = generateCorpus(opts);
  let bytes = 0;
  for (const a of articles) {
    writeFileSync(join(dir, a.name), a.text);
    bytes += Buffer.byteLength(a.text);
  }
  return { catalog, bytes };
}

/**
 * About `count` questions from the corpus's own names, deterministic: fact lookups, list questions,
 * questions only sentence search can answer, and questions the articles do not answer.
 */
export function benchQuestions(catalog: CorpusCatalog, count = 200, seed = 7): string[] {
  const r = prng(seed);
  const zPeople = new Zipf(catalog.people.length);
  const zEvents = new Zipf(catalog.events.length, 0.9);
  const out: string[] = [];
  const makers: (() => string)[] = [
    () => `Who is ${catalog.people[zPeople.index(r)]!.name}?`,
    () => `Who is the ${pick(r, catalog.people.slice(0, 12)).role}?`,
    () => `Where was the ${catalog.events[zEvents.index(r)]!.name} held?`,
    () => `When did the ${catalog.events[zEvents.index(r)]!.name} take place?`,
    () => `Who organized the ${catalog.events[zEvents.index(r)]!.name}?`,
    () => `When was the ${pick(r, catalog.foundings).name} founded?`,
    () => `Which city is the Cultural Capital of the Turkic World in ${pick(r, catalog.capitals).year}?`,
    () => `Who proposed to establish ${pick(r, catalog.proposals).thing.replace(/^an? /, 'the ')}?`,
    () => `What did ${catalog.people[zPeople.index(r)]!.name} say about ${pick(r, TOPICS).replace(/^the /, '')}?`,
    // Lists.
    () => pick(r, ['Which cities are Cultural Capitals of the Turkic World?', `Which events were held in ${pick(r, catalog.events).city}?`, `List the festivals held in ${pick(r, catalog.events).city}.`]),
    // Sentence search: the answer is only in filler sentences.
    () => `Where was the exhibition of ${pick(r, CRAFTS)} opened?`,
    () => `Which papers did scholars present on ${pick(r, THEMES_F)}?`,
    () => `How many works devoted to ${pick(r, THEMES_F)} were presented?`,
    () => `Who performed ${pick(r, ARTS)} in national costumes?`,
    // Unanswerable.
    () => pick(r, ['Who won the football match in Baku?', 'What is the weather in Osh?', 'Who is the Prime Minister of Kyrgyzstan?', 'What is the price of oil in Astana?',
      'Which city was Cultural Capital of the Turkic World in 2009?', `Who is ${pick(r, ['Zorbek', 'Quilla', 'Marvin'])} ${pick(r, ['Qwertyuly', 'Xanderova', 'Plimpton'])}?`, 'When was the Turkic Space Agency founded?']),
  ];
  for (let i = 0; i < count; i++) out.push(makers[i % makers.length]!());
  return out;
}
