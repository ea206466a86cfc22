/**
 * Example questions for /start buttons, drawn from the facts so that pressing one gets an answer from
 * the articles actually loaded. Generic ones fill the gaps when the fact table has too few.
 */
import type { Knowledge } from '../core/knowledge.ts';
import { eventFacts, factsOfKind } from '../core/knowledge.ts';

const GENERIC = [
  'Who is the Secretary General of TURKSOY?',
  'Which city is the Cultural Capital of the Turkic World?',
  'When was TURKSOY established?',
];

/** Longer questions make clumsy buttons. */
const MAX_LENGTH = 60;

export function exampleQuestions(knowledge: Knowledge, count = 3): string[] {
  const candidates: string[] = [];
  const role = factsOfKind(knowledge, 'role').find((f) => f.qualifiers.title && f.qualifiers.organization);
  if (role) candidates.push(`Who is the ${role.qualifiers.title} of ${role.qualifiers.organization}?`);
  const event = eventFacts(knowledge).find((f) => f.qualifiers.place);
  if (event) candidates.push(`What took place in ${event.qualifiers.place}?`);
  const founding = factsOfKind(knowledge, 'founding').find((f) => f.subject);
  if (founding) candidates.push(`When was ${founding.subject} founded?`);
  const seen = new Set<string>();
  return [...candidates, ...GENERIC]
    .filter((q) => q.length <= MAX_LENGTH)
    .filter((q) => !seen.has(q.toLowerCase()) && seen.add(q.toLowerCase()))
    .slice(0, count);
}
