/**
 * Performers as an answer: "Who performed at the gala?", "Which ensemble closed the festival?" are
 * answered by a performing group ("the Turan Ethno-Folk Ensemble", "the State Youth Orchestra") as
 * much as by a person; the mentions type such a group as an organization, which fits "who" poorly.
 */
import { fold } from '../text.ts';
import type { StructuredQuery } from './structured-query.ts';
import { termOf } from './terms.ts';

/** Head words of performing groups, singular, lower case. */
const GROUP_NOUNS = new Set(['ensemble', 'band', 'orchestra', 'choir', 'chorus', 'troupe', 'quartet', 'quintet', 'trio', 'philharmonic', 'company', 'group']);

/** Verbs and nouns that ask who performed (stems). */
const PERFORMING = new Set(['perform', 'performed', 'performance', 'sang', 'sing', 'played', 'play', 'danced', 'dance', 'featured', 'entertained', 'performer'].map(termOf));

/** The name is a performing group's: its last word is a group noun ("Sypun Brass Band", "Kazakh State Philharmonic"). */
export function isPerformingGroup(name: string): boolean {
  const last = fold(name).split(/\s+/).pop() ?? '';
  return GROUP_NOUNS.has(last.replace(/s$/, '')) || GROUP_NOUNS.has(last);
}

/**
 * The question asks for a performer: "which ensemble / band / orchestra ...", or "who / what"
 * with a verb of performing ("Who performed at the closing ceremony?", "Who sang at the gala?").
 */
export function asksPerformer(q: StructuredQuery): boolean {
  if (q.type !== 'person' && q.type !== 'thing') return false;
  if (q.headNoun && (ASKED_GROUP_NOUNS.has(q.headNoun) || q.headNoun === 'performer')) return true;
  return q.analysis.terms.some((t) => PERFORMING.has(t));
}

/** "Which group", "which company" ask for a performer only with a verb of performing. */
const ASKED_GROUP_NOUNS = new Set([...GROUP_NOUNS].filter((n) => n !== 'group' && n !== 'company'));

/**
 * How well a candidate answers a question that asks for a performer, or undefined when it does not ask
 * for one. A performing group fits fully; "which ensemble / band / orchestra" is not answered by a
 * place, a date or a work any more than "which city" by a country (a person, a soloist, fits less).
 */
export function performerFit(q: StructuredQuery, kind: string, text: string): number | undefined {
  if (!asksPerformer(q)) return undefined;
  if (kind === 'org' && isPerformingGroup(text)) return 1;
  const groupAsked = q.headNoun !== undefined && ASKED_GROUP_NOUNS.has(q.headNoun);
  if (!groupAsked) return undefined;
  return kind === 'person' ? 0.5 : kind === 'phrase' ? 0.4 : 0.2;
}
