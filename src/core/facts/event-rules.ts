import { fold } from '../text.ts';
import { COUNTRIES } from '../gazetteer.ts';
import { canonicalName, findGazetteerNames } from './entities.ts';
import { ORDINAL_WORDS, ROMAN } from './lexicon.ts';

export interface EventMention {
  name: string;
  /** Folded, ordinals as numbers, small words dropped: the same event in two wordings gets one key. */
  key: string;
  eventType: string;
  at: number;
  end: number;
}

const HEADS = 'Meeting|Summit|Forum|Festival|Conference|Congress|Session|Ceremony|Exhibition|Camp|Days|Week|Gathering|Concert|Symposium|Competition|Games|Panel|Fair|Contest|Olympiad|Tournament|Celebration|Seminar|Workshop|Readings|Expo|Biennale|Marathon|Gala|Round Table|Roundtable|Assembly';
const CAPW = `(?:[\\p{Lu}][\\p{L}\\p{M}'’.–-]*|\\d{4}|\\d+(?:st|nd|rd|th)|[IVX]+)`;
const COMPLEMENT = `(?:\\s+(?:of|on|for|from|between|among|dedicated to)\\s+(?:the\\s+)?${CAPW}(?:\\s+(?:(?:of|and|the|from|for|on)\\s+)*${CAPW})*(?:\\s+\\([\\p{Lu}\\d]+\\))?)`;
const VENUE_WORDS = 'Palace|Hall|Center|Centre|Theatre|Theater|Arena|Museum|Library|University|Hotel|Park|Complex|Square|Stadium|House|Residence|Mausoleum|Philharmonic|Conservatory|Gallery|Opera';
// An event head followed by a venue word names a building, not an event: "at the Rixos Congress Hall",
// "in the Festival Park".
const NAMED_EVENT = new RegExp(`((?:${CAPW}\\s+)*)(${HEADS})\\b(?!\\s+(?:${VENUE_WORDS})\\b)(${COMPLEMENT}*)`, 'gu');
// Either case for the ordinal and the head ("42nd meeting of ...", "Second Meeting of ..."), but the
// complement must stay capitalized, so no /i flag here.
const ci = (words: string) => words.split('|').map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
const NUMBERED_EVENT = new RegExp(
  `\\b((?:\\d+(?:st|nd|rd|th)|${ci('first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth')})\\s+(?:(?:${ci('term|regular|extraordinary|annual')})\\s+)?(${ci('meeting|session|summit|congress|forum|festival|conference')}))(${COMPLEMENT}+)`,
  'gu',
);
// The title may follow the noun directly: the panel "Azerbaijan–Kazakhstan NGO Cooperation Forum".
const QUOTED_EVENT = /\b(panel(?: discussion)?|conference|exhibition|festival|forum|session|program(?:me)?|project|campaign|event|concert|competition|contest|seminar|round ?table)\s+(?:(?:titled|called|named|entitled|themed|dubbed|under the (?:title|motto|theme))\s+)?["“«]([^"”»]{3,140})["”»]/giu;

// Events without a proper name, known by what they are dedicated to, when the sentence says they took
// place: "A gala concert dedicated to the anniversary of TURKSOY was held at the Heydar Aliyev Palace".
const DEDICATED_EVENT =
  /\b(?:an?|the)\s+((?:(?:gala|grand|solemn|festive|closing|opening|charity|jubilee|joint|scientific|literary|musical)\s+)*(concert|exhibition|ceremony|round ?table|conference|festival|forum|evening|seminar|performance|show))\s+(?:dedicated|devoted)\s+to\s+(.{3,140}?)(?=\s+(?:(?:was|were|has been|have been|will be|is being)\s+(?:held|organized|organised|opened|staged|hosted)|took place|opened|kicked off|will take place)\b)/giu;

/** Events named in a sentence: "the Second Meeting of Film Leaders from the Turkic World", "a panel titled "New Bridges ..."". */
export function findEvents(sentence: string): EventMention[] {
  const out: EventMention[] = [];
  const push = (name: string, eventType: string, at: number, end: number) => {
    const clean = name.trim().replace(/^(?:the|a|an)\s+/i, '').replace(/[\s,;:.]+$/, '');
    if (out.some((e) => at < e.end && end > e.at)) return;
    if (canonicalName(clean)?.type === 'organization') return;
    out.push({ name: clean, key: eventKey(clean), eventType: eventType.toLowerCase().replace(/ discussion$/, ''), at, end });
  };
  for (const m of sentence.matchAll(QUOTED_EVENT)) push(m[2]!, m[1]!, m.index, m.index + m[0].length);
  for (const m of sentence.matchAll(NUMBERED_EVENT)) push(m[0], m[2]!, m.index, m.index + m[0].length);
  for (const m of sentence.matchAll(NAMED_EVENT)) {
    let lead = m[1] ?? '';
    // Leading words that start the sentence are not part of the name: "Forum participants", "During ...".
    const leadWords = lead.trim().split(/\s+/).filter(Boolean);
    const atStart = m.index === 0 || /^\W*$/.test(sentence.slice(0, m.index));
    while (leadWords.length && /^(?:The|A|An|During|At|In|On|After|Before|Within|Following|Many|Several|This|That|Its|Their|His|Her)$/.test(leadWords[0]!)) leadWords.shift();
    lead = leadWords.join(' ');
    const complement = m[3] ?? '';
    if (!lead && !complement) continue;
    if (!lead && atStart && !complement) continue;
    const name = `${lead ? `${lead} ` : ''}${m[2]}${complement}`;
    const start = m.index + m[0].indexOf(lead || m[2]!);
    // "Days of Kazakh Culture in Uzbekistan": days and weeks of one country's culture are named with the
    // host country, which is part of the name (a city after "in" is not).
    let end = m.index + m[0].length;
    let full = name;
    if (/^(?:Days|Week)$/.test(m[2]!)) {
      const host = /^\s+in\s+(?:the\s+)?([\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)?)/u.exec(sentence.slice(end));
      if (host && canonicalName(host[1]!)?.type === 'country') {
        full = `${name}${host[0]}`;
        end += host[0].length;
      }
    }
    push(full, m[2]!, start, end);
  }
  for (const m of sentence.matchAll(DEDICATED_EVENT)) {
    const what = m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1);
    const to = sentence.slice(m.index, m.index + m[0].length).match(/\s(?:dedicated|devoted)\s+to\s+/i)![0];
    push(`${what}${to}${m[3]}`, m[2]!, m.index, m.index + m[0].length);
  }
  return out.sort((a, b) => a.at - b.at);
}

