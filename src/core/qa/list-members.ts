/**
 * The members of a list answer. A list is written as an enumeration ("paintings by artists from
 * Azerbaijan, Kazakhstan, Turkmenistan, Kyrgyzstan, and Uzbekistan"), so the answer comes from the
 * sentence that enumerates candidates of the asked kind, not from a sentence that names one of them.
 */
import type { Knowledge } from '../knowledge.ts';
import type { AnswerCandidate } from './passage-answer.ts';
import { ENUMERATION_GAP } from '../text.ts';

/** How far below the best candidate an enumerating sentence's best member may score. */
const SENTENCE_MARGIN = 6;
/** How far below the enumeration's best member a candidate from elsewhere may score and still join. */
const LIST_MARGIN = 3;
const MAX_MEMBERS = 12;
/** A member's type fit against the best member's, at least. */
const MIN_FIT_SHARE = 0.5;

/** Best first: the enumeration's members, then close candidates of the same kind from other sentences. */
export function listMembers(cands: AnswerCandidate[], knowledge: Knowledge): AnswerCandidate[] {
  const best = cands[0];
  if (!best) return [];
  // Of the kind, and fitting the asked type about as well: "which cities" lists no country.
  const sameKind = cands.filter((c) => c.kind === best.kind && c.features.typeFit >= best.features.typeFit * MIN_FIT_SHARE);
  const sentences = [...new Set(sameKind.filter((c) => c.score >= best.score - SENTENCE_MARGIN).flatMap((c) => c.support))];
  let chosen = { sentenceId: best.sentenceId, members: sameKind.filter((c) => c.support.includes(best.sentenceId)) };
  let chosenTop = -Infinity;
  for (const sentenceId of sentences) {
    const members = sameKind.filter((c) => c.support.includes(sentenceId));
    if (members.length < 2) continue;
    const top = Math.max(...members.map((c) => c.score));
    if (top > chosenTop) [chosen, chosenTop] = [{ sentenceId, members }, top];
  }
  const text = knowledge.sentences.get(chosen.sentenceId)?.text ?? '';
  // A name the gazetteer does not know, written in the run of members ("Bashkortostan, Republic of Altai").
  // Each one admitted extends the run: "Republic of Altai, Republic of Tuva, Republic of Khakassia".
  const inSentence = new Set(chosen.members);
  const strangers = cands.filter((c) => c.kind !== best.kind && c.features.typeFit > 0 && c.support.includes(chosen.sentenceId));
  for (let grew = true; grew; ) {
    grew = false;
    for (const c of strangers) {
      if (inSentence.has(c) || !inEnumeration(text, c.text, [...inSentence].map((m) => m.text))) continue;
      inSentence.add(c);
      grew = true;
    }
  }
  const groupTop = Math.max(...[...inSentence].map((c) => c.score));
  const elsewhere = sameKind.filter((c) => !inSentence.has(c) && c.score >= groupTop - LIST_MARGIN);
  return [...inSentence, ...elsewhere].sort((a, b) => b.score - a.score).slice(0, MAX_MEMBERS);
}

/** `name` stands next to a member with only a comma or "and" between them. */
function inEnumeration(text: string, name: string, members: string[]): boolean {
  const at = text.indexOf(name);
  if (at < 0) return false;
  const end = at + name.length;
  return members.some((m) => {
    const mAt = text.indexOf(m);
    if (mAt < 0) return false;
    const between = mAt >= end ? text.slice(end, mAt) : mAt + m.length <= at ? text.slice(mAt + m.length, at) : null;
    return between !== null && ENUMERATION_GAP.test(between);
  });
}
