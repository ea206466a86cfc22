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
  const lines = body
    .split('\n')
    .map((l) => l.replace(/\u00a0/g, ' ').replace(/[ \t]+/g, ' ').trim())
    .map((l) => l.replace(/^\(MENAFN-?\s*[^)]*\)\s*/, ''));
  const paragraphs: string[] = [];
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
    if (isJunkLine(line)) continue;
    // What follows, junk skipped: "Foreign policy" over "• 24 November, 2025" still stands alone.
    let j = i + 1;
    while (j < lines.length && lines[j] && isJunkLine(lines[j]!)) j++;
    const next = lines[j] ?? '';
    if (current.length === 0 && isHeadingLine(line, next, paragraphs.length === 0)) continue;
    current.push(line);
    // In hard-wrapped text a line that stops mid-sentence ("... held in Almaty," / "... was") goes on
    // on the next line; a line that ends a sentence, or stands alone, ends the paragraph.
    if (/[.!?]["'\u201d\u2019\u00bb)]*$/.test(line) || !next) flush();
  }
  flush();
  if (paragraphs.length) paragraphs[0] = stripDateline(paragraphs[0]!);
  return dropTrailers(paragraphs.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => /\p{L}/u.test(p)));
}

function isJunkLine(line: string): boolean {
  if (JUNK_LINE.some((re) => re.test(line))) return true;
  const crumbs = line.match(CRUMB_SEPARATOR)?.length ?? 0;
  return crumbs >= 2 || (crumbs === 1 && /^home\b/i.test(line));
}

/**
 * A title, section label or byline: short, no closing punctuation, and standing alone or written in
 * title case ("Azerbaijan, TURKSOY Review Bilateral Cooperation", "Laman Ismayilova", "Foreign policy").
 */
function isHeadingLine(line: string, next: string, first = false): boolean {
  if (/[.!?:;,"'\u201d\u2019\u00bb)\-–—]$/.test(line)) return false;
  const tokens = line.split(' ');
  if (tokens.length > 16) return false;
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

/**
 * The article's headline when its body opens with one: a first line that is a heading ("November 24
 * proposed as Solidarity Day of NGOs from OTS countries"), not a timestamp, crumb or byline.
 */
export function findHeadline(body: string): string | null {
  const lines = body.split('\n').map((l) => l.replace(/\u00a0/g, ' ').replace(/[ \t]+/g, ' ').trim());
  const first = lines.findIndex((l) => l.length > 0);
  if (first < 0) return null;
  const line = lines[first]!;
  if (isJunkLine(line) || line.split(' ').length < 4) return null;
  let j = first + 1;
  while (j < lines.length && lines[j] && isJunkLine(lines[j]!)) j++;
  return isHeadingLine(line, lines[j] ?? '', true) ? line : null;
}
