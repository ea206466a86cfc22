/**
 * The chat's reply language: /language shows it and the choices, /language <code> changes it and
 * /language auto clears the choice (in groups, only administrators). Without a choice the bot follows the user's Telegram language
 * (`language_code`), else English. A question clearly in another language the bot reads is answered in
 * that language all the same (src/core/lang/reply-language.ts).
 */
import type { Context, Telegraf } from 'telegraf';
import { LANGUAGES, NATIVE_NAMES, PHRASES, isLanguage } from '../../core/lang/phrases.ts';
import { languageFromCode } from '../../core/lang/reply-language.ts';
import type { Language } from '../../core/types.ts';
import type { Store } from '../../store/store.ts';
import { isStoreUnavailable } from '../../store/store-connection.ts';
import { escapeHtml } from '../html.ts';
import { replyHtml, replyTarget } from '../reply.ts';
import { commandArgs, mayChangeSubscription } from '../subscribe-commands.ts';
import type { BotContext } from '../update-context.ts';

/** Where chats' chosen languages are kept: the store, or memory for the console chat. */
export type ChatLanguages = Pick<Store, 'getChatLanguage' | 'setChatLanguage'>;

/** Chosen languages in memory, for the console chat that runs without a database. */
export function memoryChatLanguages(): ChatLanguages {
  const chosen = new Map<number, string>();
  return {
    getChatLanguage: async (chatId) => chosen.get(chatId) ?? null,
    setChatLanguage: async (chatId, language) => void chosen.set(chatId, language),
  };
}

export type LanguageSource = 'chosen' | 'telegram' | 'default';

/**
 * What `/language auto` stores: the chat follows each person's Telegram language again. Kept as a
 * value, like a choice, rather than by deleting the choice: the digest reads the chat's language with
 * an older `/settings lang` value underneath (chat_settings), which a deleted choice would bring back.
 * Not a language, so every reader of the stored value falls back as if none was chosen.
 */
export const AUTO_LANGUAGE = 'auto';

/**
 * The chat's language and where it came from. A database that is down must not stop an answer: the
 * user's Telegram language stands in, and the failure is logged.
 */
export async function chatLanguage(ctx: BotContext, languages: ChatLanguages | undefined): Promise<{ language: Language; source: LanguageSource }> {
  if (languages && ctx.chat) {
    try {
      const stored = await languages.getChatLanguage(ctx.chat.id);
      if (stored && isLanguage(stored)) return { language: stored, source: 'chosen' };
    } catch (err) {
      ctx.log.warn({ err: (err as Error).message }, 'chat language unavailable, following the Telegram language');
    }
  }
  // In a group the sender's app language stands for the chat until an admin chooses one.
  const fromTelegram = languageFromCode(ctx.from?.language_code);
  return fromTelegram ? { language: fromTelegram, source: 'telegram' } : { language: 'en', source: 'default' };
}

const CHOICES = [...LANGUAGES.map((l) => `<code>${l}</code> ${escapeHtml(NATIVE_NAMES[l])}`), `<code>${AUTO_LANGUAGE}</code> Telegram`].join(' · ');

export function languageStatusHtml(language: Language, source: LanguageSource): string {
  const p = PHRASES[language];
  return [
    `${escapeHtml(p.languageNow(`${NATIVE_NAMES[language]} (${language})`))} <i>(${escapeHtml(p.languageSource[source])})</i>`,
    CHOICES,
    escapeHtml(p.languageHelp),
  ].join('\n');
}

const REFUSAL = 'Sorry, only the group’s administrators can change its language.';
const UNAVAILABLE = 'The language setting is briefly unavailable: I cannot reach my database right now. Please try again in a few minutes; questions still work.';

export function registerLanguage(bot: Telegraf<BotContext>, languages: ChatLanguages, now: () => Date): void {
  bot.command('language', async (ctx) => {
    const replyTo = replyTarget(ctx);
    const reply = (html: string) => replyHtml(ctx, html, { replyTo });
    try {
      const [arg] = commandArgs(ctx.message.text);
      if (!arg) {
        const current = await chatLanguage(ctx, languages);
        return reply(languageStatusHtml(current.language, current.source));
      }
      const code = arg.toLowerCase();
      if (!isLanguage(code) && code !== AUTO_LANGUAGE) return reply(`${escapeHtml(`“${arg}” is not a language I write.`)}\n${CHOICES}`);
      if (!(await mayChangeSubscription(ctx as Context))) return reply(escapeHtml(REFUSAL));
      if (code === AUTO_LANGUAGE) {
        await languages.setChatLanguage(ctx.chat.id, AUTO_LANGUAGE, now());
        ctx.log.info({ language: AUTO_LANGUAGE }, 'chat language cleared: following the Telegram language');
        const current = await chatLanguage(ctx, languages);
        return reply(escapeHtml(PHRASES[current.language].languageAuto(`${NATIVE_NAMES[current.language]} (${current.language})`)));
      }
      await languages.setChatLanguage(ctx.chat.id, code, now());
      ctx.log.info({ language: code }, 'chat language changed');
      return reply(escapeHtml(PHRASES[code].languageSet(NATIVE_NAMES[code])));
    } catch (err) {
      if (!isStoreUnavailable(err)) throw err;
      ctx.log.warn({ err: (err as Error).message }, '/language while the database is unavailable');
      return reply(escapeHtml(UNAVAILABLE));
    }
  });
}
