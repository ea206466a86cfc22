/**
 * The benchmark's questions, each with its expected answer taken from the generator's records (what the
 * articles state), never from the bot. About three in four are answerable; one in four is off-topic or
 * a near miss (a post nobody holds, an event or an organization that does not exist, a year without a
 * Cultural Capital, a person nobody mentions), whose right answer is "I don't know". Questions come in
 * several wordings, some in lower case without a question mark, and about one in seven carries a typo.
 * Who and what they ask about follows the news: half are drawn by how often the articles mention it,
 * half uniformly from everything they mention.
 */
import type { CorpusCatalog, CorpusRecords, Statement } from './generate-corpus.ts';
import { COUNTRIES, EVENT_KINDS, EVENT_THEMES, INSTITUTIONS, MONTHS, OFF_TOPIC_QUESTIONS, ORDINAL_WORDS, ORGANIZERS, AGENCIES, coin, int, pick, prng, type Rand } from './vocabulary.ts';

export type QuestionKind =
  | 'role-holder' | 'who-is' | 'event-place' | 'event-date' | 'event-organizer' | 'event-attendance' | 'event-document' | 'event-closing' | 'event-prize'
  | 'founding' | 'capital' | 'proposal' | 'statement' | 'off-topic' | 'near-miss';

export interface BenchQuestion {
  text: string;
  kind: QuestionKind;
  /**
   * What a right answer's `short` contains, folded: every group needs one of its strings. `null`: the
   * articles do not answer it, and the right answer is "I don't know".
   */
  expect: string[][] | null;
  /** A letter was dropped, doubled, swapped or replaced in one word. */
  typo: boolean;
}

const lower = (s: string) => s.toLowerCase();

function dateForms(iso: string): string[] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const month = lower(MONTHS[m - 1]!);
  return [`${d} ${month} ${y}`, `${month} ${d}, ${y}`, `${month} ${d} ${y}`, iso];
}

/** One edit in one word of five or more letters: what a hurried phone keyboard does. */
export function addTypo(r: Rand, text: string): string {
  const words = [...text.matchAll(/\p{L}{5,}/gu)];
  if (words.length === 0) return text;
  const m = pick(r, words);
  const w = m[0];
  const i = int(r, 1, w.length - 2);
  const op = int(r, 0, 3);
  const typo =
    op === 0 ? w.slice(0, i) + w.slice(i + 1)
    : op === 1 ? w.slice(0, i) + w[i] + w.slice(i)
    : op === 2 ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2)
    : w.slice(0, i) + (w[i] === 'e' ? 'a' : 'e') + w.slice(i + 1);
  return text.slice(0, m.index) + typo + text.slice(m.index! + w.length);
}

/** Picks a key of `counts`: half the time weighted by count (the news), half uniformly (the tail). */
function picker<K>(counts: Map<K, number>): ((r: Rand) => K) | null {
  const keys = [...counts.keys()];
  if (keys.length === 0) return null;
  const cdf: number[] = [];
  let sum = 0;
  for (const k of keys) cdf.push((sum += counts.get(k)!));
  return (r) => {
    if (r() < 0.5) return pick(r, keys);
    const x = r() * sum;
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return keys[lo]!;
  };
}

type Maker = (r: Rand) => Omit<BenchQuestion, 'typo'> | null;

