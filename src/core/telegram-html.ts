/**
 * The two facts of Telegram's HTML parse mode that the core's renderers (answers, digests) and the bot
 * share. They live in the core so the digest renderer, which may not import the Telegram adapter, and
 * the adapter use one definition.
 */

/** Telegram's limit for one message, in UTF-16 code units (JavaScript string length). */
export const TELEGRAM_MESSAGE_LIMIT = 4096;

/** Escapes the three characters Telegram's HTML mode needs escaped in text (attributes: see escapeAttr in the bot). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
