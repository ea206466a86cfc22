/**
 * Word lists and a word coiner for the benchmark corpus. Everything here was written for the benchmark
 * (no text from the seeds or the question sets): generic English news vocabulary, the member countries
 * with their capitals and large cities (reference data the gazetteer knows too), and syllables from
 * which people, towns, ensembles, films and books get names nobody has.
 */

export type Rand = () => number;

/** mulberry32: small, fast, good enough for test data, and the same on every platform. */
export function prng(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
export const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

/** Picks index i with weight 1 / (i + 1)^s: rank 0 is the most frequent, as in the news. */
export class Zipf {
  private readonly cdf: Float64Array;
  constructor(n: number, s = 1.0) {
    this.cdf = new Float64Array(Math.max(1, n));
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

/** A Zipf-weighted picker over a fixed list (words early in the list are common). */
export function zipfPicker<T>(xs: readonly T[], s = 0.9): (r: Rand) => T {
  const z = new Zipf(xs.length, s);
  return (r) => xs[z.index(r)]!;
}

const ONSETS = ['b', 'k', 't', 's', 'm', 'n', 'zh', 'sh', 'ch', 'd', 'g', 'y', 'r', 'l', 'kh', 'q', 'z', 'j', 'p', 'v', 'h', 'ts', '', '', ''];
const VOWELS = ['a', 'a', 'e', 'i', 'o', 'u', 'y', 'ai', 'uy', 'ay', 'e', 'o'];
const CODAS = ['', '', '', 'n', 'r', 'l', 'k', 't', 'm', 's', 'z', 'sh', 'ng', 'rt', 'lt', 'nd', 'q', 'b'];

/** A pronounceable capitalized word of `syllables` syllables, for instance `Karabulat`. */
export function coin(r: Rand, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += pick(r, ONSETS) + pick(r, VOWELS) + (i === syllables - 1 || r() < 0.35 ? pick(r, CODAS) : '');
  return w[0]!.toUpperCase() + w.slice(1);
}

export interface CountrySpec {
  name: string;
  /** Adjective before a title: "Kazakh Minister of Culture". */
  demonym: string;
  /** Capital first. */
  cities: string[];
  /** Surname endings, male then female. */
  endings: [string[], string[]];
  /** First-name endings that make the coined names look of the country. */
  firstEndings: [string[], string[]];
  ministry: string;
}

export const COUNTRIES: CountrySpec[] = [
  { name: 'Kazakhstan', demonym: 'Kazakh', cities: ['Astana', 'Almaty', 'Shymkent', 'Aktau', 'Karaganda', 'Aktobe', 'Pavlodar', 'Oral'], endings: [['ov', 'bayev', 'ev', 'uly', 'bekov'], ['ova', 'bayeva', 'eva', 'kyzy', 'bekova']], firstEndings: [['bek', 'zhan', 'lan', 'tay', 'bolat'], ['gul', 'ay', 'nur', 'sulu', 'zhan']], ministry: 'Minister of Culture and Information' },
  { name: 'Azerbaijan', demonym: 'Azerbaijani', cities: ['Baku', 'Ganja', 'Gabala', 'Sheki', 'Lankaran', 'Mingachevir'], endings: [['li', 'ov', 'zade', 'ev'], ['li', 'ova', 'zade', 'eva']], firstEndings: [['han', 'id', 'gar', 'il', 'ar'], ['ana', 'gul', 'nar', 'ya', 'ra']], ministry: 'Minister of Culture' },
  { name: 'Kyrgyzstan', demonym: 'Kyrgyz', cities: ['Bishkek', 'Osh', 'Karakol', 'Naryn', 'Talas', 'Jalal-Abad'], endings: [['ov', 'bekov', 'aliev', 'uulu'], ['ova', 'bekova', 'alieva', 'kyzy']], firstEndings: [['bek', 'bolot', 'tay', 'an', 'ur'], ['ynai', 'gul', 'ay', 'perim', 'nura']], ministry: 'Minister of Culture, Information, Sports and Youth Policy' },
  { name: 'Uzbekistan', demonym: 'Uzbek', cities: ['Tashkent', 'Samarkand', 'Bukhara', 'Andijan', 'Namangan', 'Fergana', 'Nukus', 'Karshi'], endings: [['ov', 'bekov', 'jonov', 'ev'], ['ova', 'bekova', 'jonova', 'eva']], firstEndings: [['bek', 'jon', 'dor', 'shid', 'ulla'], ['oy', 'gul', 'nora', 'ira', 'xon']], ministry: 'Minister of Culture and Tourism' },
  { name: 'Turkmenistan', demonym: 'Turkmen', cities: ['Ashgabat', 'Mary', 'Dashoguz', 'Balkanabat', 'Turkmenabat'], endings: [['ow', 'yew', 'gulyyew', 'berdiyew'], ['owa', 'yewa', 'gulyyewa', 'berdiyewa']], firstEndings: [['geldi', 'durdy', 'mamed', 'berdi', 'at'], ['jemal', 'bahar', 'gozel', 'ay', 'gul']], ministry: 'Minister of Culture' },
  { name: 'Türkiye', demonym: 'Turkish', cities: ['Ankara', 'Istanbul', 'Izmir', 'Bursa', 'Konya', 'Kayseri', 'Eskisehir', 'Antalya', 'Trabzon'], endings: [['oglu', 'can', 'tekin', 'demir', 'er'], ['oglu', 'can', 'tekin', 'demir', 'er']], firstEndings: [['han', 'er', 'can', 'tan', 'met'], ['nur', 'su', 'gul', 'ay', 'sel']], ministry: 'Minister of Culture and Tourism' },
  { name: 'Hungary', demonym: 'Hungarian', cities: ['Budapest', 'Debrecen', 'Szeged', 'Pecs'], endings: [['i', 'y', 'es', 'os'], ['i', 'y', 'es', 'os']], firstEndings: [['or', 'an', 'ter', 'los', 'mas'], ['ka', 'ta', 'lin', 'ter', 'na']], ministry: 'Minister of Culture and Innovation' },
];

export const ORGANIZERS: { name: string; expect: string[] }[] = [
  { name: 'TURKSOY', expect: ['turksoy'] },
  { name: 'the Organization of Turkic States', expect: ['organization of turkic states', 'ots'] },
  { name: 'the International Turkic Academy', expect: ['international turkic academy', 'turkic academy'] },
  { name: 'the Turkic Culture and Heritage Foundation', expect: ['turkic culture and heritage foundation', 'heritage foundation'] },
];

export const ORDINAL_WORDS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Eleventh', 'Twelfth'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const PUBLISHERS = ['Steppe Herald', 'Caspian Wire', 'Silk Road Daily', 'Nomad News Agency', 'Eurasia Culture Review', 'Central Asia Monitor', 'Anatolian Courier', 'Kokpar Press', 'Altai Bulletin', 'Turan Times', 'Bosphorus Gazette', 'Tien Shan Post', 'Aral Chronicle', 'Danube Echo'];

export const EVENT_KINDS = ['Meeting', 'Forum', 'Festival', 'Summit', 'Conference', 'Exhibition', 'Symposium', 'Competition', 'Congress', 'Biennale'] as const;
export const EVENT_THEMES = [
  'Turkic Media Leaders', 'Turkic Film Makers', 'Culture Ministers of Turkic States', 'Turkic Folk Dance', 'Young Turkic Poets', 'Turkic Epic Storytellers', 'Turkic Theatre Directors',
  'Turkic Museum Directors', 'Turkic Librarians', 'Turkic Calligraphers', 'Turkic Carpet Weavers', 'Turkic Puppet Theatres', 'Turkic Opera Singers', 'Turkic Translators',
  'Turkic Children Choirs', 'Turkic Photographers', 'Turkic Architects', 'Turkic Women Artists', 'Turkic Folk Instruments', 'Turkic Book Publishers', 'Turkic Culinary Heritage',
  'Turkic Nomadic Games', 'Turkic Jewelry Makers', 'Turkic Restorers', 'Turkic Animation Studios', 'Turkic Documentary Cinema', 'Turkic Art Historians', 'Turkic Folklorists',
  'Turkic Composers', 'Turkic Sculptors', 'Turkic Ceramic Artists', 'Turkic Textile Designers', 'Turkic Radio Broadcasters', 'Turkic Archaeologists', 'Turkic Linguists',
  'Turkic Jazz Musicians', 'Turkic Street Artists', 'Turkic Heritage Volunteers', 'Turkic Music Teachers', 'Turkic Ballet Dancers', 'Turkic Equestrian Traditions', 'Turkic Manuscript Scholars',
];
export const FIELDS = ['Writers', 'Composers', 'Artists', 'Journalists', 'Architects', 'Theatre Workers', 'Filmmakers', 'Designers', 'Photographers', 'Folk Musicians', 'Restorers', 'Translators', 'Sculptors', 'Choreographers'];
export const INSTITUTIONS = ['Museum of Local History', 'Drama Theatre', 'Puppet Theatre', 'Philharmonic', 'Regional Library', 'Art Gallery', 'House of Culture', 'Conservatory', 'Folk Ensemble', 'Film Studio', 'Music College', 'Open-Air Museum', 'Crafts Centre', 'Youth Theatre'];
export const AGENCIES = ['Film Agency', 'National Library', 'Heritage Agency', 'Book Chamber', 'Museum Agency', 'Translation Institute', 'Music Academy', 'Theatre Agency', 'Archive Agency', 'Crafts Council', 'Folklore Institute', 'Academy of Arts'];
export const DOCUMENTS = [
  'a memorandum on the exchange of news content', 'a protocol on joint film production', 'an agreement on museum cooperation', 'a roadmap for cultural cooperation',
  'a declaration on the protection of Turkic heritage', 'a memorandum on library exchanges', 'a plan of joint events', 'an agreement on the translation of classical works',
  'a memorandum on theatre tours', 'a protocol on the restoration of monuments', 'an agreement on a joint festival calendar', 'a memorandum on the digitization of archives',
];
export const THINGS = [
  'a joint news portal', 'a common film fund', 'an online library of manuscripts', 'a youth orchestra', 'a school of miniature painting', 'a travelling carpet exhibition',
  'an annual prize for translators', 'a joint encyclopedia of epics', 'a theatre week', 'a digital archive of folk songs', 'a summer school for restorers', 'a common terminology commission',
  'a street food festival', 'an animation studio network', 'a register of historical monuments', 'a children book series', 'a residency for composers', 'a joint tourism route',
  'a documentary film platform', 'a museum of nomadic life', 'a scholarship for young musicians', 'a joint textbook of literature', 'a photo archive of old towns', 'a crafts fair',
];
export const UNITS = ['journalists', 'artists', 'participants', 'spectators', 'visitors', 'musicians', 'delegates', 'young people', 'scholars', 'dancers', 'students', 'guests'];
export const TOPICS = [
  'the code of ethics', 'the common alphabet', 'heritage protection', 'film co-production', 'the youth programme', 'museum exchanges', 'the translation fund', 'the festival calendar',
  'digital archives', 'music education', 'the book market', 'cultural tourism', 'the restoration of monuments', 'children literature', 'theatre tours', 'the preservation of crafts',
];
export const ARTS = ['throat singing', 'mugham', 'dombra music', 'komuz music', 'ashiq poetry', 'folk dance', 'shadow theatre', 'epic recitation', 'maqam music', 'dutar music', 'opera arias', 'kobyz music', 'choral singing', 'improvised poetry', 'ballet', 'chamber music'];
export const CRAFTS = ['felt carpets', 'embroidered textiles', 'silver jewelry', 'ceramics', 'wood carving', 'miniature paintings', 'calligraphy', 'leather saddles', 'copper vessels', 'silk scarves', 'yurt decorations', 'musical instruments', 'glass beads', 'painted chests', 'bone carving', 'woven belts'];
export const ENSEMBLE_KINDS = ['Folk Ensemble', 'Chamber Choir', 'Dance Company', 'String Quartet', 'Youth Orchestra', 'Theatre Troupe', 'Brass Band', 'Children Choir'];

// Descriptive prose: sentences are assembled from many independent slots, so they rarely repeat.
export const ADJECTIVES = [
  'ancient', 'modern', 'traditional', 'rare', 'colourful', 'remarkable', 'distinctive', 'restored', 'handmade', 'regional', 'historic', 'famous', 'forgotten', 'rich', 'unique', 'delicate',
  'monumental', 'intricate', 'vivid', 'solemn', 'festive', 'elegant', 'rustic', 'ornate', 'austere', 'bright', 'quiet', 'lively', 'generous', 'careful', 'patient', 'skilled', 'young', 'elderly',
  'local', 'nomadic', 'medieval', 'contemporary', 'experimental', 'classical', 'popular', 'sacred', 'seasonal', 'northern', 'southern', 'eastern', 'western', 'mountain', 'coastal', 'rural',
];
export const NOUNS = [
  'manuscripts', 'costumes', 'instruments', 'photographs', 'carpets', 'tapestries', 'ornaments', 'coins', 'maps', 'letters', 'recordings', 'paintings', 'sculptures', 'textiles', 'vessels',
  'saddles', 'books', 'posters', 'sketches', 'mosaics', 'icons', 'weapons', 'harnesses', 'amulets', 'lanterns', 'chests', 'bowls', 'cradles', 'drums', 'flutes', 'lutes', 'fiddles',
  'melodies', 'legends', 'proverbs', 'riddles', 'lullabies', 'ballads', 'epics', 'chronicles', 'inscriptions', 'archives', 'collections', 'workshops', 'lectures', 'rehearsals', 'premieres',
  'traditions', 'rituals', 'customs', 'recipes', 'patterns', 'motifs', 'dialects', 'songs', 'dances', 'games', 'crafts', 'murals', 'frescoes', 'engravings', 'reliefs', 'gardens',
];
export const VERBS_PAST = [
  'displayed', 'presented', 'restored', 'collected', 'documented', 'recorded', 'studied', 'described', 'catalogued', 'translated', 'performed', 'rehearsed', 'reconstructed', 'preserved',
  'exhibited', 'discussed', 'admired', 'photographed', 'digitized', 'donated', 'returned', 'repaired', 'illustrated', 'compared', 'reviewed', 'published', 'introduced', 'revived',
];
export const SPEAKERS_GENERIC = ['Visitors', 'Critics', 'Teachers', 'Students', 'Organizers', 'Local residents', 'Young volunteers', 'Museum staff', 'Guests from abroad', 'Librarians', 'Art historians', 'Musicians'];
export const OPINION_VERBS = ['praised', 'welcomed', 'appreciated', 'noted', 'highlighted', 'recalled', 'admired', 'discussed', 'questioned', 'celebrated'];
export const QUALITIES = ['the quality of the restoration', 'the range of the programme', 'the number of young performers', 'the care of the curators', 'the warmth of the hosts',
  'the choice of venues', 'the balance of old and new works', 'the rare recordings on display', 'the skill of the craftsmen', 'the energy of the dancers', 'the printed catalogue', 'the open rehearsals'];
export const TIME_PHRASES = ['In the morning', 'Later that day', 'On the second day', 'In the evening', 'During the break', 'Before the opening', 'After the ceremony', 'On the final day', 'At the same time', 'Meanwhile'];
export const OFF_TOPIC_SENTENCES = [
  'Earlier, the city council of {city} discussed the repair of {n} kilometres of roads.', 'The weather in {city} is expected to stay {weather} until the weekend.',
  'Traffic in the centre of {city} was restricted for {n} hours.', 'Prices of fruit at the central market of {city} rose by {n} percent.',
  'The local football club of {city} won its match {n}:{m}.', 'A new bus line connects the airport of {city} with the railway station.',
];
export const WEATHER = ['sunny', 'rainy', 'cold', 'windy', 'warm', 'cloudy'];

/** Questions nobody should answer from these articles: the topics are not in them. */
export const OFF_TOPIC_QUESTIONS = [
  'What is the weather in {city} tomorrow?', 'Who won the football match in {city}?', 'What is the price of bread in {city}?', 'How do I cook plov?', 'What is the exchange rate of the dollar?',
  'Who is the prime minister of {country}?', 'When does the bus leave {city} for the airport?', 'How tall is the TV tower in {city}?', 'What is the population of {city}?',
  'Which team won the basketball league in {country}?', 'How much does a flight from {city} to {city2} cost?', 'what time is it in {city}', 'Recommend a good hotel in {city}.',
  'Who invented the telephone?', 'How many planets are in the solar system?', 'When did the oil pipeline to {city} open?', 'What is the speed limit on highways in {country}?',
];
