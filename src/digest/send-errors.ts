/**
 * What a failed sendMessage means for the digest job. Works with Telegraf's TelegramError
 * (`response.error_code`, `response.parameters`) and with plain objects of the Bot API's shape.
 */
export type SendFailure =
  | { kind: 'retry-after'; seconds: number }
  | { kind: 'chat-gone'; reason: string }
  /** The forum topic the message was for is deleted or closed: only that topic's subscription ends. */
  | { kind: 'topic-gone'; reason: string }
  | { kind: 'migrated'; newChatId: number }
  /** Telegram will not take this message, however often it is sent (400 "can't parse entities"). */
  | { kind: 'rejected'; message: string }
  /** Network errors and 5xx: may work next time. */
  | { kind: 'other'; message: string };

interface ApiErrorShape {
  error_code?: number;
  code?: number;
  description?: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
  response?: { error_code?: number; description?: string; parameters?: { retry_after?: number; migrate_to_chat_id?: number } };
  message?: string;
}

export function classifySendError(err: unknown): SendFailure {
  const e = (err ?? {}) as ApiErrorShape;
  const code = e.response?.error_code ?? e.error_code ?? (typeof e.code === 'number' ? e.code : undefined);
  const description = e.response?.description ?? e.description ?? e.message ?? String(err);
  const parameters = e.response?.parameters ?? e.parameters ?? {};
  if (parameters.migrate_to_chat_id !== undefined) return { kind: 'migrated', newChatId: Number(parameters.migrate_to_chat_id) };
  if (code === 429) return { kind: 'retry-after', seconds: Number(parameters.retry_after ?? 1) };
  // 403: blocked by the user, kicked from the group, or the chat deactivated. 400 "chat not found":
  // the chat no longer exists. Neither gets better by retrying.
  if (code === 403) return { kind: 'chat-gone', reason: `403: ${description}` };
  if (code === 400 && /chat not found|group chat was deactivated|bot was kicked|user is deactivated/i.test(description)) {
    return { kind: 'chat-gone', reason: `400: ${description}` };
  }
  // A forum topic deleted ("message thread not found", TOPIC_DELETED, TOPIC_ID_INVALID) or closed
  // (TOPIC_CLOSED): sending again fails the same way every run.
  if (code === 400 && /message thread not found|TOPIC_(?:CLOSED|DELETED|ID_INVALID)/i.test(description)) return { kind: 'topic-gone', reason: `400: ${description}` };
  if (code !== undefined && code >= 400 && code < 500) return { kind: 'rejected', message: `${code}: ${description}` };
  return { kind: 'other', message: code ? `${code}: ${description}` : description };
}
