/**
 * The answer pipeline, piece by piece, on sentences and questions written for these tests: typed
 * mentions, the structured query (answer types, chat habits), the thesaurus, retrieval recall, and the
 * one confidence threshold.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/core/build-index.ts';
import { findMentions, mentionText, type MentionKind } from '../../../src/core/facts/mentions.ts';
import type { Knowledge } from '../../../src/core/knowledge.ts';
import { loadKnowledge } from '../../../src/core/load-knowledge.ts';
import { answerWithTrace, CONFIDENCE_THRESHOLD, preferDayOfYear } from '../../../src/core/qa/answer.ts';
import { answerCandidates, confidenceOf, ordinalsOf, retrieve, sameAnswer, type AnswerCandidate } from '../../../src/core/qa/passage-answer.ts';
import { listMembers } from '../../../src/core/qa/list-members.ts';
import { factFitsType } from '../../../src/core/qa/fact-support.ts';
import type { Candidate } from '../../../src/core/qa/fact-candidates.ts';
import type { Answer } from '../../../src/core/types.ts';
import { structureQuestion } from '../../../src/core/qa/structured-query.ts';
import { stemsOf, termOf } from '../../../src/core/qa/terms.ts';
import { stem } from '../../../src/core/search/sentence-search.ts';
import { knowledgeOf } from './knowledge-of.ts';

const ARTICLES = join(import.meta.dirname, '../../fixtures/qa-articles');
let knowledge: Knowledge;
beforeAll(() => {
  const out = mkdtempSync(join(tmpdir(), 'qa-pipeline-'));
  buildIndex({ seedsDir: ARTICLES, outDir: out });
  knowledge = loadKnowledge(out);
});


const kinds = (sentence: string, kind: MentionKind) =>
  findMentions(sentence, '2025-05-14')
    .filter((m) => m.kind === kind)
    .map((m) => mentionText(sentence, m));

describe('typed mentions', () => {
  it('finds people after a role, before an appositive role, and after honorifics, not demonyms or months', () => {
    const s = 'Deputy Minister of Culture of Tatarstan Ilnur Gabdrakhmanov met H.E. Mr. Tolkun Abyshev, Director of the Naryn Drama Theatre, on 3 March.';
    expect(kinds(s, 'person')).toEqual(['Ilnur Gabdrakhmanov', 'Tolkun Abyshev']);
    expect(kinds(s, 'role')).toContain('Deputy Minister of Culture of Tatarstan');
    expect(kinds(s, 'role')).toContain('Director of the Naryn Drama Theatre');
    expect(kinds('The Uzbek delegation arrived in March.', 'place')).toEqual([]);
  });

  it('ends a role where the holder’s name begins, and keeps portfolios that list several fields', () => {
    const s = 'The session was opened by Minister of Culture, Sports and Youth Policy of Kyrgyzstan Aibek Toktorov and Ruslan Kerimov.';
    expect(kinds(s, 'role')).toContain('Minister of Culture, Sports and Youth Policy of Kyrgyzstan');
    expect(kinds(s, 'person')).toEqual(['Aibek Toktorov', 'Ruslan Kerimov']);
  });

  it('tells places, venues, organizations and events apart', () => {
    const s = 'The 5th Festival of Nomad Crafts opened at the Alash Palace in Shymkent, organized by the Ministry of Culture and TURKSOY.';
    expect(kinds(s, 'event')).toEqual(['5th Festival of Nomad Crafts']);
    expect(findMentions(s).filter((m) => m.kind === 'place').map((m) => [mentionText(s, m), m.unit])).toEqual([
      ['Alash Palace', 'venue'],
      ['Shymkent', 'city'],
    ]);
    expect(kinds(s, 'org')).toEqual(['Ministry of Culture', 'TURKSOY']);
    // A place the gazetteer does not know, said to be one: "the city of X", "the province of X".
    expect(kinds('The games were held in the Turkish city of Tokhara and the province of Velsk.', 'place')).toEqual(['Tokhara', 'Velsk']);
    // A state beyond the Turkic world is a place, not a two-word person.
    expect(kinds('Kazakhstan will nominate it jointly with Mongolia, Saudi Arabia and the United Arab Emirates.', 'person')).toEqual([]);
    expect(kinds('Kazakhstan will nominate it jointly with Mongolia, Saudi Arabia and the United Arab Emirates.', 'place')).toEqual(['Kazakhstan', 'Mongolia', 'Saudi Arabia', 'United Arab Emirates']);
    // A building named by its owner and a lower-case venue word.
    expect(findMentions('The guests toured the Kazakhfilm pavilion and the Abay theatre.').filter((m) => m.kind === 'place').map((m) => [mentionText('The guests toured the Kazakhfilm pavilion and the Abay theatre.', m), m.unit])).toEqual([
      ['Kazakhfilm pavilion', 'venue'],
      ['Abay theatre', 'venue'],
    ]);
    // A year inside a name is part of it; a year after a name, or after "in", is a date.
    const e = 'Guests saw the Steppe Songs Days, Silver Lake 2023 International Youth Camp, and other events held in Taraz in 2023.';
    expect(kinds(e, 'event')).toEqual(['Steppe Songs Days', 'Silver Lake 2023 International Youth Camp']);
    expect(kinds('The festival was held in Baku in 2023 and Turkic leaders attended.', 'date')).toEqual(['2023']);
  });

  it('reads dates with their precision and figures with the noun they count', () => {
    const s = 'On 12 May 2024 more than 1,200 young artists and twenty-seven ensembles performed; the fair opened in June 2023.';
    expect(findMentions(s, null).filter((m) => m.kind === 'date').map((m) => [m.value, m.unit])).toEqual([
      ['2024-05-12', 'day'],
      ['2023', 'month'],
    ]);
    expect(findMentions(s, null).filter((m) => m.kind === 'number').map((m) => [m.value, m.unit])).toEqual([
      ['1200', 'young artists'],
      ['27', 'ensembles'],
    ]);
  });

  it('takes quoted titles, not apostrophes', () => {
    expect(kinds('The panel “Roads of the Great Steppe” drew Kazakhstan’s and Turkey\'s filmmakers.', 'title')).toEqual(['Roads of the Great Steppe']);
  });
});

describe('the structured query', () => {
  const typeOf = (q: string) => structureQuestion(q, knowledge).type;

  it.each([
    ['Who organized the forum?', 'person'],
    ['Where did the forum take place?', 'place'],
    ['When did the forum open?', 'date'],
    ['How many journalists attended?', 'number'],
    ['Which city hosted the forum?', 'place'],
    ['Which three European cities hosted concerts?', 'place'],
    ['Which singer represented Crimea?', 'person'],
    ['Which post did Kanybek Osmonov hold?', 'role'],
    ['Which agreement founded the Organization of Turkic States?', 'thing'],
    ['At which meeting was Osh chosen?', 'event'],
    ['Who is Kanybek Osmonov?', 'role'],
    ['What did Aigerim Dzhaksybekova say about the code?', 'statement'],
    ['Is Osh the Cultural Capital of the Turkic World in 2027?', 'yesno'],
    ['turkic media forum date?', 'date'],
  ])('%s -> %s', (q, type) => expect(typeOf(q)).toBe(type));

  it('reads a fragment\'s head as its last head noun before a preposition', () => {
    expect(structureQuestion('steppe union foundation director', knowledge).type).toBe('person');
    expect(structureQuestion('the kyrgyz official at the forum meeting - name?', knowledge).type).toBe('person');
    expect(structureQuestion('head of turksoy', knowledge).type).toBe('person');
  });

  it('does not take a fact of another kind as a candidate', () => {
    const k = knowledgeOf([
      '816_a.txt',
      ' date 2025-11-28 To conclude, the minister transferred the role of Provisional Coordinator to her counterpart, while Andijan was named the Cultural Capital of the Turkic World 2026.\n',
    ]);
    const { trace } = answerWithTrace(k, 'What role did the minister hand over?');
    expect(trace?.candidates.map((c) => c.text)).not.toContain('Andijan');
    // A role the minister did something with, not one beside a name the question gives.
    expect(trace?.candidates[0]?.text).toBe('Provisional Coordinator');
  });

  it('gives the fact table the same target as the structured query ("What was the date of X?" asks for a date)', () => {
    const q = structureQuestion('What was the date of the Third Forum of Turkic Media Leaders?', knowledge);
    expect(q.type).toBe('date');
    expect(q.analysis.target).toBe('date');
  });

  it('records which rule typed the question', () => {
    expect(structureQuestion('Which city hosted the forum?', knowledge).rule).toBe('by-noun/which-what');
    expect(structureQuestion('Who is Kanybek Osmonov?', knowledge).rule).toBe('role/who-is-name');
  });

  it('reads the noun a count is of, past its adjectives', () => {
    expect(structureQuestion('How many young writers attended the congress?', knowledge).headNoun).toBe('writer');
  });

  it('drops the frame of a lead-in and keeps its topic', () => {
    const q = structureQuestion("I'm writing a story about the Bishkek media forum - who organized it?", knowledge);
    expect(q.type).toBe('person');
    expect(q.analysis.anchors).toContain('Bishkek');
    expect(q.analysis.terms).not.toContain(termOf('writing'));
    expect(q.analysis.terms).not.toContain(termOf('story'));
  });

  it('mends chat spellings and typos', () => {
    expect(structureQuestion('wat year was the turkic media union founded', knowledge).dateGrain).toBe('year');
    expect(structureQuestion('who is the secretery general of turksoy', knowledge).analysis.tokens).toContain('secretary');
    // "these days" is no concept a passage must hold.
    expect(structureQuestion('who runs turksoy these days', knowledge).analysis.terms).toEqual(structureQuestion('who runs turksoy', knowledge).analysis.terms);
  });

  it('drops chat fillers and reads "the X guy ..., what\'s his name" as asking for one person', () => {
    expect(structureQuestion('ok and the tour platform thing, whose idea was that', knowledge).analysis.terms).toEqual(structureQuestion('the tour platform, whose idea was that', knowledge).analysis.terms);
    const guy = structureQuestion("the film agency guy at the istanbul meeting, what's his name?", knowledge);
    expect(guy.type).toBe('person');
    expect(guy.list).toBe(false);
    expect(structureQuestion('What is this festival called?', knowledge).list).toBe(false);
    expect(structureQuestion('What cities hosted the forum?', knowledge).list).toBe(true);
  });

  it('takes ordinals as names a passage must hold', () => {
    expect(ordinalsOf('the third forum, the 37th session and the first meeting')).toEqual([3, 37]);
  });
});

describe('the thesaurus', () => {
  it('folds words of one concept together, on both sides', () => {
    expect(termOf('movie')).toBe(termOf('film'));
    expect(termOf('cinema')).toBe(termOf('film'));
    expect(termOf('founded')).toBe(termOf('established'));
    expect(termOf('meetup')).toBe(termOf('meeting'));
    // "according to X" attributes words to X as "X said" does.
    expect(termOf('according')).toBe(termOf('said'));
    expect(termOf('described')).toBe(termOf('said'));
    expect(termOf('swapping')).toBe(termOf('exchange'));
    expect(termOf('compete')).toBe(termOf('participate'));
    expect(termOf('chosen')).toBe(termOf('selected'));
    expect(termOf('depicting')).toBe(termOf('painted'));
    expect(termOf('travelled')).toBe(termOf('arrived'));
    // Irregular past forms share their verb's concept.
    expect(termOf('wrote')).toBe(termOf('written'));
    expect(termOf('author')).toBe(termOf('write'));
    expect(termOf('led')).toBe(termOf('head'));
    expect(termOf('met')).toBe(termOf('meeting'));
    expect(termOf('spoke')).toBe(termOf('said'));
    expect(termOf('began')).toBe(termOf('started'));
    expect(termOf('won')).toBe(termOf('winning'));
    expect(termOf('gave')).toBe(termOf('given'));
    // "drew attention" is no painting.
    expect(termOf('drew')).not.toBe(termOf('painted'));
    // "competition" is a contest, not taking part.
    expect(termOf('competition')).not.toBe(termOf('compete'));
  });

  it('expands a concept to every stem a search must ask for', () => {
    expect(stemsOf('establish')).toEqual(expect.arrayContaining([stem('founded'), stem('created'), stem('set')]));
  });

  it('keeps apart words the stemmer conflates', () => {
    expect(termOf('organization')).not.toBe(termOf('organized'));
  });
});

describe('retrieval, candidates and the scorer', () => {
  const cases = readFileSync(join(ARTICLES, 'questions.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { q: string; expect?: string[][]; source?: string[]; found?: boolean });

  it('retrieves a sentence of a right article for every answerable question of the fixture set', () => {
    for (const c of cases.filter((x) => x.found !== false && x.source)) {
      const ids = retrieve(structureQuestion(c.q, knowledge), knowledge).map((r) => r.sentence.articleId);
      expect(ids.some((id) => c.source!.includes(id)), c.q).toBe(true);
    }
  });

  it('ranks the right candidate first: the role holder next to the role asked, not the deputy', () => {
    const q = structureQuestion('Who is the Secretary General of TURKSOY?', knowledge);
    const best = answerCandidates(q, knowledge, retrieve(q, knowledge));
    expect(['Sultan Raev', 'Dusen Kaseinov']).toContain(best[0]!.text);
    const ots = structureQuestion('Who is the Secretary General of the Organization of Turkic States?', knowledge);
    // Only a Deputy Secretary General of the OTS is named: he is no candidate.
    expect(answerCandidates(ots, knowledge, retrieve(ots, knowledge)).map((c) => c.text)).not.toContain('Bakyt Sydykov');
  });

  it('does not answer with the person the question names by role', () => {
    const k = knowledgeOf(['801_a.txt', ' date 2025-04-02 Aruzhan Sadykova thanked the President of Kazakhstan, Kassym-Jomart Tokayev, for supporting the festival.\n']);
    const q = structureQuestion('Who thanked the President of Kazakhstan?', k);
    expect(answerCandidates(q, k, retrieve(q, k))[0]!.text).toBe('Aruzhan Sadykova');
  });

  it('does not answer "the <role> of X" with someone the sentence gives another role', () => {
    const k = knowledgeOf(['802_a.txt', ' date 2024-03-02 The forum was attended by Secretary General of the Steppe Union Marat Oskenov and President of the Steppe Academy Dilnoza Ergasheva.\n']);
    const q = structureQuestion('Who is the Secretary General of the Steppe Union?', k);
    const texts = answerCandidates(q, k, retrieve(q, k)).map((c) => c.text);
    expect(texts[0]).toBe('Marat Oskenov');
    expect(texts).not.toContain('Dilnoza Ergasheva');
  });

  it('answers a plural question with the sentence that enumerates, every member, as one answer', () => {
    const k = knowledgeOf([
      '803_a.txt',
      ' date 2023-06-10 A carpet fair has been held in Ashgabat during the week of Turkmen culture, showing carpets by weavers from member countries.\n\n' +
        'The fair showed carpets by weavers from Azerbaijan, Kazakhstan, Kyrgyzstan and Uzbekistan.\n',
    ]);
    const q = structureQuestion('Weavers from which countries showed carpets at the fair in Ashgabat?', k);
    expect(q.list).toBe(true);
    const members = listMembers(answerCandidates(q, k, retrieve(q, k)), k).map((c) => c.text);
    expect(members.sort()).toEqual(['Azerbaijan', 'Kazakhstan', 'Kyrgyzstan', 'Uzbekistan']);
    expect(structureQuestion('Which republics took part?', k).list).toBe(true);
  });

  it('keeps the day of a date the passage gives when the fact table knows only its year', () => {
    const k = knowledgeOf([
      '804_a.txt',
      ' date 2024-01-10 Turan was declared the Cultural Capital of the Turkic World 2024.\n\nThe city officially opened its year as Cultural Capital of the Turkic World on 14 March 2024 with a ceremony.\n',
    ]);
    const { trace } = answerWithTrace(k, 'On what date did Turan officially open its year as Cultural Capital of the Turkic World?');
    // The fact table gives the capital's year and agrees with the passage; its reply must not replace the day.
    expect(trace?.facts?.short).toBe('2024');
    expect(trace?.candidates[0]?.text).toBe('2024-03-14');
    expect(trace?.decision).not.toBe('facts');
  });

  it('takes the fact table\'s answer as a candidate when no mention in the sentence gives it', () => {
    const k = knowledgeOf([
      '805_a.txt',
      ' date 2025-02-11 The meeting of culture ministers was held in Astana.\n\nMinister of Culture and Information of Kazakhstan Dana Serikova opened the meeting. The Kazakh Minister put forward an initiative to create the Steppe Music Calendar, a document that will unite regional concerts.\n',
    ]);
    const q = structureQuestion('Who proposed the Steppe Music Calendar?', k);
    // The sentence names her only as "the Kazakh Minister": no person mention there.
    expect(answerCandidates(q, k, retrieve(q, k)).map((c) => c.text)).not.toContain('Dana Serikova');
    const { answer, trace } = answerWithTrace(k, q.text);
    expect(trace?.candidates[0]?.text).toBe('Dana Serikova');
    expect(answer.short).toBe('Dana Serikova');
  });

  it('takes the fact table\'s answer as a candidate when a passage gives the same answer only from a weaker sentence', () => {
    const k = knowledgeOf([
      '831_a.txt',
      ' date 2025-02-11 The meeting of culture ministers was held in Astana.\n\nMinister of Culture and Information of Kazakhstan Dana Serikova opened the meeting. The Kazakh Minister put forward an initiative to create the Steppe Music Calendar, a document that will unite regional concerts.\n\nThe guests later toured the museum of music with Dana Serikova.\n',
    ]);
    const { answer, trace } = answerWithTrace(k, 'Who proposed the Steppe Music Calendar?');
    expect(trace?.candidates[0]?.text).toBe('Dana Serikova');
    expect(trace?.candidates[0]?.sentenceId).toBe('831_a#2');
    expect(answer.short).toBe('Dana Serikova');
  });

  it('reads "the Kyrgyz official" as a person of that country, and gives each person of a list the role before the name', () => {
    const k = knowledgeOf([
      '806_a.txt',
      ' date 2024-10-02 The session was attended by Uzbek Deputy Minister of Culture Farrukh Tursunov, Kyrgyz Deputy Minister of Culture Almaz Bekov, and Turkish Deputy Minister of Culture Selim Aydin.\n',
    ]);
    const q = structureQuestion('the kyrgyz official at the session - name?', k);
    expect(q.personCountry).toBe('Kyrgyzstan');
    const texts = answerCandidates(q, k, retrieve(q, k)).map((c) => c.text);
    expect(texts[0]).toBe('Almaz Bekov');
    // Tursunov is followed by ", Kyrgyz Deputy Minister ...": that role is the next name's, not his.
    expect(texts).not.toContain('Farrukh Tursunov');
    expect(texts).not.toContain('Selim Aydin');
    // The fact table reads it the same way: a role of another country is no answer for it.
    expect(answerWithTrace(k, q.text).trace?.facts?.short).toBe('Almaz Bekov');
  });

  it('knows a person named without a country by the country the fact table gives their role elsewhere', () => {
    const k = knowledgeOf([
      '807_a.txt',
      ' date 2024-10-02 Uzbek Deputy Minister of Culture Farrukh Tursunov arrived in Bishkek on Monday.\n\nAt the session, Farrukh Tursunov and Kyrgyz Deputy Minister of Culture Almaz Bekov signed the protocol.\n',
    ]);
    const q = structureQuestion('the kyrgyz official at the session - name?', k);
    expect(q.personCountry).toBe('Kyrgyzstan');
    const texts = answerCandidates(q, k, retrieve(q, k)).map((c) => c.text);
    expect(texts).toContain('Almaz Bekov');
    // Found through the fact index's postings of his name: his role fact says Uzbekistan.
    expect(texts).not.toContain('Farrukh Tursunov');
  });

  it('does not take the role of another organization the sentence names for the one asked', () => {
    const k = knowledgeOf([
      '812_a.txt',
      ' date 2024-03-02 The forum opened in Shymkent.\n\nThe forum was attended by TURKSOY Secretary General Arman Kuatov, the Secretary General of the Organization of Turkic States Timur Bekenov and other guests.\n',
    ]);
    const { answer, trace } = answerWithTrace(k, 'Who is the Secretary General of the Organization of Turkic States?');
    // The TURKSOY fact holds the role words and its sentence names the OTS: it is still not the OTS one.
    expect(trace?.facts?.short).not.toContain('Arman Kuatov');
    expect(answer.short).toBe('Timur Bekenov');
  });

  it('does not take a fact about another meeting of a numbered series', () => {
    const k = knowledgeOf(
      ['813_a.txt', ' date 2023-05-03 The 37th meeting of the Permanent Council of TURKSOY was held in Taraz on 3 May 2023.\n'],
      ['814_b.txt', ' date 2024-06-10 Ministers arrived for the 38th meeting of the Permanent Council of TURKSOY, Kabar reports.\n'],
    );
    const { answer, trace } = answerWithTrace(k, 'Where was the 38th meeting of the Permanent Council of TURKSOY held?');
    expect(trace?.facts?.short ?? '').not.toContain('Taraz');
    expect(answer.short ?? '').not.toContain('Taraz');
  });

  it('does not let a fact answering another kind of thing speak for or against an answer', () => {
    const q = structureQuestion('At which meeting did Taraz become the cultural capital?', knowledge);
    expect(q.type).toBe('event');
    const fact = { short: 'Anau', facts: ['f1'] } as Answer;
    const slot = (type: Candidate['slot']['type']) => [{ fact: { id: 'f1' }, slot: { type, value: 'x' } }] as unknown as Candidate[];
    expect(factFitsType(q, fact, slot('place'))).toBe(false);
    expect(factFitsType(q, fact, slot('thing'))).toBe(true);
  });

  it('dates the undated news an article opens with by the day it was published, less surely than a written date', () => {
    const k = knowledgeOf([
      '816_a.txt',
      ' date 2024-04-17 The Steppe Crafts Fair held in Taraz brought together potters from five countries, Kabar reports.\n\nThe organizers said the Steppe Crafts Fair will return next spring.\n',
    ]);
    const q = structureQuestion('When did the Steppe Crafts Fair take place in Taraz?', k);
    const best = answerCandidates(q, k, retrieve(q, k))[0];
    expect(best?.text).toBe('2024-04-17');
    expect(best?.features.typeFit).toBeLessThan(1);
    // A question about a plan is not dated by the day of the report.
    const ahead = structureQuestion('When will the Steppe Crafts Fair take place in Taraz?', k);
    expect(answerCandidates(ahead, k, retrieve(ahead, k)).map((c) => c.text)).not.toContain('2024-04-17');
  });

  it('answers "what country" and "which city" only with places, not with an organization beside the name', () => {
    const k = knowledgeOf(['817_a.txt', ' date 2024-02-01 In his opening speech, TURKSOY Secretary-General Nurlan Abenov, stressed the importance of felt art.\n']);
    const q = structureQuestion('what country is nurlan abenov from', k);
    expect(q.headNoun).toBe('country');
    expect(answerCandidates(q, k, retrieve(q, k)).map((c) => c.text)).not.toContain('TURKSOY');
  });

  it('answers "who is the <role>" with the holder the newest source names, when articles of different years differ', () => {
    const k = knowledgeOf(
      ['818_a.txt', ' date 2019-03-12 The film week in Osh was opened by the President of Kazakhfilm Bakyt Osmonov, who welcomed the guests.\n'],
      ['819_b.txt', ' date 2024-09-30 Kazakhfilm, led by its President Ainura Tashieva, opened a cinema museum in Naryn.\n'],
    );
    const { answer, trace } = answerWithTrace(k, 'Who is the president of Kazakhfilm?');
    expect(trace?.candidates[0]?.text).toBe('Ainura Tashieva');
    expect(answer.short).toBe('Ainura Tashieva');
  });

  it('reads the words before a head noun as what the answer\'s name must hold ("what poetry event")', () => {
    expect(structureQuestion('What poetry event was organized in Taraz?', knowledge).headModifiers).toEqual(['poetry']);
    expect(structureQuestion('What new event was announced?', knowledge).headModifiers).toEqual([]);
    const k = knowledgeOf([
      '820_a.txt',
      ' date 2023-10-02 Events held in Taraz this year included the Festival of Children\'s Drawing, the Abay Poetry Days, the Steppe Music Days and a scout camp.\n',
    ]);
    const q = structureQuestion('What poetry event was organized in Taraz?', k);
    expect(answerCandidates(q, k, retrieve(q, k))[0]?.text).toBe('Abay Poetry Days');
  });

  it('reads a compound the articles never write ("village-related") as its parts, in the concepts and the head\'s modifiers', () => {
    const k = knowledgeOf([
      '822_a.txt',
      ' date 2024-05-14 Secretary General Omar Dzhaksybekov presented the Steppe Villages of Hospitality programme, the Nomad Route Association and the Members Forum to the tourism ministers.\n',
    ]);
    const q = structureQuestion('What new village-related initiative did the Secretary General present to tourism ministers?', k);
    expect(q.headNoun).toBe('initiative');
    expect(q.headModifiers).toEqual(['village']);
    expect(q.analysis.terms).toContain(termOf('village'));
    expect(q.analysis.terms).not.toContain(termOf('related'));
    expect(answerCandidates(q, k, retrieve(q, k))[0]?.text).toBe('Steppe Villages of Hospitality');
  });

  it('answers "where will it hold ..." with the place ahead, not one a clause tells as past', () => {
    const k = knowledgeOf([
      '824_a.txt',
      ' date 2022-10-20 A Steppe Alphabet Commission has been established to speed up the move to a common alphabet. The commission will hold its first meeting in Kyrgyzstan.\n' +
        'Decisions were made at the Steppe Alphabet Workshop held in Osh last month, and these decisions will be presented to the union.\n',
    ]);
    const { answer, trace } = answerWithTrace(k, 'Where will the Steppe Alphabet Commission hold its first meeting?');
    expect(answer.short).toContain('Kyrgyzstan');
    expect(trace?.candidates.find((c) => c.text === 'Osh')?.features.typeFit).toBeLessThan(1);
  });

  it('answers "when will it be launched" with the month the verb gives, and its year', () => {
    const k = knowledgeOf(['823_a.txt', ' date 2025-02-10 The Steppe Heritage project will be launched in April and continue until mid-November.\n']);
    const { answer } = answerWithTrace(k, 'When will the Steppe Heritage project be launched?');
    expect(answer.found).toBe(true);
    expect(answer.short).toBe('April 2025');
  });

  it('counts the year asked as said when the passage is of that year: beside it, in the title or by the article\'s date', () => {
    const k = knowledgeOf(['821_a.txt', ' date 2017-06-02 Steppe Union Secretary General Nurlan Abenov opened the congress in Taraz.\n']);
    const q = structureQuestion('Who was the Secretary General of the Steppe Union in 2017?', k);
    const best = answerCandidates(q, k, retrieve(q, k))[0];
    expect(best?.text).toBe('Nurlan Abenov');
    expect(best?.features.coverage).toBe(1);
    const other = structureQuestion('Who was the Secretary General of the Steppe Union in 2019?', k);
    expect(retrieve(other, k)[0]?.coverage ?? 0).toBeLessThan(1);
  });

  it('answers "which post did X hold" from a role written in lower case after "served as", the holder named by surname', () => {
    const s = 'In 2011-2013, Osmonov served as minister of culture, information and tourism of Kyrgyzstan.';
    expect(kinds(s, 'role')).toEqual(['minister of culture, information and tourism of Kyrgyzstan']);
    const k = knowledgeOf(['822_a.txt', ' date 2020-01-15 Bakyt Osmonov was elected head of the Steppe Union.\n\nIn 2011-2013, Osmonov served as minister of culture, information and tourism of Kyrgyzstan.\n']);
    const q = structureQuestion('Which post did Bakyt Osmonov hold in 2011-2013?', k);
    expect(q.typedHead).toBe(true);
    const best = answerCandidates(q, k, retrieve(q, k))[0];
    expect(best?.text).toBe('minister of culture, information and tourism of Kyrgyzstan');
    expect(best?.features.relation).toBe(1);
  });

  it('takes the head noun of "what position" as said by a sentence that names a role', () => {
    const k = knowledgeOf(['823_a.txt', ' date 2022-05-05 Nurlan Abenov serves as Secretary General of the Steppe Union.\n']);
    const q = structureQuestion('What position does Nurlan Abenov serve in at the Steppe Union?', k);
    expect([q.headNoun, q.typedHead]).toEqual(['position', true]);
    const best = answerCandidates(q, k, retrieve(q, k))[0];
    expect(best?.text).toBe('Secretary General of the Steppe Union');
    expect(best?.features.coverage).toBe(1);
  });

  it('answers "what is the <attribute> of X" with the value written beside the attribute', () => {
    expect(structureQuestion('What is the emblem of the Steppe Games?', knowledge).attribute).toBe('emblem');
    expect(structureQuestion('What is TURKSOY?', knowledge).attribute).toBeUndefined();
    expect(structureQuestion('What are the three pillars the union rests on?', knowledge).attribute).toBe('pillar');
    const k = knowledgeOf(['824_a.txt', ' date 2023-08-08 The Steppe Games opened in Taraz.\n\nThe host said the snow leopard, the emblem of the Steppe Games, stands for courage.\n']);
    const q = structureQuestion('What is the emblem of the Steppe Games?', k);
    expect(answerCandidates(q, k, retrieve(q, k))[0]?.text).toBe('snow leopard');
  });

  it('reads an initial as part of a name, and "which poet" as the person the text calls a poet', () => {
    const s = 'The evening marked the birthday of the great Kazakh poet K. Suyunbay, in the hall named after Erlan Dosov.';
    expect(kinds(s, 'person')).toEqual(['K. Suyunbay', 'Erlan Dosov']);
    const k = knowledgeOf(['825_a.txt', ' date 2021-06-06 The opening of the Steppe Days was timed to the birthday of the great Kazakh poet K. Suyunbay, in the hall named after Erlan Dosov.\n']);
    const q = structureQuestion("The opening of the Steppe Days was timed to which poet's birthday?", k);
    expect(q.personNouns).toEqual(['poet']);
    const best = answerCandidates(q, k, retrieve(q, k))[0];
    expect([best?.text, best?.features.relation]).toEqual(['K. Suyunbay', 1]);
  });

  it('reads "who represented <country>" as a person whose role is of that country, an envoy\'s post and an initial included', () => {
    const s = 'Guests included Minister of Culture of Kyrgyzstan Almaz Bekov and Ambassador of Hungary to Kazakhstan P. Kovacs.';
    expect(kinds(s, 'person')).toEqual(['Almaz Bekov', 'P. Kovacs']);
    expect(kinds(s, 'role')).toContain('Ambassador of Hungary to Kazakhstan');
    const k = knowledgeOf(['826_a.txt', ` date 2022-04-04 The forum of crafts opened in Taraz.\n\n${s}\n`]);
    const q = structureQuestion('Who represented Hungary at the forum of crafts?', k);
    expect(q.personCountry).toBe('Hungary');
    const best = answerCandidates(q, k, retrieve(q, k))[0];
    expect([best?.text, best?.features.relation]).toEqual(['P. Kovacs', 1]);
  });

  it('reads the verb whose doer "who" asks for, and not a verb of a clause about someone else', () => {
    expect(structureQuestion('Who chaired the workshop in Bursa?', knowledge).agentVerb).toBe(termOf('chaired'));
    expect(structureQuestion('Who was elected chairman of the union?', knowledge).agentVerb).toBe(termOf('elected'));
    expect(structureQuestion('Who was the governor that the delegation met?', knowledge).agentVerb).toBeUndefined();
  });

  it('answers with a known organization by its reference name, the doer of the verb asked', () => {
    const k = knowledgeOf(['827_a.txt', ' date 2023-03-03 The Steppe Film Days took place in Taraz, organized by the International Organization of Turkic Culture (TURKSOY) and the city hall.\n']);
    const q = structureQuestion('Who organized the Steppe Film Days?', k);
    const cands = answerCandidates(q, k, retrieve(q, k));
    expect(cands[0]?.text).toBe('TURKSOY');
    expect(cands[0]?.features.relation).toBe(1);
    expect(cands.filter((c) => c.text === 'TURKSOY')).toHaveLength(1);
  });

  it('takes a quotation as saying what "what did X say" asks, without the word "said"', () => {
    const k = knowledgeOf(['828_a.txt', ' date 2024-02-02 Minister Dana Serikova spoke about the archives in Taraz.\n\n“We are ready to share the archives we keep about your countries,” Dana Serikova added.\n']);
    const q = structureQuestion('What did Dana Serikova say about the archives?', k);
    const quoted = retrieve(q, k).find((r) => r.sentence.text.startsWith('“'));
    expect(quoted?.coverage).toBe(1);
  });

  it('answers "what kinds of X" with a description, never a name', () => {
    const k = knowledgeOf(['829_a.txt', ' date 2024-02-02 The ministers agreed to exchange copies of archival films from Central Asia - documentary and feature ones.\n']);
    const q = structureQuestion('What kinds of archival films will the ministers exchange?', k);
    expect(q.asksKind).toBe(true);
    expect(answerCandidates(q, k, retrieve(q, k)).filter((c) => c.kind !== 'phrase')).toEqual([]);
  });

  it('answers "what did X say" from a sentence that reports speech before one that only names X', () => {
    const k = knowledgeOf(['830_a.txt', ' date 2024-02-02 Minister of Culture Dana Serikova opened the crafts fair in Taraz.\n\nAt the fair, Dana Serikova said the crafts of the steppe deserve a museum of their own.\n']);
    const q = structureQuestion('What did Dana Serikova say at the crafts fair?', k);
    const cands = answerCandidates(q, k, retrieve(q, k));
    expect(cands[0]?.text).toContain('deserve a museum');
    expect(cands.find((c) => c.text.includes('opened'))?.features.typeFit).toBe(0.5);
  });

  it('reads "head of X" as whoever leads X, whatever the title', () => {
    const k = knowledgeOf([
      '807_a.txt',
      ' date 2024-05-20 The Steppe Union held its congress in Taraz, reports Kabar.\n\nSteppe Union Secretary General Nurlan Abenov opened the congress with a speech.\n',
    ]);
    const q = structureQuestion('head of steppe union', k);
    const best = answerCandidates(q, k, retrieve(q, k))[0];
    expect(best?.text).toBe('Nurlan Abenov');
    expect(best?.features.coverage).toBe(1);
  });

  it('counts an enumeration of countries when the sentence gives no number of them', () => {
    const k = knowledgeOf([
      '808_a.txt',
      ' date 2022-09-01 The Steppe Heritage Fund was founded in 2001 by the culture ministries of Azerbaijan, Kazakhstan, Kyrgyzstan and Uzbekistan.\n',
    ]);
    const q = structureQuestion('How many countries founded the Steppe Heritage Fund?', k);
    const best = answerCandidates(q, k, retrieve(q, k))[0];
    expect(best?.kind).toBe('number');
    expect(best?.text).toBe('4 (Azerbaijan, Kazakhstan, Kyrgyzstan, Uzbekistan)');
    // The sentence that lists the countries speaks of countries, though it never says the word.
    expect(best?.features.coverage).toBe(1);
  });

  it('gives a portfolio cut at its comma to the name after its tail, and reads its country there', () => {
    const k = knowledgeOf([
      '809_a.txt',
      ' date 2024-04-03 She met Government Commissioner of Hungary Laszlo Varga, Minister of Culture, Information and Youth Policy of the Kyrgyz Republic Temir Asanov and others.\n',
    ]);
    const q = structureQuestion('Who is the Kyrgyz Minister of Culture, Information and Youth Policy?', k);
    const texts = answerCandidates(q, k, retrieve(q, k)).map((c) => c.text);
    expect(texts[0]).toBe('Temir Asanov');
    expect(texts).not.toContain('Laszlo Varga');
  });

  it('answers "which prize" with a name that says it is a prize', () => {
    const k = knowledgeOf([
      '810_a.txt',
      ' date 2023-03-03 At the closing of the Steppe Film Days in Taraz, the jury of the Steppe Cinema Union handed the Golden Saiga Prize to a documentary.\n',
    ]);
    const q = structureQuestion('Which prize did the jury hand to a documentary at the Steppe Film Days?', k);
    expect(q.headNoun).toBe('prize');
    expect(answerCandidates(q, k, retrieve(q, k))[0]?.text).toBe('Golden Saiga Prize');
  });

  it('does not answer a question about one year with a place its appositive dates to another', () => {
    const k = knowledgeOf([
      '811_a.txt',
      ' date 2019-12-01 At the meeting held in Ordabasy, the Cultural Capital of the Turkic World 2019, the city of Zhanakorgan was elected the Cultural Capital of the Turkic World 2020.\n',
    ]);
    const q = structureQuestion('Which city was the Cultural Capital of the Turkic World in 2020?', k);
    const texts = answerCandidates(q, k, retrieve(q, k)).map((c) => c.text);
    expect(texts).not.toContain('Ordabasy');
    expect(texts[0]).toBe('Zhanakorgan');
  });

  it('reads "The meeting which took place on ..." as about the meeting named just before it', () => {
    const k = knowledgeOf([
      '812_a.txt',
      ' date 2019-12-02 Steppe news\n\nThe Steppe Council held its 5th Term Meeting in Taraz, the Steppe Music Capital 2019.\n\nThe meeting which took place on November 30th, 2019 gathered the culture ministers of the region.\n',
    ]);
    const { trace } = answerWithTrace(k, 'When did the 5th Term Meeting of the Steppe Council take place?');
    // The fact dates the event by the next sentence, not by the article's date; the passage covers the question.
    expect(trace?.facts?.short).toBe('30 November 2019');
    expect(trace?.candidates[0]?.text).toBe('2019-11-30');
    expect(trace?.passages.find((p) => p.sentenceId === '812_a#1')?.coverage).toBe(1);
  });

  it('answers "when" with the day the fact table confirms rather than the year a name carries', () => {
    const q = structureQuestion('When did the 9th Term Meeting of the Steppe Council take place?', knowledge);
    const cand = (key: string, score: number) => ({ text: key, key, kind: 'date', sentenceId: 'a#1', support: ['a#1'], score, features: {} }) as unknown as AnswerCandidate;
    const cands = [cand('2019', 10.5), cand('30 november 2019', 10.4), cand('2020', 5)];
    preferDayOfYear(q, cands, ['30 november 2019']);
    expect(cands.map((c) => c.key)).toEqual(['30 november 2019', '2019', '2020']);
    // Not without the fact table's word for that day, and not when a year is asked.
    const alone = [cand('2019', 10.5), cand('30 november 2019', 10.4)];
    preferDayOfYear(q, alone, []);
    expect(alone[0]?.key).toBe('2019');
    const yearAsked = [cand('2019', 10.5), cand('30 november 2019', 10.4)];
    preferDayOfYear(structureQuestion('In what year did the 9th Term Meeting take place?', knowledge), yearAsked, ['30 november 2019']);
    expect(yearAsked[0]?.key).toBe('2019');
  });

  it('answers "at which meeting" from a sentence that says only "the meeting", with the meeting named just before', () => {
    const k = knowledgeOf([
      '833_a.txt',
      ' date 2015-06-06 The 12th Term Meeting of the Steppe Council opened in Osh.\n\nUpon a unanimous vote at the meeting, the city of Taraz was chosen as the Steppe Music Capital for 2016.\n',
    ]);
    const q = structureQuestion('At which meeting was Taraz chosen as the Steppe Music Capital?', k);
    const best = answerCandidates(q, k, retrieve(q, k))[0];
    expect(best?.text).toBe('12th Term Meeting of the Steppe Council');
    expect(best?.sentenceId).toBe('833_a#1');
  });

  it('reads "The General Assembly ..." as about the Fifth General Assembly the sentence before names', () => {
    const k = knowledgeOf([
      '834_a.txt',
      ' date 2019-05-05 The Third General Assembly of the Steppe University Union was hosted by the university in Taraz.\n\nThe General Assembly was attended by rectors from Kazakhstan and Kyrgyzstan.\n',
    ]);
    const q = structureQuestion('Which rectors attended the Third General Assembly of the Steppe University Union?', k);
    const passage = retrieve(q, k).find((r) => r.sentence.id === '834_a#1');
    expect(passage?.coverage).toBe(1);
    // Its names too: "Third" is said in the sentence it points back to.
    expect(passage?.names).toBe(1);
    const { answer } = answerWithTrace(k, 'Did rectors from Kyrgyzstan take part in the Third General Assembly of the Steppe University Union?');
    expect(answer.short).toBe('Yes');
  });

  it('answers "what role did X hand over" with a role the sentence calls one', () => {
    const k = knowledgeOf(['835_a.txt', ' date 2024-12-12 At the session, Dana Serikova formally transferred the role of Steppe Union Coordinator to her Kyrgyz counterpart, Almaz Bekov.\n']);
    const q = structureQuestion('what role did serikova hand over to her kyrgyz counterpart', k);
    const best = answerCandidates(q, k, retrieve(q, k))[0];
    expect([best?.kind, best?.text, best?.features.typeFit]).toEqual(['role', 'Steppe Union Coordinator', 1]);
  });

  it('answers "which palace" with the venue, and reads the noun a count is of past a verb like "came"', () => {
    const k = knowledgeOf([
      '813_a.txt',
      ' date 2024-06-06 The Steppe Poetry Evening has taken place in Aksaray Palace in Taraz, organized by the Steppe Union.\n',
    ]);
    const q = structureQuestion('which palace hosted the steppe poetry evening', k);
    expect(answerCandidates(q, k, retrieve(q, k))[0]?.text).toBe('Aksaray Palace');
    expect(structureQuestion('how many young poets came to the evening', k).headNoun).toBe('poet');
  });

  it('gives a city\'s country for "which country", and weakens a sentence that dates things to other years only', () => {
    const k = knowledgeOf([
      '814_a.txt',
      ' date 2022-10-03 Uzbekistan will host the next Steppe Games in 2024, the organizers said.\n\nAt the third Steppe Games that took place in the Turkish city of Edremit, the Uzbek team won two medals.\n',
    ]);
    const q = structureQuestion('which country hosted the steppe games in 2022', k);
    const cands = answerCandidates(q, k, retrieve(q, k));
    const turkiye = cands.find((c) => c.text === 'Türkiye');
    expect(turkiye?.features.typeFit).toBe(0.8);
    // "will host ... in 2024" speaks of another year than the one asked.
    const uzbekistan = cands.find((c) => c.text === 'Uzbekistan');
    expect(uzbekistan?.sentenceId).toBe('814_a#0');
    expect(uzbekistan?.features.typeFit).toBe(0.6);
  });

  it('counts the people a sentence gives the role asked about, an honorific after the role included', () => {
    const k = knowledgeOf([
      '815_a.txt',
      ' date 2024-02-02 The session was attended by Uzbek Minister of Culture Farrukh Tursunov, Kyrgyz Deputy Minister of Culture Almaz Bekov, Turkish Deputy Minister of Culture and Tourism Dr. Selim Aydin and Kazakh Deputy Minister of Culture Arman Dosov.\n',
    ]);
    const q = structureQuestion('How many deputy ministers of culture attended the session?', k);
    expect(answerCandidates(q, k, retrieve(q, k))[0]?.text).toBe('3 (Almaz Bekov, Selim Aydin, Arman Dosov)');
  });

  it('treats one answer in other words as one answer', () => {
    expect(sameAnswer('deputy minister of culture of azerbaijan', 'azerbaijani deputy minister of culture')).toBe(true);
    expect(sameAnswer('sultan raev', 'dusen kaseinov')).toBe(false);
    // Dates are one answer when one says more of the other, two when they differ anywhere.
    expect(sameAnswer('april 2025', '2025')).toBe(true);
    expect(sameAnswer('5 april 2025', 'april 2025')).toBe(true);
    expect(sameAnswer('april 2025', 'november 2025')).toBe(false);
    expect(sameAnswer('5 april 2025', '6 april 2025')).toBe(false);
  });
});

describe('one confidence, one threshold', () => {
  it('rises with the lead over the next answer and with the fact table’s backing, falls when the fact table gives another answer', () => {
    const q = structureQuestion('Where was the Third Forum of Turkic Media Leaders held?', knowledge);
    const cands = answerCandidates(q, knowledge, retrieve(q, knowledge));
    const alone = confidenceOf(cands, 0).confidence;
    expect(confidenceOf(cands, 1).confidence).toBeGreaterThan(alone);
    expect(confidenceOf(cands, 0, [], q.type, 1).confidence).toBeLessThan(alone);
    const tied = [cands[0]!, { ...cands[0]!, key: 'another city', text: 'Another City' }];
    expect(confidenceOf(tied, 0).confidence).toBeLessThan(confidenceOf([cands[0]!], 0).confidence);
  });

  it('answers at or above the threshold and says "I don\'t know" below it', () => {
    for (const q of ['Where was the Third Forum of Turkic Media Leaders held?', 'Who won the football match in Baku?', 'What is the weather in Osh?']) {
      const { answer, trace } = answerWithTrace(knowledge, q);
      if (!trace) continue;
      expect(answer.found, q).toBe(trace.confidence >= CONFIDENCE_THRESHOLD);
      expect(trace.threshold).toBe(CONFIDENCE_THRESHOLD);
    }
    expect(answerWithTrace(knowledge, 'Where was the Third Forum of Turkic Media Leaders held?').answer.short).toContain('Bishkek');
    expect(answerWithTrace(knowledge, 'Who won the football match in Baku?').answer.found).toBe(false);
  });

  it('explains an answer: the query, passages, candidates with features, the fact rule, the decision', () => {
    const { trace } = answerWithTrace(knowledge, 'When was the Turkic Media Union founded?');
    expect(trace!.query.type).toBe('date');
    expect(trace!.passages.length).toBeGreaterThan(0);
    expect(Object.keys(trace!.candidates[0]!.features)).toEqual(expect.arrayContaining(['coverage', 'local', 'typeFit']));
    expect(trace!.facts?.rules[0]).toMatch(/^founding\//);
    expect(['facts', 'candidate', 'abstain']).toContain(trace!.decision);
  });
});
