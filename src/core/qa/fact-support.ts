/**
 * The fact table as evidence for the scorer: a fact whose slot fits the question is a strong
 * candidate, not a separate answer path. For each sentence that states such a fact, the folded value
 * of the slot with how much of the question the fact covers.
 */
import type { Knowledge } from '../knowledge.ts';
import type { Candidate, SlotType } from './fact-candidates.ts';
import { fold } from '../text.ts';
import { factCandidates } from './fact-candidates.ts';
import type { AnswerType, StructuredQuery } from './structured-query.ts';
import type { Answer, Fact } from '../types.ts';
import { sameAnswer, scoreOf, type AnswerCandidate, type CandidateKind, type Features, type Retrieved } from './passage-answer.ts';
import { vocabularyOf } from './vocabulary.ts';
import { asksDocument } from './documents.ts';
import { asksPerformer } from './performers.ts';
import { asksWinner } from './prizes.ts';

/** The fact candidates the question reaches, covering at least `FACT_SUPPORT_MIN` of it. */
export const FACT_SUPPORT_MIN = 0.4;

/** `about`: a test a fact must pass to be kept at all (the asked event's words), read before its ordinals. */
export function questionFacts(q: StructuredQuery, knowledge: Knowledge, about?: (at: number, fact: Fact) => boolean): Candidate[] {
  return factCandidates(q.analysis, knowledge, vocabularyOf(knowledge), { minCoverage: FACT_SUPPORT_MIN, personCountry: q.personCountry, about });
}

/**
 * Per sentence quoting a reached fact (among its first 50 sources), the folded values it backs with
 * their best coverage. `sentences`: only these are asked for (the retrieved passages), so the others
 * are not recorded: a question reaching thousands of facts quotes tens of thousands of sentences.
 */
export function factSupport(q: StructuredQuery, facts: Candidate[], sentences?: ReadonlySet<string>): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  if (q.type === 'yesno' || q.type === 'statement') return out;
  // Many candidates share a value (a city, an organizer): each folded once per question.
  const keys = new Map<string, string>();
  for (const c of facts) {
    // The Cultural Capital of another year than the one asked backs no answer ("Anau, the 2024
    // Cultural Capital" for "the cultural capital in 2022").
    if (c.fact.kind === 'capital' && q.analysis.year !== undefined && c.fact.object !== String(q.analysis.year)) continue;
    let key: string | undefined;
    const sources = c.fact.sources;
    for (let i = 0; i < Math.min(sources.length, 50); i++) {
      const src = sources[i]!;
      if (sentences && !sentences.has(src.sentenceId)) continue;
      if (key === undefined) {
        key = keys.get(c.slot.value);
        if (key === undefined) keys.set(c.slot.value, (key = fold(c.slot.value).replace(/^(?:the|a|an)\s+/, '')));
      }
      let values = out.get(src.sentenceId);
      if (!values) out.set(src.sentenceId, (values = new Map()));
      values.set(key, Math.max(values.get(key) ?? 0, c.coverage));
    }
  }
  return out;
}

/**
 * Facts of performers and prize winners answer only questions asking for one: the group that played
 * at the forum is not who organized it (performers.ts, prizes.ts).
 */
export function askedKinds(q: StructuredQuery, facts: Candidate[]): Candidate[] {
  const performer = asksPerformer(q);
  const winner = asksWinner(q);
  return facts.filter((c) => (c.fact.kind !== 'performance' || performer) && (c.fact.kind !== 'award' || winner));
}

/** The fact slots that can answer each answer type (none listed: any). */
// An event is a fact's subject (a "thing" slot): a capital's city does not answer "at which meeting".
const SLOTS_OF_TYPE: Partial<Record<AnswerType, SlotType[]>> = { person: ['person', 'org'], place: ['place'], date: ['date'], number: ['number'], role: ['role'], org: ['org'], event: ['thing'] };

/** The fact table's answer is of the kind the question asks (a place fact does not answer "when"). */
export function factFitsType(q: StructuredQuery, fact: Answer, reached: Candidate[]): boolean {
  const own = reached.filter((c) => fact.facts?.includes(c.fact.id));
  const slots = own.map((c) => c.slot.type);
  // A performer is a person or a group, a signed document a decision's object: a document does not
  // answer "which ensemble", nor a topic "what did they sign" (performers.ts, documents.ts).
  if (own.length && asksPerformer(q)) return slots.some((t) => t === 'person' || t === 'org');
  if (own.length && asksDocument(q)) return own.some((c) => c.fact.kind === 'decision');
  // "What won the prize?" is not answered by where or when the event was (prizes.ts).
  if (own.length && asksWinner(q)) return slots.some((t) => t === 'person' || t === 'org' || t === 'thing');
  const fits = SLOTS_OF_TYPE[q.type];
  return !fits || slots.length === 0 || slots.some((t) => fits.includes(t));
}

/** The candidate kind a fact's answer stands as, by the answer type asked. */
const KIND_OF_TYPE: Partial<Record<AnswerType, CandidateKind>> = { person: 'person', place: 'place', date: 'date', number: 'number', org: 'org', event: 'event', role: 'role', statement: 'clause', thing: 'phrase' };

/**
 * The fact table's answer as one more candidate, when no passage candidate gives it as strongly: the fact may
 * hold what no one sentence's mentions do ("The Kazakh Minister put forward ...", resolved to her
 * name; a role in a list of people and roles). Its sentence must be among the retrieved passages, so
 * it passes the same gates; its features are that passage's, with full type fit and no local evidence
 * beyond the fact itself.
 */
export function factAsCandidate(q: StructuredQuery, fact: Answer, retrieved: Retrieved[], cands: AnswerCandidate[], reached: Candidate[] = []): AnswerCandidate | null {
  const kind = KIND_OF_TYPE[q.type];
  if (!kind || q.list || fact.kind === 'list' || fact.kind === 'yes-no' || fact.alternatives?.length) return null;
  // The fact's value must be of the kind asked: a capital's city is no answer to "what role".
  if (!factFitsType(q, fact, reached)) return null;
  // A name of one or two letters is a fact rule misreading an initial ("H.E."), not an answer.
  if (kind !== 'number' && kind !== 'date' && fact.short.replace(/[^\p{L}]/gu, '').length < 3) return null;
  const key = fold(fact.short).replace(/^(?:the|a|an)\s+/, '');
  const sentenceIds = new Set(fact.sources.map((s) => s.sentenceId));
  const r = retrieved.find((x) => sentenceIds.has(x.sentence.id));
  if (!r) return null;
  const features: Features = { coverage: r.coverage, names: r.names, year: r.year, typeFit: 1, local: 0, rank: 1 / (1 + r.rank / 10), redundancy: 0, relation: 0, fact: fact.confidence, contains: 0 };
  const score = scoreOf(features);
  // A passage candidate giving the same answer from a weaker sentence does not stand for the fact's.
  if (cands.some((c) => sameAnswer(c.key, key) && (c.score >= score || c.support.includes(r.sentence.id)))) return null;
  return { text: fact.short, key, kind, sentenceId: r.sentence.id, support: [r.sentence.id], features, score };
}
