// Public face of the question-answering core.
export { answerQuestion, answerWithTrace, type AnswerOptions, type AnswerTrace } from './answer.ts';
export { formatTrace } from './format-trace.ts';
export { formatAnswerPlain } from './format.ts';
export { warmUp } from './warm-up.ts';
