/** What every feature module gets: the bot's dependencies, passed in explicitly. */
import type { Knowledge } from '../core/knowledge.ts';
import type { Answer } from '../core/types.ts';
import type { Logger } from '../logger.ts';
import type { CallbackCodec } from './callback-data.ts';
import type { EditorsDeps } from './features/editors.ts';
import type { ChatLanguages } from './features/language.ts';

export type AnswerFn = (knowledge: Knowledge, question: string) => Answer | Promise<Answer>;

export interface BotDeps {
  logger: Logger;
  /** Called on every use: the knowledge is swapped at runtime when the index is rebuilt. */
  getKnowledge: () => Knowledge;
  answer: AnswerFn;
  now: () => Date;
  callbacks: CallbackCodec;
  /** Longest question passed to the QA core, in characters. */
  maxQuestionLength: number;
  /** The editors' loop (question log, feedback buttons, operator commands); off when absent. */
  editors?: EditorsDeps;
  /** Chats' chosen reply languages (/language); absent: the user's Telegram language, else English. */
  chatLanguages?: ChatLanguages;
}

/** Callback-data prefixes, one per kind of button. */
export const CALLBACK = {
  paragraph: 'p',
  question: 'q',
} as const;
