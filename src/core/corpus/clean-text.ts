/**
 * From a scraped article body to its paragraphs of article text: drops photo credits, timestamps,
 * navigation crumbs, bylines, disclaimers and trailing "Earlier, X reported ..." notes about other
 * topics; joins hard-wrapped lines.
 */

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';

const JUNK_LINE: RegExp[] = [
  // "22 July 2025 17:50 (UTC+04:00)", "- 24 November, 2025", "• 14:33", "Tuesday, 02 January 2024 12:17 GMT"
  new RegExp(`^[\\s\\-–—•·|*]*(?:${WEEKDAY},?\\s*)?(?:\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2},?\\s+\\d{4})?[\\s,]*(?:\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:am|pm)?)?\\s*(?:\\((?:utc|gmt)[^)]*\\)|utc[+-]?\\d*|gmt)?[\\s\\-–—•·|]*$`, 'i'),
  /^\s*\d{1,2}\/\d{1,2}\/\d{4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?)?\s*$/i,
  /^\s*(?:photo|photos|image|images|video|source|photo credit|photo credits|credit|credits|photograph)\s*(?:by|credit)?\s*[:：]/i,
  /^\s*(?:©|\(c\)|copyright\b)/i,
  /^\s*(?:read more|read also|also read|see also|related|tags?|share|follow us\b|subscribe\b|advertisement|back to top)\b.*$/i,
  /^\s*MENAFN\d{6,}/,
  /^\s*(?:date|views?|\d+\s+views?)\s*$/i,
  // "Nurlan Abenov is a Kabar correspondent.", "Laman Ismayilova is AzerNews' staff journalist."
  /\bis (?:an? )?(?:[\w.]+(?:'s|')? ){0,2}(?:staff )?(?:journalist|correspondent|reporter|editor)\b\.?\s*$/i,
  /^\s*by\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,2}\s*$/u,
];

/** Words a hard-wrapped line may stop at: the sentence goes on on the next line ("part of the 2nd"). */
const WRAP_WORD = /(?:\b(?:of|and|the|in|on|for|to|a|an|with|at|by|from|as|or|that|which|who|is|are|was|were|has|have|had|will)|\d(?:st|nd|rd|th)?)$/i;
/** How a news paragraph opens, where a line above it is its headline rather than its first half. */
const SENTENCE_OPENER = /^(?:The|A|An|On|In|At|As|With|This|These|According|Today|Yesterday|During|Following|After|Over|More than)\s/;

/**
 * A stamp rather than text: a few tokens around a date or a time, whatever the language ("― 30 июня
 * 2015 г.", "06 February 2012, Monday, 10:26", "Baku, May 11, AZERTAC", "2 MIN READ"), where at most
 * one word other than month and weekday names is left, or two capitalized ones with a month (a place
 * and an agency).
 */
function isStampLine(line: string): boolean {
  const tokens = line.split(' ');
  if (tokens.length > 6 || !/\d/.test(line)) return false;
  const hasMonth = new RegExp(`\\b${MONTH}\\b`, 'i').test(line);
  const rest = (line.match(/\p{L}{3,}/gu) ?? []).filter((w) => !new RegExp(`^(?:${MONTH}|${WEEKDAY}|min|read|sec)$`, 'i').test(w));
  return rest.length <= 1 || (hasMonth && rest.length <= 2 && rest.every((w) => /^\p{Lu}/u.test(w)));
}

const CRUMB_SEPARATOR = /\s(?:\/|›|»|>|\|)\s/g;
const TRAILER_START = /^(?:earlier(?: today| this (?:week|month|year))?|previously|as (?:was )?(?:earlier|previously) reported|as reported earlier|to recall|recall that|to note|it should be recalled|it is worth recalling|also read|read also)\b[,:]?\s*/i;
const DISCLAIMER = /^\s*legal disclaimer\b/i;

/**
 * Datelines that open wire copy: "Bishkek, May 14 (Kabar).", "BAKU, Azerbaijan, November 25.",
 * "ASTANA. KAZINFORM -", "Tashkent, Uzbekistan (UzDaily.com) --", "Baku, December 5, AZERTAC.". They
 * say where and when the story was filed, which the article's date already records; left in, they
 * read as a sentence of their own.
 */