function answerable(cat: CorpusCatalog, rec: CorpusRecords): [number, Maker][] {
  const person = picker(rec.personRole);
  const place = picker(rec.eventPlaceDate);
  const org = picker(rec.eventOrganizer);
  const att = picker(rec.eventAttendance);
  const doc = picker(rec.eventDocument);
  const closing = picker(rec.eventClosing);
  const prize = picker(rec.eventPrize);
  const found = picker(rec.founding);
  const capital = picker(rec.capital);
  const proposal = picker(rec.proposal);
  const statements = new Map<string, number>([...rec.statements].map(([k, s]) => [k, s.mentions]));
  const statement = picker(statements);
  const ev = (i: number) => cat.events[i]!;
  const makers: [number, Maker | null][] = [
    [12, person && ((r) => {
      const p = cat.people[person(r)]!;
      const t = p.role.title;
      return { kind: 'role-holder', expect: [[lower(p.surname)]], text: pick(r, [`Who is the ${t}?`, `Who is ${t}?`, `Who serves as ${t}?`, `Name the ${t}.`, `who is the ${lower(t)}`, `Tell me who the ${t} is.`]) };
    })],
    [12, person && ((r) => {
      const p = cat.people[person(r)]!;
      return { kind: 'who-is', expect: p.role.whoIs, text: pick(r, [`Who is ${p.name}?`, `What position does ${p.name} hold?`, `who is ${lower(p.name)}`, `What is ${p.name}'s job?`]) };
    })],
    [10, place && ((r) => {
      const e = ev(place(r));
      return { kind: 'event-place', expect: [[lower(e.city)]], text: pick(r, [`Where was the ${e.name} held?`, `Where did the ${e.name} take place?`, `In which city was the ${e.name} held?`, `Which city hosted the ${e.name}?`, `where was the ${lower(e.name)}`]) };
    })],
    [10, place && ((r) => {
      const e = ev(place(r));
      return { kind: 'event-date', expect: [dateForms(e.date)], text: pick(r, [`When was the ${e.name} held?`, `When did the ${e.name} take place?`, `What was the date of the ${e.name}?`, `On what date was the ${e.name} held?`]) };
    })],
    [5, org && ((r) => {
      const e = ev(org(r));
      return { kind: 'event-organizer', expect: [ORGANIZERS[e.organizer]!.expect], text: pick(r, [`Who organized the ${e.name}?`, `Which organization organized the ${e.name}?`, `Who was the organizer of the ${e.name}?`]) };
    })],
    [4, att && ((r) => {
      const e = ev(att(r));
      return { kind: 'event-attendance', expect: [[String(e.attendance.n)]], text: pick(r, [`How many ${e.attendance.unit} attended the ${e.name}?`, `How many ${e.attendance.unit} came to the ${e.name}?`]) };
    })],
    [4, doc && ((r) => {
      const e = ev(doc(r));
      return { kind: 'event-document', expect: [[lower(e.document.replace(/^an? /, ''))]], text: pick(r, [`What did the participants of the ${e.name} sign?`, `Which document was signed at the ${e.name}?`]) };
    })],
    [4, closing && ((r) => {
      const e = ev(closing(r));
      return { kind: 'event-closing', expect: [[lower(e.closing)]], text: pick(r, [`Who performed at the closing ceremony of the ${e.name}?`, `Which ensemble performed at the closing of the ${e.name}?`]) };
    })],
    [4, prize && ((r) => {
      const e = ev(prize(r));
      return { kind: 'event-prize', expect: [[lower(e.prize.title)]], text: pick(r, [`Which ${e.prize.kind} won the main prize of the ${e.name}?`, `What won the main prize at the ${e.name}?`]) };
    })],
    [6, found && ((r) => {
      const f = cat.foundings[found(r)]!;
      return { kind: 'founding', expect: [[String(f.year)]], text: pick(r, [`When was the ${f.name} founded?`, `In which year was the ${f.name} established?`, `What year was the ${f.name} founded?`]) };
    })],
    [3, capital && ((r) => {
      const c = cat.capitals[capital(r)]!;
      return { kind: 'capital', expect: [[lower(c.city)]], text: pick(r, [`Which city is the Cultural Capital of the Turkic World in ${c.year}?`, `Which city was named Cultural Capital of the Turkic World for ${c.year}?`, `What was the cultural capital of the Turkic world in ${c.year}?`]) };
    })],
    [4, proposal && ((r) => {
      const p = cat.proposals[proposal(r)]!;
      const thing = p.thing.replace(/^an? /, 'the ');
      return { kind: 'proposal', expect: [[lower(cat.people[p.person]!.surname)]], text: pick(r, [`Who proposed to establish ${thing}?`, `Who proposed ${thing}?`]) };
    })],
    [4, statement && ((r) => {
      const s: Statement = rec.statements.get(statement(r))!;
      const p = cat.people[s.person]!;
      return { kind: 'statement', expect: [[lower(s.key)]], text: pick(r, [`What did ${p.name} say about ${s.topic.replace(/^the /, '')}?`, `What did ${p.surname} say about ${s.topic}?`]) };
    })],
  ];
  return makers.filter((m): m is [number, Maker] => m[1] !== null);
}

