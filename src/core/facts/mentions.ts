/**
 * Typed mentions in a sentence: the entity recognizer every answer candidate comes from. It runs over
 * all text, not only over the sentences a fact rule matched, and knows kinds by their shape and by the
 * lexicon's head words, not by names: people (honorifics, role before the name, name-like capitalized
 * words), places (the gazetteer, venue words, "in X"), organizations (head words such as Ministry,
 * Agency, University), events (Festival, Forum, Summit ... with their ordinals), roles ("Deputy
 * Minister of Culture"), dates, figures with their units, and quoted titles.
 *
 * Mentions are offsets into the sentence with a kind: the text is the sentence's, never copied.
 */
import { STOP_WORDS, fold, words } from '../text.ts';
import { findDates } from './dates.ts';
import { canonicalName, findGazetteerNames, isNameToken } from './entities.ts';
import { AWARD_WORDS, DOCUMENT_HEADS, EVENT_NOUNS, HONORIFICS, NOT_NAME_WORDS, ORDINAL_WORDS, ORG_WORDS, ROLE_HEADS } from './lexicon.ts';

export type MentionKind = 'person' | 'place' | 'org' | 'event' | 'role' | 'date' | 'number' | 'title' | 'name';

export interface Mention {
  kind: MentionKind;
  start: number;
  end: number;
  /** Dates: ISO day when known, else the year. Numbers: the value. */
  value?: string;
  /** Numbers: the noun counted ("artists"). Dates: 'day' | 'month' | 'year'. Places: 'country' | 'city' | 'venue' when known. */
  unit?: string;
}

/** An ordinal and a lower-case event noun: "41st meeting", "fifth session". */
const ORDINAL_EVENT_RE = new RegExp(`\\b(?:\\d+(?:st|nd|rd|th)|${Object.keys(ORDINAL_WORDS).join('|')})\\s+(${EVENT_NOUNS.filter((n) => !n.includes(' ')).join('|')})\\b`, 'gi');
/** What the event is of, up to where the sentence says where, when or what else: "of the member states of TURKSOY". */
const EVENT_COMPLEMENT = /^\s+of\s+(?:the\s+)?(?:(?!(?:in|on|at|held|which|that|where|was|were|with|for|to|and|from|during|after|before)\b)[^\s,.;:]+\s*){1,10}/u;

/** Words that make a capitalized phrase a place one can be in, rather than an organization. */
const VENUE_WORDS = new Set(
  'palace hall pavilion square park stadium arena mausoleum monument complex opera hotel street avenue center centre theatre theater museum village district region province city town valley lake mountain sea island bay'.split(' '),
);
const EVENT_WORDS = new Set(EVENT_NOUNS.filter((n) => !n.includes(' ')));
/** Buildings and monuments named "<head> of <someone>". */
const MONUMENT_HEADS = new Set('shrine mausoleum tomb mosque madrasa madrasah monument memorial statue palace fortress castle museum cathedral church tower gate house'.split(' '));
/** Venue words that, in lower case after "the <Name>", make a building of the name. */
const BUILDING_WORDS = new Set('palace hall pavilion stadium arena mausoleum theatre theater museum gallery library studio studios centre center complex'.split(' '));
/** Lower-case words that may stand inside a capitalized name: "Ministry of Culture and Tourism". */
const NAME_CONNECTORS = new Set(['of', 'and', 'for', 'the', 'de', 'del', 'al', 'on', '&']);
/** Capitalized words that open a sentence or clause without being a name. */
const OPENERS = new Set(
  'the a an in on at as this that these those it its he she they we his her their our there during after before following since when while with within by for from to according among also additionally meanwhile moreover furthermore however besides earlier later today yesterday then thus so speaking addressing welcoming noting recalling mr mrs ms dr prof professor his her excellency h.e our my your one two three four five six seven eight nine ten'.split(' '),
);
const PLACE_OF = /\b(?:city|cities|town|towns|village|villages|province|region|regions|district|countries|capital|capitals|heart|part|peoples?|states|republics) of\s+(?:the\s+)?$/i;
/** After a name, an aside saying it is a city or town. */
const SETTLEMENT_APPOSITIVE = /^\s*,\s*(?:one of the\s+(?:[\p{L}-]+\s+){0,2}(?:cities|towns)\b|(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}(?:city|town|capital|village)\b)/iu;
const PLACE_PREPOSITIONS = /\b(?:in|at|to|from|near|into|across|visited|visiting|hosted by)\s+(?:the\s+)?$/i;
const SPEECH_AFTER = /^\s*,?\s*(?:said|says|stated|noted|added|told|emphasized|emphasised|stressed|highlighted|underlined|remarked|announced|explained|recalled|thanked|urged|who|,\s*(?:the|a)\s)/;
const SURNAME_ENDING = /(?:ov|ova|ev|eva|yev|yeva|in|ina|li|lu|oglu|oğlu|zade|uly|kyzy|qizi|bek|bekov|bayev|baeva|ski|sky|ko|enko|yan|dze|shvili|ay|ah)$/i;