const DATELINE = new RegExp(
  `^(?:[\\p{Lu}][\\p{L}'’-]+(?:\\s[\\p{Lu}][\\p{L}'’-]+)?)(?:,\\s+[\\p{Lu}][\\p{L}]+)?(?:,?\\s+(?:${MONTH}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH}\\.?)(?:,?\\s+\\d{4})?(?:,\\s*[\\p{Lu}][\\p{L}.]{1,20})?)?\\s*(?:\\([^)]{2,40}\\))?\\s*(?:\\.|--|—|–|-)\\s+(?:[\\p{Lu}]{3,}[\\p{Lu}\\s.]*\\s*(?:--|—|–|-|\\.)\\s+)?`,
  'iu',
);

export function stripDateline(paragraph: string): string {
  const m = DATELINE.exec(paragraph);
  if (!m) return paragraph;
  // Only a real dateline: it names a month, an agency in brackets, or is written in capitals.
  const head = m[0];
  if (!new RegExp(MONTH, 'i').test(head) && !/\(/.test(head) && !/^[\p{Lu}\s,.]+(?:--|—|–|-|\.)/u.test(head)) return paragraph;
  const rest = paragraph.slice(head.length);
  return /^\p{Lu}/u.test(rest) ? rest : paragraph;
}

export function cleanArticleText(body: string): string[] {
  return readArticleLines(body).paragraphs;
}

/**
 * The article's headline: the first heading of four words or more standing above its text ("Nowruz
 * Celebrations of TURKSOY reached out from Anatolia to Europe" under a timestamp), not a timestamp,
 * crumb, site label ("WORLD", "2 MIN READ") or byline.
 */
export function findHeadline(body: string): string | null {
  return readArticleLines(body).headline;
}

/** One pass over the lines: the paragraphs of article text, and the headline found above them. */
function readArticleLines(body: string): { paragraphs: string[]; headline: string | null } {
  const lines = body
    .split('\n')
    .map((l) => l.replace(/\u00a0/g, ' ').replace(/[ \t]+/g, ' ').trim())
    .map((l) => l.replace(/^\(MENAFN-?\s*[^)]*\)\s*/, ''));
  const paragraphs: string[] = [];
  // Headings dropped: a page repeats its headline ("Turkic Council inaugurates office in Budapest"
  // over the photo and again over the text); the repeat is no more article text than the first.
  const headings = new Set<string>();
  let headline: string | null = null;
  let current: string[] = [];
  const flush = () => {
    if (current.length) paragraphs.push(current.join(' '));
    current = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (DISCLAIMER.test(line)) break;
    if (!line) {
      flush();
      continue;
    }
    // "... has been organized since" / "2021.": in hard-wrapped text a number or date ending a sentence
    // left open above it is the sentence's end, not a stamp.
    const continues = current.length > 0 && /\p{Ll}$/u.test(current[current.length - 1]!);
    if ((continues ? isJunkLine(line, false) : isJunkLine(line)) || (current.length === 0 && headings.has(line))) continue;
    // What follows, junk skipped: "Foreign policy" over "• 24 November, 2025" still stands alone.
    let j = i + 1;
    while (j < lines.length && lines[j] && isJunkLine(lines[j]!, !/\p{Ll}$/u.test(line))) j++;
    const next = lines[j] ?? '';
    if (current.length === 0 && isHeadingLine(line, next, paragraphs.length === 0)) {
      headings.add(line);
      if (headline === null && paragraphs.length === 0 && line.split(' ').length >= 4) headline = line;
      continue;
    }
    current.push(line);
    // In hard-wrapped text a line that stops mid-sentence ("... held in Almaty," / "... was") goes on
    // on the next line; a line that ends a sentence, or stands alone, ends the paragraph.
    if (/[.!?]["'\u201d\u2019\u00bb)]*$/.test(line) || !next) flush();
  }
  flush();
  if (paragraphs.length) paragraphs[0] = stripDateline(paragraphs[0]!);
  return { paragraphs: dropTrailers(paragraphs.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => /\p{L}/u.test(p))), headline };
}

function isJunkLine(line: string, stamps = true): boolean {
  if (JUNK_LINE.some((re) => re.test(line)) || (stamps && isStampLine(line))) return true;
  const crumbs = line.match(CRUMB_SEPARATOR)?.length ?? 0;
  return crumbs >= 2 || (crumbs === 1 && /^home\b/i.test(line));
}

/**
 * A title, section label or byline: short, no closing punctuation, and standing alone or written in
 * title case ("Azerbaijan, TURKSOY Review Bilateral Cooperation", "Laman Ismayilova", "Foreign policy").
 */
function isHeadingLine(line: string, next: string, first = false): boolean {
  if (/[.!?:;,"'\u201d\u2019\u00bb)\-–—]$/.test(line)) return false;
  // "In their remarks, the TURKSOY Deputy Secretary General Sayit": a comma and a lower-case word go
  // on as a sentence does; a headline's commas part names ("Azerbaijan, TURKSOY Review ...").
  if (/,\s+\p{Ll}/u.test(line)) return false;
  const tokens = line.split(' ');
  if (tokens.length > 16) return false;
  // Above the text, a site's label ("WORLD", "Media", "2 MIN READ" is junk already) or a headline in
  // sentence case over a paragraph ("Turkic Council inaugurates office in Budapest" / "The Council
  // ..."): a hard-wrapped first line would stop at a word that needs the next line ("held in").
  if (first && (tokens.length <= 2 || (/^\p{Lu}/u.test(line) && SENTENCE_OPENER.test(next) && !WRAP_WORD.test(line)))) return true;
  if (next && /^\p{Ll}/u.test(next)) return false;
  const words = tokens.filter((t) => /\p{L}/u.test(t) && !/^(?:of|and|the|in|on|for|to|a|an|with|at|by|from|as)$/i.test(t));
  const capitalized = words.filter((t) => /^[\p{Lu}\d"'\u201c]/u.test(t)).length;
  const titleCase = words.length > 0 && capitalized / words.length >= 0.7;
  // The first line standing alone is the headline, however long (up to 16 words); later ones only when short.
  return titleCase || (!next && tokens.length <= (first ? 16 : 6));
}

/**
 * Trailing notes that point at other stories: they open with "Earlier," / "To note," and share few of
 * their names with the article ("To note, Kyrgyzstan's Cholpon Ata declared SCO cultural capital." under
 * a story about Andijan). A trailer that stays on topic ("As earlier reported, the opening of the Year of
 * Aktau took place on April 5.") is kept.
 */
function dropTrailers(paragraphs: string[]): string[] {
  const out = [...paragraphs];
  while (out.length > 1) {
    const last = out[out.length - 1]!;
    if (!TRAILER_START.test(last)) break;
    const body = out.slice(0, -1).join(' ');
    if (nameOverlap(last.replace(TRAILER_START, ''), body) >= 0.6) break;
    out.pop();
  }
  return out;
}

// Words that every story in this field shares: they say nothing about the trailer's topic.
// "Earlier, it was reported that the Azerbaijani Minister of Culture visited Shusha." under a story on a
// Baku concert shares "Minister" and "Culture" with it, but not the visit to Shusha.
const GENERIC_WORDS = new Set(
  'minister ministry deputy culture cultural information tourism secretary general president director head chairman republic state national international turkic world'.split(' '),
);

/**
 * Share of the trailer's content words (four letters or more) that the article body also uses. Words,
 * not only names: "Earlier, Kabar reported that the price of bread in Bishkek rose by 4 percent." shares
 * its agency and city with a Bishkek story and is still about something else.
 */
function nameOverlap(trailer: string, body: string): number {
  const wordsOf = (t: string) => new Set((t.toLowerCase().match(/[\p{L}]{4,}/gu) ?? []).filter((w) => !TRAILER_NOISE.has(w) && !GENERIC_WORDS.has(w)));
  const own = [...wordsOf(trailer)];
  if (own.length === 0) return 0;
  const bodyWords = wordsOf(body);
  return own.filter((w) => bodyWords.has(w)).length / own.length;
}

const TRAILER_NOISE = new Set('that this with from have been were will would could should might also reported reports informed informs said news agency earlier previously according'.split(' '));

