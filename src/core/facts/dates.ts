import { MONTHS } from '../text.ts';

export interface FoundDate {
  /** ISO date when day and month are known; year-only dates leave it unset. */
  date?: string;
  year?: number;
  /** Index in the sentence, to pick the date nearest to what it qualifies. */
  at: number;
  text: string;
}

const MONTH_RE = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

const MONTH_NAME = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const HAS_DIGIT = /\d/;
// Made once: matchAll works on a copy of each, so sharing them is safe.
const DAY_MONTH = new RegExp(`\\b${DAY}(?:\\s*[-–]\\s*\\d{1,2}(?:st|nd|rd|th)?)?\\s+${MONTH_RE}(?:,?\\s+(\\d{4}))?\\b`, 'g');
const MONTH_DAY = new RegExp(`\\b${MONTH_RE}\\s+${DAY}(?:\\s*(?:[-–]|to|and)\\s*\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+(\\d{4}))?\\b`, 'g');
const MONTH_YEAR = new RegExp(`\\b${MONTH_RE}\\s+(\\d{4})\\b`, 'g');

function monthIndex(name: string): number {
  const n = name.toLowerCase().replace('.', '');
  return MONTHS.findIndex((m) => m.startsWith(n.slice(0, 3))) + 1;
}

function iso(y: number, m: number, d: number): string | undefined {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Dates written in a sentence: "28 November 2026", "November 24, 2025", "on November 24" (year from the
 * article), "from November 13 to 15" (the first day), "12.05.2024" (day first, as in the region's
 * press), "in 2026" (year only). A date missing its year takes the article's year; in an undated
 * article that writes no year it is kept with neither date nor year ("Dec. 23").
 */
export function findDates(sentence: string, articleDate: string | null): FoundDate[] {
  // Every form below holds a digit but a month written alone in a dated article ("in April"): most
  // sentences hold neither.
  if (!HAS_DIGIT.test(sentence) && (!articleDate || !MONTH_NAME.test(sentence))) return [];
  const out: FoundDate[] = [];
  // A day written without its year ("in 2025 on April 5") takes the article's year, or, in an undated
  // article, the one year the sentence itself writes.
  const years = new Set([...sentence.matchAll(/\b(1[89]\d\d|20\d\d|21\d\d)\b/g)].map((m) => Number(m[1])));
  const articleYear = articleDate ? Number(articleDate.slice(0, 4)) : years.size === 1 ? [...years][0] : undefined;
  const taken: [number, number][] = [];
  const add = (at: number, len: number, f: Omit<FoundDate, 'at' | 'text'>) => {
    if (taken.some(([s, e]) => at < e && at + len > s)) return;
    taken.push([at, at + len]);
    out.push({ ...f, at, text: sentence.slice(at, at + len) });
  };
  // 28 November 2026 / 28-30 November 2026 / 28 November
  for (const m of sentence.matchAll(DAY_MONTH)) {
    const y = m[3] ? Number(m[3]) : articleYear;
    const d = y ? iso(y, monthIndex(m[2]!), Number(m[1])) : undefined;
    // In an undated article a day without its year is still the day said: no year to give it.
    add(m.index, m[0].length, d || y ? { date: d, year: y } : {});
  }
  // November 24, 2025 / November 13 to 15 / August 25th-26th, 2017 / November 24
  for (const m of sentence.matchAll(MONTH_DAY)) {
    const y = m[3] ? Number(m[3]) : articleYear;
    const d = y ? iso(y, monthIndex(m[1]!), Number(m[2])) : undefined;
    add(m.index, m[0].length, d || y ? { date: d, year: y } : {});
  }
  // 12.05.2024 (day first)
  for (const m of sentence.matchAll(/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g)) {
    const d = iso(Number(m[3]), Number(m[2]), Number(m[1]));
    if (d) add(m.index, m[0].length, { date: d, year: Number(m[3]) });
  }
  // July 2025 (month and year)
  for (const m of sentence.matchAll(MONTH_YEAR)) {
    add(m.index, m[0].length, { year: Number(m[2]) });
  }
  // "will be launched in April", "until mid-November": a month alone, after a word placing something in
  // time, is of the article's year; of the next year when the sentence looks ahead to a month already
  // past at the article's date, of the year before when it tells the past of a month still to come.
  if (articleDate) {
    const articleMonth = Number(articleDate.slice(5, 7));
    const ahead = /\b(?:will|shall|to be|is to|are to|plans?|planned|scheduled|expected|upcoming|next)\b/i.test(sentence);
    const past = !ahead && /\b(?:was|were|had|took place|ended|closed|held)\b/i.test(sentence);
    for (const m of sentence.matchAll(new RegExp(`\\b(?:in|since|until|till|by|from|through|during|of|early|late|mid-?|end of)\\s+(?:early\\s+|late\\s+|mid-)?${MONTH_RE}(?!\\s*\\d)(?![\\p{L}])`, 'gu'))) {
      const month = monthIndex(m[1]!);
      if (m[1] === 'May' && !/^in\b/i.test(m[0])) continue;
      const year = Number(articleDate.slice(0, 4)) + (ahead && month < articleMonth ? 1 : past && month > articleMonth ? -1 : 0);
      const at = m.index + m[0].lastIndexOf(m[1]!);
      add(at, m[1]!.length, { year });
    }
  }
  // Bare years
  for (const m of sentence.matchAll(/\b(1[89]\d\d|20\d\d|21\d\d)\b/g)) {
    add(m.index, m[0].length, { year: Number(m[1]) });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** True when the sentence reports something happening on the article's own day. */
export function isSameDayReport(sentence: string): boolean {
  return /\b(today|this morning|this evening|tonight|has (?:taken place|started|begun|opened|kicked off|been held|been opened)|have (?:gathered|convened)|has (?:gathered|convened)|is (?:taking place|being held|underway|under way)|kicked off|got under way|opened today|held today)\b/i.test(
    sentence,
  );
}