const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozens: 24, hundreds: 200, thousands: 2000,
};
const MULTIPLIER: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const NUMBER_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(?:(?:over|more than|about|around|approximately|nearly|almost|some|up to|at least|roughly|close to)\s+)?` +
    String.raw`(\d{1,3}(?:[ ,]\d{3})+|\d+(?:\.\d+)?|(?:${Object.keys(NUMBER_WORDS).join('|')})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)` +
    String.raw`(?:\s+(thousand|million|billion))?(?![\p{L}\p{N}])`,
  'giu',
);
/** Fields of a minister's portfolio, as lower-case text writes them. */
const PORTFOLIO_FIELDS = '(?:culture|tourism|information|youth|sports?|education|science|foreign affairs|affairs|policy|economy|finance|justice|health|heritage|arts)(?![\\p{L}])';

/** A word of a role head in either case of its first letter ("Deputy"/"deputy"): the rest of the pattern is case-sensitive. */
const caseless = (w: string) => w.replace(/\p{L}/u, (c) => `[${c.toUpperCase()}${c}]`).replace(/\./g, '\\.');
const ROLE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:${['first', 'deputy', 'vice', 'acting', 'former', 'new', 'honorary'].map(caseless).join('|')})[\s-]+)*(?:${ROLE_HEADS.map((h) => h.split(/[ -]/).map(caseless).join('[\\s-]+')).join('|')})(?![\p{L}])` +
    // A portfolio may list several fields: "of Culture, Information, Sports and Youth Policy of Kyrgyzstan".
    // Written in lower case too: "served as minister of culture, information and tourism of Kyrgyzstan".
    String.raw`(?:\s+(?:of|for|at)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*|${PORTFOLIO_FIELDS}|and|of|the|for|&)(?:,?\s+(?:[\p{Lu}][\p{L}'’-]*|${PORTFOLIO_FIELDS}|and|of|for|the|&))*)?` +
    // An envoy's post names where it serves: "Ambassador of Turkmenistan to Kyrgyzstan".
    String.raw`(?:\s+to\s+(?:the\s+)?[\p{Lu}][\p{L}'’-]*)?`,
  'gu',
);

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokens(sentence: string): Token[] {
  const out: Token[] = [];
  for (const m of sentence.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*[\p{L}\p{N}\p{M}]|[\p{L}\p{N}]|&/gu)) {
    let text = m[0];
    // A trailing abbreviation dot belongs to the word only for initials ("H.E.", "Dr.").
    text = text.replace(/['’]s$/u, '');
    out.push({ text, start: m.index, end: m.index + text.length });
  }
  return out;
}

const isCapitalized = (t: string) => /^[\p{Lu}]/u.test(t) || /^\d+(?:st|nd|rd|th)$/i.test(t);

/**
 * Every typed mention in one sentence, sorted by position; overlapping kinds are all kept.
 * `noGazetteerNames`: the caller knows the text holds no gazetteer name (names.json says so of most
 * sentences), so it is not scanned for them again.
 */
export function findMentions(sentence: string, articleDate: string | null = null, known: { noGazetteerNames?: boolean } = {}): Mention[] {
  const out: Mention[] = [];
  // Dates.
  for (const d of findDates(sentence, articleDate)) {
    // A day and month with no year known ("Dec. 23" in an undated article) is a day all the same.
    const unit = (d.date || d.year === undefined) && /\d{1,2}/.test(d.text) && !/^\d{4}$/.test(d.text.trim()) ? 'day' : /[A-Za-z]/.test(d.text) ? 'month' : 'year';
    out.push({ kind: 'date', start: d.at, end: d.at + d.text.length, value: unit === 'day' && d.date ? d.date : String(d.year ?? ''), unit });
  }
  const dateSpans = out.map((m) => [m.start, m.end] as const);
  const inDate = (s: number, e: number) => dateSpans.some(([a, b]) => s < b && e > a);
  // Figures: a number and the noun it counts.
  for (const m of sentence.matchAll(NUMBER_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (inDate(start, end)) continue;
    const raw = m[1]!.toLowerCase();
    if (/^(?:1[89]|20|21)\d\d$/.test(raw)) continue;
    const base = /^\d/.test(raw) ? Number(raw.replace(/[ ,]/g, '')) : wordValue(raw);
    if (!Number.isFinite(base)) continue;
    const unitMatch = unitAfter(sentence.slice(end));
    const unit = unitMatch ? unitMatch[1]!.toLowerCase() : undefined;
    // "one of", "two of the" are not figures of anything.
    if (unit && /^(?:of|and|or|to|the|in|on|at|by|years? old)$/.test(unit.split(/\s+/)[0]!)) {
      out.push({ kind: 'number', start, end, value: String(base * (m[2] ? MULTIPLIER[m[2].toLowerCase()]! : 1)) });
      continue;
    }
    out.push({ kind: 'number', start, end: end + (unitMatch ? unitMatch[0].length : 0), value: String(base * (m[2] ? MULTIPLIER[m[2].toLowerCase()]! : 1)), unit });
  }
  // Quoted titles and names: “Aktau — The Cultural Capital of the Turkic World”, 'New Bridges'.
  for (const m of sentence.matchAll(/[“"«‘']([^“”"«»‘’']{2,120})[”"»’']/gu)) {
    const inner = m[1]!;
    const wordsIn = inner.trim().split(/\s+/).length;
    if (wordsIn > 14) continue;
    // An apostrophe in "Turkey's" is no quote.
    if (m[0][0] === "'" && /\p{L}/u.test(sentence[m.index - 1] ?? '')) continue;
    out.push({ kind: 'title', start: m.index + 1, end: m.index + 1 + inner.length });
  }
  // Events in lower case after an ordinal: "the 41st meeting of the member states of TURKSOY in Ashgabat".
  for (const m of sentence.matchAll(ORDINAL_EVENT_RE)) {
    const noun = m[1]!;
    if (noun !== noun.toLowerCase()) continue;
    const end = m.index + m[0].length;
    const of = EVENT_COMPLEMENT.exec(sentence.slice(end));
    out.push({ kind: 'event', start: m.index, end: end + (of ? of[0].trimEnd().length : 0) });
  }
  // Roles, capitalized or not: "Deputy Minister of Culture of Azerbaijan", "the governor of Gagauzia".
  ROLE_RE.lastIndex = 0;
  for (let m = ROLE_RE.exec(sentence); m; m = ROLE_RE.exec(sentence)) {
    // "Deputy Minister of Culture of Azerbaijan Murad Guseynov, ...": the role ends where a person's
    // name begins: two to four name-like words closing a run of capitalized words ("Common Values
    // Foundation" closes with an organization word and stays).
    const cut = nameStart(m[0]);
    const kept = m[0].slice(0, cut);
    const text = kept.replace(/(?:\s+(?:and|of|the|for|&))+\s*$|[\s,]+$/i, '').trimEnd();
    out.push({ kind: 'role', start: m.index, end: m.index + text.length });
    // The next role may start after the name: "Minister X Almaz Bekov and Ambassador of Hungary ...".
    if (cut < m[0].length) ROLE_RE.lastIndex = m.index + Math.max(cut, 1);
  }
  // Capitalized spans: people, places, organizations, events and other names.
  const toks = tokens(sentence);
  const gazetteer = known.noGazetteerNames ? [] : findGazetteerNames(sentence);
  let i = 0;
  while (i < toks.length) {
    if (!isCapitalized(toks[i]!.text)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < toks.length) {
      const next = toks[j + 1]!;
      const gap = sentence.slice(toks[j]!.end, next.start);
      // An initial before a name: "G. Tukai", "A. Kunanbayev".
      if (/^\p{Lu}$/u.test(toks[j]!.text) && /^\.\s?$/.test(gap) && isNameToken(next.text)) {
        j++;
        continue;
      }
      if (/[,;:()“”"«»!?]|\.\s|[–—]/.test(gap)) break;
      if (isCapitalized(next.text)) {
        j++;
        continue;
      }
      // A year inside a name: "Wonderland Shusha 2023 International Scout Camp", "Expo 2020 Dubai".
      const afterYear = toks[j + 2];
      if (/^(?:19|20)\d\d$/.test(next.text) && afterYear && isCapitalized(afterYear.text) && /^ +$/.test(sentence.slice(next.end, afterYear.start))) {
        j += 2;
        continue;
      }
      // A connector inside a name: "Ministry of Culture and Tourism", "Feriye Palace of the Bosphorus".
      // "Bolat Nurlanov and Deputy Minister ...": two people, not one name.
      const endsWithName = j > i && isNameToken(toks[j]!.text) && isNameToken(toks[j - 1]!.text);
      if (NAME_CONNECTORS.has(next.text.toLowerCase()) && j + 2 < toks.length && !(endsWithName && next.text.toLowerCase() === 'and')) {
        let k = j + 1;
        while (k < toks.length && NAME_CONNECTORS.has(toks[k]!.text.toLowerCase())) k++;
        // "the Ministry of Culture and TURKSOY": a known name after "and" starts a name of its own.
        const knownAfterAnd = next.text.toLowerCase() === 'and' && gazetteer.some((g) => g.at === toks[k]?.start);
        if (k < toks.length && !knownAfterAnd && isCapitalized(toks[k]!.text) && !/[,;:()]|\.\s/.test(sentence.slice(toks[j]!.end, toks[k]!.start))) {
          j = k;
          continue;
        }
      }
      break;
    }
    const run = toks.slice(i, j + 1).filter((t) => !inDate(t.start, t.end));
    // A building named by its owner and a lower-case venue word: "the TRT pavilion", "the Abay theatre".
    const venue = toks[j + 1];
    if (run.length && venue && BUILDING_WORDS.has(venue.text) && /^ $/.test(sentence.slice(toks[j]!.end, venue.start)) && /\bthe\s+$/i.test(sentence.slice(Math.max(0, run[0]!.start - 4), run[0]!.start))) {
      out.push({ kind: 'place', start: run[0]!.start, end: venue.end, unit: 'venue' });
    }
    if (run.length) classifySpan(sentence, run, gazetteer, out);
    i = j + 1;
  }
  // "Director of Kazakhstan's Community Hub Public Foundation": the organization a role is of is a
  // mention of its own (its country's possessive left out), unless one is there already.
  for (const role of out.filter((m) => m.kind === 'role')) {
    const of = ROLE_OF_ORG.exec(sentence.slice(role.start, role.end));
    if (!of || !words(of[1]!).some((w) => ORG_WORDS.has(w))) continue;
    const start = role.end - of[1]!.length;
    if (!out.some((m) => m.kind === 'org' && m.start === start && m.end === role.end)) out.push({ kind: 'org', start, end: role.end, unit: 'of a role' });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The organization after a role's "of": capitalized words, perhaps after "the" or a country's possessive. */
const ROLE_OF_ORG = /\bof\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+)?((?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:of\s+(?:the\s+)?|and\s+)?\p{Lu}[\p{L}'’.-]*)*)$/u;

/** The noun a number counts: up to three words after it, stopping at function words and verb forms. */
/** A number written in words: a list holding one counts several things ("three gold, four silver and two bronze medals"). */
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen)/;
function unitAfter(rest: string): [string, string] | null {
  // "32 feature, documentary and animated films": the words in a list qualify the noun after it.
  // A plural in the list is a counted noun itself ("3,000 artists and produced hundreds ...", "1,200
  // young artists and twenty-seven ensembles").
  const listed = /^\s+((?:[\p{Ll}-]+,?\s+)+?)(?:and|or)\s+([\p{Ll}-]+)\s+([\p{Ll}-]+)/u.exec(rest);
  const modifiers = listed ? [...listed[1]!.split(/[,\s]+/).filter(Boolean), listed[2]!] : [];
  if (listed && modifiers.length <= 5 && modifiers.every((w) => !/s$/.test(w) && !STOP_WORDS.has(w) && !NUMBER_WORD.test(w)) && !STOP_WORDS.has(listed[3]!) && !/(?:ed|ing|ly)$/.test(listed[3]!)) return [listed[0], listed[3]!];
  const m = /^\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?(?:\s+([\p{L}-]+))?/u.exec(rest);
  if (!m) return null;
  const kept: string[] = [];
  for (const w of [m[1], m[2], m[3]]) {
    if (!w || STOP_WORDS.has(w.toLowerCase()) || (kept.length > 0 && /(?:ed|ing)$/i.test(w)) || /^\p{Lu}/u.test(w) && kept.length > 0) break;
    kept.push(w);
  }
  if (kept.length === 0) return [m[0].slice(0, m[0].indexOf(m[1]!) + m[1]!.length), m[1]!];
  const text = kept.join(' ');
  return [rest.slice(0, rest.indexOf(text) + text.length), text];
}

/** Where a person's name starts inside a role phrase (its length when none does). */
function nameStart(phrase: string): number {
  const words = [...phrase.matchAll(/[^\s,]+/g)];
  let i = 0;
  while (i < words.length) {
    // A run of capitalized words with only spaces between them.
    let j = i;
    while (j + 1 < words.length && /^\p{Lu}/u.test(words[j + 1]![0]) && /^\p{Lu}/u.test(words[i]![0]) && !/,/.test(phrase.slice(words[j]!.index + words[j]![0].length, words[j + 1]!.index))) j++;
    let t = j;
    while (t >= i && isNameToken(words[t]![0])) t--;
    let names = j - t;
    // "Mayor of Ordabasy Kanat Sultanov": the words after "of" are its object (see trailingPerson).
    if (names >= 3 && t >= 0 && t < i && COMPLEMENT_WORDS.has(words[t]![0])) (t = j - 2), (names = 2);
    // "... Museum of Local History": the object of an organization's "of" is its name, not a person's.
    else if (names === 2 && t >= 1 && COMPLEMENT_WORDS.has(words[t]![0]) && ORG_WORDS.has(fold(words[t - 1]![0]))) names = 0;
    if (names >= 2 && names <= 4 && j > 0) return words[t + 1]!.index;
    i = j + 1;
  }
  return phrase.length;
}

function wordValue(raw: string): number {
  const [a, b] = raw.split('-');
  return (NUMBER_WORDS[a!] ?? NaN) + (b ? (NUMBER_WORDS[b] ?? ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].indexOf(b) + 1) : 0);
}

/** Sorts one run of capitalized words into mentions; a run may hold a role, then a person. */
function classifySpan(sentence: string, span: Token[], gazetteer: ReturnType<typeof findGazetteerNames>, out: Mention[]): void {
  // Sentence openers and honorifics are not part of a name.
  let first = 0;
  while (first < span.length && OPENERS.has(fold(span[first]!.text).replace(/\.$/, '')) && !canonicalName(span[first]!.text)) first++;
  const toks = span.slice(first);
  if (toks.length === 0) return;
  const start = toks[0]!.start;
  const end = toks[toks.length - 1]!.end;
  const text = sentence.slice(start, end);
  const folded = toks.map((t) => fold(t.text));
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  const push = (kind: MentionKind, s = start, e = end, unit?: string): void => {
    // A role run that stops before a name ends at the name: drop the space between.
    for (;;) {
      const trimmed = sentence.slice(s, e).replace(/(?:\s+(?:and|of|the|for|on|&))+\s*$|\s+$/i, '');
      if (trimmed.length === e - s) break;
      e = s + trimmed.length;
    }
    out.push(unit ? { kind, start: s, end: e, unit } : { kind, start: s, end: e });
  };


  const known = canonicalName(text);
  // "the Grand-prix winner of ‘Oriental Bazar’ festival": a name quoted whole is a title (found with
  // the quotes), never a person.
  if (!known && /[‘“"«']$/u.test(before) && /^[’”"»']/u.test(after)) return push('name');
  // "Azerbaijani" says whose something is; it is no place one can be in.
  if (known && gazetteer.some((g) => g.at === start && g.text.length === text.length && g.demonym)) return;
  if (known) return push(known.type === 'organization' ? 'org' : 'place', start, end, known.type === 'country' ? 'country' : known.type === 'place' ? 'city' : undefined);
  // A weekday, a month or another word that is never a name alone ("Thursday", "Opening").
  if (toks.length === 1 && NOT_NAME_WORDS.has(folded[0]!) && !ORG_WORDS.has(folded[0]!) && !EVENT_WORDS.has(folded[0]!)) return;
  const head = folded[folded.length - 1]!;
  const ordinalBefore = /(?:\b(?:the\s+)?(\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[IVX]+)\s+)$/i.exec(before);
  if (folded.some((w) => EVENT_WORDS.has(w))) {
    // "the 12th Summit of the OTS": the ordinal before a capitalized event name is part of it.
    return push('event', ordinalBefore ? start - ordinalBefore[0].length + (ordinalBefore[0].match(/^the\s+/i)?.[0].length ?? 0) : start);
  }
  // "Almaty Opera Theatre" is a venue; "Shalkyma Theatre Troupe" is a company: a run ending in an
  // organization word is no building.
  const venue = VENUE_WORDS.has(head) || (!ORG_WORDS.has(head) && folded.slice(-3).some((w) => w === 'palace' || w === 'pavilion' || w === 'opera' || w === 'theatre' || w === 'theater'));
  if (venue) return push('place', start, end, 'venue');
  // "the Shrine of Khoja Akhmet Yassawi", "Mausoleum of Aisha Bibi": a building named after someone.
  if (folded.length >= 3 && MONUMENT_HEADS.has(folded[0]!) && folded[1] === 'of') return push('place', start, end, 'venue');
  // "the International Alisher Navoi Prize", "Golden Crane Award": a prize named after someone or
  // something is neither a person nor an organization.
  if (AWARD_WORDS.has(head) || (DOCUMENT_HEADS.has(head) && !folded.some((w) => ORG_WORDS.has(w) || EVENT_WORDS.has(w)))) return push('name');
  if (folded.some((w) => ORG_WORDS.has(w)) || /^[A-Z]{2,}$/.test(text)) {
    // "Minister of Culture Aida Balayeva" holds a portfolio, then a name; "of Parliament Yerlan
    // Koshanov" an organization, then a name.
    const person = trailingPerson(toks);
    if (person) {
      push(toks.some((t) => t.start < person.start && ROLE_WORDS.has(fold(t.text))) ? 'role' : 'org', start, person.start);
      return push('person', person.start, end);
    }
    return push(folded.some((w) => ROLE_WORDS.has(w)) ? 'role' : 'org');
  }
  if (folded.some((w) => ROLE_WORDS.has(w))) {
    const person = trailingPerson(toks);
    if (person) {
      push('role', start, person.start);
      return push('person', person.start, end);
    }
    return push('role');
  }
  // Gazetteer names inside a longer run: "Baku Azerbaijan" or "Kazakh Aida Balayeva".
  const inside = gazetteer.filter((g) => g.at >= start && g.at + g.text.length <= end);
  if (inside.length) {
    for (const g of inside) if (!g.demonym) push(g.type === 'organization' ? 'org' : 'place', g.at, g.at + g.text.length, g.type === 'country' ? 'country' : g.type === 'place' ? 'city' : undefined);
    // The name after the last of them: "... Youth Policy of Kyrgyzstan Aizada Temirova".
    const lastEnd = Math.max(...inside.map((g) => g.at + g.text.length));
    const after = toks.filter((t) => t.start >= lastEnd);
    const person = after.length >= 2 && after.length <= 4 && after.every((t) => isNameToken(t.text) || isInitial(t.text)) && !isInitial(after[after.length - 1]!.text) ? after : null;
    if (person) push('person', person[0]!.start, person[person.length - 1]!.end);
    return;
  }
  const nameLike = toks.every((t) => isNameToken(t.text) || isInitial(t.text));
  const cue = HONORIFICS.test(sentence.slice(Math.max(0, start - 20), start).replace(/^.*?(?=(?:H\.|His|Her|Mr|Mrs|Ms|Dr|Prof|Sir|Madam))/, '')) ||
    /(?:minister|secretary|general|director|chairman|chairwoman|chair|head|president|governor|mayor|rector|ambassador|coordinator|representative|deputy|professor|poet|writer|singer|artist|composer|author|khan|akim)\s*,?\s*$/i.test(before) ||
    SPEECH_AFTER.test(after);
  // Two to four name-like words are a person's name, unless they stand where a place does ("in Central
  // Asia", "cities of Central Asia") with nothing saying person: a title, a speech verb, a surname ending.
  // "a Central Asian equestrian game": after "a" and before a lower-case noun, name-like words describe.
  if (nameLike && toks.length >= 2 && /\b(?:a|an)\s+$/i.test(before) && /^\s+\p{Ll}/u.test(after)) return push('name');
  if (nameLike && toks.length >= 2 && toks.length <= 4) return push(cue || toks.some((t) => SURNAME_ENDING.test(t.text)) || !(PLACE_PREPOSITIONS.test(before) || PLACE_OF.test(before)) ? 'person' : 'name');
  if (nameLike && toks.length === 1) {
    // "Cologne, one of the biggest cities of Germany", "Turkestan, the spiritual capital of ...".
    if (SETTLEMENT_APPOSITIVE.test(after)) return push('place', start, end, 'city');
    if (PLACE_PREPOSITIONS.test(before) || PLACE_OF.test(before)) return push('place');
    // "the chairperson of Mazhilis, the lower house": what a role is of is no person.
    if (/\b(?:of|for)\s+(?:the\s+)?$/i.test(before)) return push('name');
    if (cue) return push('person');
    // A capitalized word opening the sentence is most often just its first word.
    if (!/\S/.test(before.replace(/[“"'‘(]/g, ''))) return;
  }
  // "Information and Youth Policy Kanybek Osmonov": the end of a portfolio cut by a comma, then a name.
  const person = trailingPerson(toks);
  if (person) {
    push('name', start, person.start);
    return push('person', person.start, end);
  }
  push('name');
}

const ROLE_WORDS = new Set('minister secretary director chairman chairwoman chairperson chair head president governor mayor rector ambassador coordinator representative deputy spokesperson advisor adviser'.split(' '));

/** The last two to four name-like tokens of a run, when they follow a role or organization phrase. */
function trailingPerson(toks: Token[]): Token | null {
  let i = toks.length;
  while (i > 0 && (isNameToken(toks[i - 1]!.text) || (i < toks.length && isInitial(toks[i - 1]!.text))) && toks.length - i < 4) i--;
  // "Mayor of Ordabasy Kanat Sultanov", "Museum of Local History Kanat Sultanov": "of" needs its object,
  // so of three or four names after it the last two are the person (the place's name is in no list);
  // "Museum of Local History" alone names no one.
  if (i > 0 && COMPLEMENT_WORDS.has(toks[i - 1]!.text)) {
    if (toks.length - i >= 3) i = toks.length - 2;
    else if (i >= 2 && ORG_WORDS.has(fold(toks[i - 2]!.text))) return null;
  }
  return toks.length - i >= 2 && i > 0 ? toks[i]! : null;
}

/** Words a role's complement starts with: the word after them is the complement, not a name. */
const COMPLEMENT_WORDS = new Set(['of', 'for', 'to', 'in']);

/** An initial of a first name ("N" of "N. Golliyev"). */
const isInitial = (t: string) => /^\p{Lu}\.?$/u.test(t);

/** The text of a mention. */
export function mentionText(sentence: string, m: Mention): string {
  return sentence.slice(m.start, m.end);
}

