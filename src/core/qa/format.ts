import type { Answer } from '../types.ts';

/** The plain-text reply, as the console chat and `ask` print it. */
export function formatAnswerPlain(answer: Answer): string {
  return answer.answer;
}