export function eventKey(name: string): string {
  return fold(name)
    .replace(/\([^)]*\)/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => {
      const ord = ORDINAL_WORDS[w] ?? ROMAN[w] ?? (/^\d+(?:st|nd|rd|th)$/.test(w) ? Number.parseInt(w, 10) : undefined);
      return ord !== undefined ? String(ord) : w;
    })
    .filter((w) => !/^(?:the|of|from|for|on|and|a|an|member|countries|states?)$/.test(w))
    .join(' ');
}

export interface PlaceFound {
  place?: string;
  venue?: string;
  country?: string;
}

// The venue keeps its "of" part: "at the National Museum of Kazakhstan in Astana", "at the Palace of Independence".
const VENUE_RE = new RegExp(`\\b(?:in|at)\\s+(?:the\\s+)?((?:[\\p{Lu}][\\p{L}\\p{M}'’.-]*\\s+){0,4}(?:${VENUE_WORDS})(?:\\s+of\\s+(?:the\\s+)?[\\p{Lu}][\\p{L}\\p{M}'’-]*(?:\\s+[\\p{Lu}][\\p{L}\\p{M}'’-]*){0,2})?)\\b`, 'u');
// Also at the start of a sentence: "The capital of Uzbekistan hosted the Festival of Turkic Poetry."
const CAPITAL_OF = /\b[Tt]he capital of ([\p{Lu}][\p{L}]+)/u;

/**
 * Where the event mentioned at `from` took place: the first city after it ("in Feriye Palace in
 * Istanbul", "held in Almaty, Kazakhstan"), or a city that "hosted" it, or "the capital of Uzbekistan".
 */
export function findPlace(sentence: string, from: number): PlaceFound {
  const after = sentence.slice(from);
  const found: PlaceFound = {};
  const venue = VENUE_RE.exec(after);
  if (venue) found.venue = venue[1]!.trim();
  const hits = findGazetteerNames(sentence);
  const placeAfter = hits.find((h) => h.type === 'place' && h.at >= from && /\b(?:in|at|of|to)\s+(?:the\s+(?:city|town|village)\s+of\s+)?$/i.test(sentence.slice(Math.max(0, h.at - 30), h.at)));
  const placeHosting = hits.find((h) => h.type === 'place' && /^\s*(?:hosted|hosts|is hosting|will host|welcomed)\b/i.test(sentence.slice(h.at + h.text.length)));
  const place = placeAfter ?? placeHosting;
  if (place) {
    found.place = place.canonical;
    found.country = place.country;
    return found;
  }
  const cap = CAPITAL_OF.exec(sentence);
  if (cap && /\b(?:hosted|hosts|held|took place)\b/.test(sentence)) {
    const country = canonicalName(cap[1]!);
    const entry = COUNTRIES.find((c) => c.name === country?.canonical);
    if (entry?.capital) return { ...found, place: entry.capital, country: entry.name };
  }
  // A city the gazetteer does not know: "held in Turkestanabad, Kazakhstan".
  const unknown = /\b(?:held|take place|took place|taking place|hosted|organized|organised|opened|convened|staged)\s+in\s+(?:the\s+city\s+of\s+)?([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)?)(?:,\s*([\p{Lu}][\p{L}]+))?/u.exec(after);
  if (unknown) {
    const c = canonicalName(unknown[1]!);
    if (!c || c.type === 'place') {
      found.place = c?.canonical ?? unknown[1];
      found.country = c?.country ?? (unknown[2] ? canonicalName(unknown[2])?.canonical : undefined);
    } else if (c.type === 'country') found.country = c.canonical;
  }
  return found;
}