function unanswerable(cat: CorpusCatalog, rec: CorpusRecords): [number, Maker][] {
  const names = new Set(cat.people.map((p) => p.name));
  const titles = new Set(cat.people.map((p) => p.role.title));
  const events = new Set(cat.events.map((e) => e.name));
  const foundings = new Set(cat.foundings.map((f) => f.name));
  const years = new Set(cat.capitals.map((c) => c.year));
  const surnames = cat.people.map((p) => p.surname);
  return [
    [10, (r) => {
      const c = pick(r, COUNTRIES);
      const city = pick(r, c.cities);
      const text = pick(r, OFF_TOPIC_QUESTIONS).replace('{city}', city).replace('{city2}', pick(r, pick(r, COUNTRIES).cities)).replace('{country}', c.name);
      return { kind: 'off-topic', expect: null, text };
    }],
    // Near misses: the shape of an answerable question, about something no article states.
    [15, (r) => {
      const shape = int(r, 0, 5);
      if (shape === 0) {
        // A person nobody mentions, with a surname of the corpus or a new one.
        const name = `${coin(r, 2)} ${r() < 0.5 ? pick(r, surnames) : coin(r, 3) + 'ov'}`;
        return names.has(name) ? null : { kind: 'near-miss', expect: null, text: `Who is ${name}?` };
      }
      if (shape === 1) {
        const t = pick(r, cat.towns);
        const title = r() < 0.5 ? `Mayor of ${t.name}` : `Director of the ${t.name} ${pick(r, INSTITUTIONS)}`;
        return titles.has(title) ? null : { kind: 'near-miss', expect: null, text: `Who is the ${title}?` };
      }
      if (shape === 2) {
        const name = `${pick(r, ORDINAL_WORDS)} ${pick(r, EVENT_KINDS)} of ${pick(r, EVENT_THEMES)}`;
        if (events.has(name)) return null;
        return { kind: 'near-miss', expect: null, text: pick(r, [`Where was the ${name} held?`, `When did the ${name} take place?`]) };
      }
      if (shape === 3) {
        const year = pick(r, [2001, 2003, 2005, 2006, 2008, 2009, 2028, 2029, 2030, 2031]);
        return years.has(year) ? null : { kind: 'near-miss', expect: null, text: `Which city is the Cultural Capital of the Turkic World in ${year}?` };
      }
      if (shape === 4) {
        const c = pick(r, COUNTRIES);
        const name = `${c.demonym} ${pick(r, AGENCIES)}`;
        return foundings.has(name) || foundingMentioned(cat, rec, name) ? null : { kind: 'near-miss', expect: null, text: `When was the ${name} founded?` };
      }
      // A post of a country the corpus has no holder for.
      const title = `Minister of Culture of ${pick(r, ['Mongolia', 'Tajikistan', 'Georgia', 'Moldova', 'Belarus'])}`;
      return { kind: 'near-miss', expect: null, text: `Who is the ${title}?` };
    }],
  ];
}

function foundingMentioned(cat: CorpusCatalog, rec: CorpusRecords, name: string): boolean {
  for (const i of rec.founding.keys()) if (cat.foundings[i]!.name === name) return true;
  return false;
}

/** `count` questions, deterministic for (records, seed): 75% answerable, 25% off-topic or near miss. */
export function benchQuestions(cat: CorpusCatalog, rec: CorpusRecords, count: number, seed = 7): BenchQuestion[] {
  const r = prng(seed);
  const yes = answerable(cat, rec);
  const no = unanswerable(cat, rec);
  const total = (ms: [number, Maker][]) => ms.reduce((s, [w]) => s + w, 0);
  const choose = (ms: [number, Maker][]) => {
    let x = r() * total(ms);
    for (const [w, m] of ms) if ((x -= w) < 0) return m;
    return ms[ms.length - 1]![1];
  };
  const out: BenchQuestion[] = [];
  for (let guard = 0; out.length < count && guard < count * 50; guard++) {
    const q = choose(r() < 0.25 ? no : yes)(r);
    if (!q) continue;
    const typo = r() < 0.15;
    out.push({ ...q, text: typo ? addTypo(r, q.text) : q.text, typo });
  }
  return out;
}
