// Public face of the question-answering core (being written; the signatures are the contract).
export { answerQuestion, type AnswerOptions } from './answer.ts';
export { formatAnswerPlain } from './format.ts';