export interface CapitalMention {
  city: string;
  year?: number;
  country?: string;
}

const CAPITAL_RE = /["“«]?\b(?:(?:the\s+)?Cultural\s+Capital\s+of\s+(?:the\s+)?Turkic\s+World|Turkic\s+World(?:['’]s)?\s+Cultural\s+Capital|Capital\s+of\s+Turkic\s+Culture)\b["”»]?/giu;

/**
 * "City X is the Cultural Capital of the Turkic World for year Y", in its many wordings:
 * "Andijan’s designation as the Cultural Capital of the Turkic World for 2026", "‘Aktau — The Cultural
 * Capital of the Turkic World’ project in 2025", "Shusha has been named the Turkic World Cultural Capital
 * for 2023", "the title was passed on to the historic city of Andijan ... for the year 2026".
 */
export function findCapitals(sentence: string, articleDate: string | null): CapitalMention[] {
  const out: CapitalMention[] = [];
  const places = findGazetteerNames(sentence).filter((h) => h.type === 'place');
  for (const m of sentence.matchAll(CAPITAL_RE)) {
    const end = m.index + m[0].length;
    const before = sentence.slice(0, m.index);
    const afterText = sentence.slice(end);
    let year: number | undefined;
    const yAfter = /^[\s"”’'»]*(?:[\p{L}]+\s+){0,2}?(?:for|in|of)?\s*(?:the\s+year\s+)?(\d{4})\b/u.exec(afterText);
    const yBefore = /(\d{4})\s*["“‘'«]?\s*$/.exec(before);
    if (yAfter) year = Number(yAfter[1]);
    else if (yBefore) year = Number(yBefore[1]);
    else {
      const later = /\b(?:for|in)\s+(?:the\s+year\s+)?(\d{4})\b/.exec(afterText);
      if (later) year = Number(later[1]);
    }
    // The year may open the sentence: "In 2027, Osh will become the Cultural Capital of the Turkic World."
    const lead = /^(?:In|For)\s+(\d{4}),/.exec(sentence);
    if (year === undefined && lead) year = Number(lead[1]);
    if (year === undefined && articleDate && /\b(?:holds|is|serves as|remains)\b[^.]*$/.test(before)) year = Number(articleDate.slice(0, 4));

    let city: { name: string; country?: string } | undefined;
    const placeBefore = [...places].reverse().find((p) => p.at < m.index);
    const placeAfter = places.find((p) => p.at >= end);
    const unknownBefore =
      /(?:\bcity of |^|[\s"“‘])([\p{Lu}][\p{L}'’-]+)(?:['’]s\s+(?:designation|nomination|selection|status)|\s*[—–-]\s*(?:the\s+)?|\s+(?:has been|was|is|will be)\s+(?:officially\s+)?(?:named|declared|designated|proclaimed|chosen|selected)(?:\s+as)?\s+(?:the\s+)?)[^\p{L}]*$/iu.exec(before);
    if (placeBefore && m.index - placeBefore.at < 120) city = { name: placeBefore.canonical, country: placeBefore.country };
    else if (unknownBefore && !canonicalName(unknownBefore[1]!)) city = { name: unknownBefore[1]! };
    else if (placeAfter && /\b(?:passed|handed|transferred|goes|went|given)\b/.test(sentence)) city = { name: placeAfter.canonical, country: placeAfter.country };
    else if (placeAfter && /^\W*(?:is|was|will be|became)\s/.test(afterText.replace(/^[^\p{L}]*(?:for|in)\s+\d{4}/u, ''))) city = { name: placeAfter.canonical, country: placeAfter.country };
    if (city) out.push({ city: city.name, year, country: city.country });
  }
  return out;
}
