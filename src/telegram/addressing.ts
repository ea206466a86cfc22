/**
 * Which messages are meant for the bot. In a private chat, all of them. In a group the bot speaks only
 * when addressed: a command (`/ask`, `/ask@ThisBot`), an @mention, or a reply to one of its messages.
 * Everything else in a group is other people's conversation and gets no reply.
 */
import type { Message, MessageEntity } from 'telegraf/types';

export interface BotIdentity {
  id: number;
  username: string;
}

export type MessageRoute =
  /** `explicit`: written /cmd@ThisBot, so meant for this bot even in a busy group. */
  | { kind: 'command'; name: string; explicit: boolean; args: string }
  | { kind: 'question'; text: string }
  | { kind: 'non-text' }
  | { kind: 'ignore' };

function entityText(text: string, e: MessageEntity): string {
  return text.slice(e.offset, e.offset + e.length);
}

function isMentionOfBot(text: string, e: MessageEntity, me: BotIdentity): boolean {
  if (e.type === 'mention') return entityText(text, e).toLowerCase() === `@${me.username.toLowerCase()}`;
  if (e.type === 'text_mention') return e.user.id === me.id;
  return false;
}

/** The text without the bot's @mentions, which are addressing, not part of the question. */
function withoutMentions(text: string, entities: MessageEntity[], me: BotIdentity): string {
  const mentions = entities.filter((e) => e.type === 'mention' && isMentionOfBot(text, e, me)).sort((a, b) => b.offset - a.offset);
  let out = text;
  for (const e of mentions) out = out.slice(0, e.offset) + out.slice(e.offset + e.length);
  return out.replace(/\s+/g, ' ').trim();
}

export function routeMessage(message: Message, me: BotIdentity): MessageRoute {
  const isPrivate = message.chat.type === 'private';
  if (!('text' in message)) return isPrivate ? { kind: 'non-text' } : { kind: 'ignore' };
  const text = message.text;
  const entities = message.entities ?? [];
  const command = entities.find((e) => e.type === 'bot_command' && e.offset === 0);
  if (command) {
    const [name = '', to] = entityText(text, command).slice(1).split('@');
    if (to && to.toLowerCase() !== me.username.toLowerCase()) return { kind: 'ignore' };
    return { kind: 'command', name: name.toLowerCase(), explicit: !!to, args: text.slice(command.length).trim() };
  }
  if (isPrivate) return { kind: 'question', text: withoutMentions(text, entities, me) };
  const repliesToBot = message.reply_to_message?.from?.id === me.id;
  const mentionsBot = entities.some((e) => isMentionOfBot(text, e, me));
  return repliesToBot || mentionsBot ? { kind: 'question', text: withoutMentions(text, entities, me) } : { kind: 'ignore' };
}
