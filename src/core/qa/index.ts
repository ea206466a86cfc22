// Public face of the question-answering core.
export { answerQuestion, type AnswerOptions } from './answer.ts';
export { formatAnswerPlain } from './format.ts';
export { warmUp } from './warm-up.ts';
