import { isLanguage, LANGUAGES, localDate, PHRASES } from '../lang/phrases.ts';
import type { Language } from '../types.ts';
import type { Digest, DigestEvent } from './compose-digest.ts';

import { TELEGRAM_MESSAGE_LIMIT, escapeHtml } from '../telegram-html.ts';

export { TELEGRAM_MESSAGE_LIMIT, escapeHtml };

/** Caps on the plain text of each field, so one event block always fits a message even fully escaped. */
const FIELD_CAPS = { name: 200, place: 120, summary: 300, publisher: 80, title: 160 } as const;

/** The frame is in the chat's language (src/core/lang/phrases.ts); what the articles say stays English. */
interface Labels {
  language: Language;
  title: string;
  newEvents: string;
  upcoming: string;
  reminder: string;
  article: string;
}

function labelsFor(language: string | undefined): Labels {
  const lang: Language = language && isLanguage(language) ? language : 'en';
  return { language: lang, ...PHRASES[lang].digest, article: PHRASES[lang].article };
}

export const DIGEST_LANGUAGES: string[] = [...LANGUAGES];

const cap = (s: string, n: number): string => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

function renderEvent(e: DigestEvent, labels: Labels): string {
  const when = e.date ? localDate(e.date, labels.language, { numeric: false }) : '';
  const head = [when && `<b>${escapeHtml(when)}</b>`, `<b>${escapeHtml(cap(e.name, FIELD_CAPS.name))}</b>`].filter(Boolean).join(' — ');
  const where = e.place ? `, ${escapeHtml(cap(e.place, FIELD_CAPS.place))}` : '';
  const source = [e.publisher && `<i>${escapeHtml(cap(e.publisher, FIELD_CAPS.publisher))}</i>`, `${labels.article} <code>${escapeHtml(e.articleId)}</code>`]
    .filter(Boolean)
    .join(' · ');
  return `• ${head}${where}\n${escapeHtml(cap(e.summary, FIELD_CAPS.summary))}\n${source}`;
}

/** Packs blocks into messages of at most `limit` characters, never splitting a block. */
export function packMessages(blocks: string[], limit = TELEGRAM_MESSAGE_LIMIT): string[] {
  const messages: string[] = [];
  let current = '';
  for (const block of blocks) {
    const joined = current === '' ? block : `${current}\n\n${block}`;
    if (joined.length <= limit) {
      current = joined;
      continue;
    }
    if (current !== '') messages.push(current);
    // Field caps keep a block far below the limit; this only guards against a future caller's block.
    current = block.length <= limit ? block : block.slice(0, limit);
  }
  if (current !== '') messages.push(current);
  return messages;
}

/**
 * The digest as Telegram HTML messages, each at most 4096 characters, every text escaped. Every event
 * is rendered: a digest with more events than one message holds becomes several messages.
 */
export function renderDigest(digest: Digest, opts: { language?: string; limit?: number } = {}): string[] {
  const labels = labelsFor(opts.language);
  const title = `<b>${escapeHtml(labels.title)}</b> · ${escapeHtml(localDate(digest.today, labels.language, { numeric: false }))}`;
  const blocks: string[] = [];
  if (digest.reminders.length > 0) {
    blocks.push(`${title}\n\n<b>${escapeHtml(labels.reminder)}</b>`, ...digest.reminders.map((e) => renderEvent(e, labels)));
  }
  if (digest.events.length > 0) {
    const heading = `<b>${escapeHtml(labels.newEvents)}</b>`;
    blocks.push(blocks.length ? heading : `${title}\n\n${heading}`, ...digest.events.map((e) => renderEvent(e, labels)));
  }
  if (digest.upcoming.length > 0) {
    const heading = `<b>${escapeHtml(labels.upcoming)}</b>`;
    blocks.push(blocks.length ? heading : `${title}\n\n${heading}`);
    blocks.push(...digest.upcoming.map((e) => renderEvent(e, labels)));
  }
  if (blocks.length === 0) blocks.push(title);
  return packMessages(blocks, opts.limit);
}
