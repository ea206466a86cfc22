import { afterEach, describe, expect, it } from 'vitest';
import { vi } from 'vitest';
import type { InlineKeyboardMarkup } from 'telegraf/types';
import { CALLBACK_DATA_LIMIT } from '../../src/telegram/callback-data.ts';
import { INLINE_CACHE_SECONDS } from '../../src/telegram/features/inline.ts';
import { MESSAGE_LIMIT, htmlToText } from '../../src/telegram/html.ts';
import { answerQuestion } from '../../src/core/qa/index.ts';
import { foundAnswer, notFoundAnswer } from './helpers/answers.ts';
import { BOT_INFO, callbackUpdate, groupChat, inlineUpdate, makeBot, stickerUpdate, stubApi, textUpdate } from './helpers/harness.ts';
import { telegramHtmlProblems } from './helpers/telegram-html.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

function keyboardOf(payload: Record<string, unknown>): InlineKeyboardMarkup['inline_keyboard'] {
  return (payload.reply_markup as InlineKeyboardMarkup | undefined)?.inline_keyboard ?? [];
}

function expectValidHtml(texts: string[]): void {
  for (const t of texts) {
    expect(telegramHtmlProblems(t)).toEqual([]);
    expect(t.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
  }
}

describe('private chat questions', () => {
  it('answers any text with the core\'s headline in bold, the quote, the source line and a paragraph button', async () => {
    const api = stubApi();
    const { bot, questions } = makeBot();
    await bot.handleUpdate(textUpdate('Who is the Secretary General of TURKSOY?'));

    expect(questions).toEqual(['Who is the Secretary General of TURKSOY?']);
    // An answer that goes out at once needs no "typing" (a waiting one gets it: outgoing.test.ts).
    expect(api.of('sendChatAction')).toEqual([]);
    const [reply] = api.of('sendMessage');
    expect(reply?.payload.parse_mode).toBe('HTML');
    expect(reply?.payload.chat_id).toBe(42);
    const text = String(reply?.payload.text);
    expect(text.split('\n')[0]).toBe('<b>Sultan Raev is the Secretary General of TURKSOY.</b>');
    expect(text).toContain('<blockquote>TURKSOY Secretary General Sultan Raev welcomed the ministers.</blockquote>');
    expect(text).toContain('— Trend, 28 November 2025, article <code>000_993de1ac3d74d2d6</code>');
    const [[button]] = keyboardOf(reply!.payload) as [[{ text: string; callback_data: string }]];
    expect(button.text).toBe('Show paragraph');
    expect(button.callback_data).toBe('p:000_993de1ac3d74d2d6#0');
    expectValidHtml(api.texts());
  });

  it('says "undated" for an undated source and shows each conflicting source with its own date', async () => {
    const api = stubApi();
    const { bot } = makeBot({
      answerWith: (q) =>
        foundAnswer(q, {
          short: 'Andijan',
          sources: [{ id: '002_e691fcc78606d26d', publisher: null, date: null, quote: 'Andijan is the capital.' }],
          // As the core gives them: every answer the sources give, the main one included.
          alternatives: [
            { short: 'Andijan', source: { id: '002_e691fcc78606d26d', publisher: null, date: null, quote: 'Andijan is the capital.' } },
            { short: 'Aktau', source: { id: '001_2846bc7d2b6649aa', publisher: 'Kazinform', date: '2024-05-02', quote: 'Aktau is the capital.' } },
          ],
        }),
    });
    await bot.handleUpdate(textUpdate('Which city is the cultural capital?'));
    const text = api.texts()[0]!;
    expect(text).toContain('— undated, article <code>002_e691fcc78606d26d</code>');
    expect(text).toContain('<b>Aktau</b>');
    expect(text).toContain('— Kazinform, 2 May 2024, article <code>001_2846bc7d2b6649aa</code>');
    expect(text.match(/Andijan is the capital/g)).toHaveLength(1);
    // No sentence id on the source: no paragraph button.
    expect(keyboardOf(api.of('sendMessage')[0]!.payload)).toEqual([]);
  });

  it('says "I don\'t know" in plain words, with the suggestions, when nothing is found', async () => {
    const api = stubApi();
    const { bot } = makeBot({ answerWith: (q) => notFoundAnswer(q) });
    await bot.handleUpdate(textUpdate('What is the weather in Ankara?'));
    const text = api.texts()[0]!;
    expect(text).toMatch(/^I don't know\./);
    expect(text).toContain('• Who is the Secretary General of TURKSOY?');
    expect(text).not.toContain('<b>');
    expect(keyboardOf(api.of('sendMessage')[0]!.payload)).toEqual([]);
  });

  it('escapes HTML in the question and in article text, passing the question to the core as text', async () => {
    const api = stubApi();
    const { bot, questions } = makeBot({
      answerWith: (q) =>
        q.startsWith('<b>')
          ? notFoundAnswer(q, ['Is 1 < 2 & 3 > 2?'])
          : foundAnswer(q, { short: 'R&D <centre>', sources: [{ id: 'x1', publisher: 'AT&T <News>', date: '2025-01-02', quote: 'a <script>alert(1)</script> & b' }] }),
    });
    await bot.handleUpdate(textUpdate('<b>bold</b> & <i>question</i>'));
    await bot.handleUpdate(textUpdate('Who runs R&D?'));
    expect(questions[0]).toBe('<b>bold</b> & <i>question</i>');
    const [notFound, found] = api.texts();
    expect(notFound).toContain('“&lt;b&gt;bold&lt;/b&gt; &amp; &lt;i&gt;question&lt;/i&gt;”');
    expect(notFound).toContain('Is 1 &lt; 2 &amp; 3 &gt; 2?');
    expect(found).toContain('<b>R&amp;D &lt;centre&gt;</b>');
    expect(found).toContain('a &lt;script&gt;alert(1)&lt;/script&gt; &amp; b');
    expect(found).toContain('AT&amp;T &lt;News&gt;');
    expectValidHtml(api.texts());
  });

  it('echoes a question with <, > and & unchanged through the real core (plain text, escaped only on output)', async () => {
    const api = stubApi();
    const { bot, questions } = makeBot({ answer: (k, q) => answerQuestion(k, q, { now: new Date('2025-11-20T12:00:00Z') }) });
    await bot.handleUpdate(textUpdate('Is 5 < 6 & 7 > 3 in TURKSOY?'));
    const text = api.texts()[0]!;
    expect(text).toContain('“Is 5 &lt; 6 &amp; 7 &gt; 3 in TURKSOY?”');
    expect(htmlToText(text)).toContain('“Is 5 < 6 & 7 > 3 in TURKSOY?”');
    expect(questions).toEqual([]);
    expectValidHtml(api.texts());
  });

  it('splits a 10,000-character answer into valid parts of at most 4096, button on the last part', async () => {
    const api = stubApi();
    const sentence = 'The festival brought together poets & singers from <many> countries. ';
    const quote = sentence.repeat(Math.ceil(10_000 / sentence.length)).slice(0, 10_000);
    const { bot } = makeBot({
      answerWith: (q) => foundAnswer(q, { sources: [{ id: 'a1', publisher: 'Trend', date: '2025-11-28', quote, sentenceId: 'a1#0' }] }),
    });
    await bot.handleUpdate(textUpdate('Tell me about the festival'));
    const sends = api.of('sendMessage');
    expect(sends.length).toBeGreaterThanOrEqual(3);
    expectValidHtml(api.texts());
    for (const [i, s] of sends.entries()) {
      expect(keyboardOf(s.payload).length).toBe(i === sends.length - 1 ? 1 : 0);
    }
    // Splits fall between sentences, and the quote stays a quote in every part.
    for (const t of api.texts().slice(0, -1)) expect(t).toMatch(/countries\.<\/blockquote>$/);
    for (const t of api.texts().slice(1)) expect(t.startsWith('<blockquote>')).toBe(true);
  });

  it('rejects empty and huge messages without asking the core', async () => {
    const api = stubApi();
    const { bot, questions } = makeBot();
    await bot.handleUpdate(textUpdate('x'.repeat(10_000)));
    await bot.handleUpdate(textUpdate('/ask'));
    await bot.handleUpdate(textUpdate('   '));
    expect(questions).toEqual([]);
    const [tooLong, usage, empty] = api.texts();
    expect(tooLong).toContain('too long (10000 characters)');
    expect(usage).toContain('<code>/ask Who is the Secretary General of TURKSOY?</code>');
    expect(empty).toContain('Please write a question');
    expect(api.of('sendChatAction')).toEqual([]);
  });

  it('answers a sticker with a hint to type', async () => {
    const api = stubApi();
    const { bot, questions } = makeBot();
    await bot.handleUpdate(stickerUpdate());
    expect(questions).toEqual([]);
    expect(api.texts()).toEqual([expect.stringContaining('I can only read text')]);
  });
});

describe('commands', () => {
  it('/start says how much the bot knows and offers three example questions that answer when pressed', async () => {
    const api = stubApi();
    const { bot, questions } = makeBot();
    await bot.handleUpdate(textUpdate('/start'));
    const reply = api.of('sendMessage')[0]!;
    expect(String(reply.payload.text)).toContain('3 news articles dated 14 November 2025 to 28 November 2025, with 4 facts');
    const rows = keyboardOf(reply.payload) as { text: string; callback_data: string }[][];
    expect(rows).toHaveLength(3);
    expect(rows[0]![0]!.text).toBe('Who is the Secretary General of TURKSOY?');
    for (const [b] of rows) expect(Buffer.byteLength(b!.callback_data)).toBeLessThanOrEqual(CALLBACK_DATA_LIMIT);

    // Each button was put to the core before it was shown; pressing one asks it again.
    expect(questions).toEqual(rows.map(([b]) => b!.text));
    await bot.handleUpdate(callbackUpdate(rows[1]![0]!.callback_data));
    expect(questions.slice(3)).toEqual([rows[1]![0]!.text]);
    expect(api.of('answerCallbackQuery')).toHaveLength(1);
    expect(api.texts()[1]).toMatch(/^<b>Sultan Raev is the Secretary General of TURKSOY\.<\/b>/);
  });

  it('/help lists the commands and the group rules', async () => {
    const api = stubApi();
    const { bot } = makeBot();
    await bot.handleUpdate(textUpdate('/help'));
    const text = api.texts()[0]!;
    for (const c of ['/ask', '/sources', '/events', '/about']) expect(text).toContain(c);
    expect(text).toContain('In groups');
    expectValidHtml(api.texts());
  });

  it('/help in a group lists /subscribe, /settings and /unsubscribe for the group', async () => {
    const api = stubApi();
    const { bot } = makeBot();
    await bot.handleUpdate(textUpdate('/help', { chat: groupChat() }));
    const text = api.texts()[0]!;
    for (const c of ['/subscribe', '/settings', '/unsubscribe', '/digest', '/ask']) expect(text).toContain(c);
    expect(text).toContain('Event digest for this group');
    expectValidHtml(api.texts());
  });

  it('/about names the knowledge and the index version', async () => {
    const api = stubApi();
    const { bot } = makeBot();
    await bot.handleUpdate(textUpdate('/about'));
    expect(api.texts()[0]).toContain('<code>abc123def456</code>');
  });

  it('/sources lists the articles newest first, with publisher, date and title or id, escaped', async () => {
    const api = stubApi();
    const { bot } = makeBot();
    await bot.handleUpdate(textUpdate('/sources'));
    const lines = api.texts()[0]!.split('\n');
    expect(lines[0]).toContain('3 articles');
    expect(lines[1]).toBe('• Trend, 28 November 2025: <a href="https://example.org/a0">TURKSOY ministers meet in Baku</a>');
    expect(lines[2]).toBe('• AT&amp;T &lt;News&gt;, 14 November 2025: <code>001_2846bc7d2b6649aa</code>');
    expect(lines[3]).toBe('• undated: Film leaders gather');
    expectValidHtml(api.texts());
  });

  it('/events shows upcoming events soonest first, then recent ones newest first, with place and source', async () => {
    const api = stubApi();
    const { bot } = makeBot();
    await bot.handleUpdate(textUpdate('/events'));
    const text = api.texts()[0]!;
    const upcoming = text.indexOf('<b>Upcoming</b>');
    const recent = text.indexOf('<b>Recent</b>');
    expect(upcoming).toBeGreaterThanOrEqual(0);
    expect(recent).toBeGreaterThan(upcoming);
    // "now" is 2025-11-20: the 28 November meeting is upcoming, before the March 2026 festival.
    const baku = text.indexOf('TURKSOY ministers meeting held in Baku');
    const festival = text.indexOf('Festival &lt;Tulpar&gt; &amp; friends planned, Turkistan');
    const almaty = text.indexOf('Turkic World Youth Meeting took place, Almaty');
    expect(upcoming < baku && baku < festival && festival < recent && recent < almaty).toBe(true);
    expect(text).toContain('<b>28 November 2025</b>');
    expect(text).toContain('(Trend, article 000_993de1ac3d74d2d6)');
    expectValidHtml(api.texts());
  });

  it('answers an unknown command in private chats', async () => {
    const api = stubApi();
    const { bot, questions } = makeBot();
    await bot.handleUpdate(textUpdate('/weather'));
    expect(questions).toEqual([]);
    expect(api.texts()[0]).toContain("I don't know the command /weather");
  });

  it('lets features register commands before the catch-all', async () => {
    const api = stubApi();
    const { bot } = makeBot({ features: [(b) => b.command('subscribe', (ctx) => ctx.reply('subscribed'))] });
    await bot.handleUpdate(textUpdate('/subscribe'));
    expect(api.texts()).toEqual(['subscribed']);
  });
});

describe('group chats', () => {
  const group = groupChat();

  it('stays silent on ordinary messages, stickers and unaddressed unknown commands', async () => {
    const api = stubApi();
    const { bot, questions } = makeBot();
    await bot.handleUpdate(textUpdate('Who is the Secretary General of TURKSOY?', { chat: group }));
    await bot.handleUpdate(stickerUpdate(group));
    await bot.handleUpdate(textUpdate('/weather', { chat: group }));
    await bot.handleUpdate(textUpdate('/ask@OtherBot who?', { chat: group }));
    await bot.handleUpdate(textUpdate('hi @SomeoneElse', { chat: group, entities: [{ type: 'mention', offset: 3, length: 12 }] }));
    expect(questions).toEqual([]);
    expect(api.calls.filter((c) => c.method !== 'getMe')).toEqual([]);
  });

  it('answers /ask and /ask@BotName, replying to the asker', async () => {
    const api = stubApi();
    const { bot, questions } = makeBot();
    const plain = textUpdate('/ask Who is Sultan Raev?', { chat: group });
    await bot.handleUpdate(plain);
    await bot.handleUpdate(textUpdate(`/ask@${BOT_INFO.username} Where is Andijan?`, { chat: group }));
    expect(questions).toEqual(['Who is Sultan Raev?', 'Where is Andijan?']);
    const [first] = api.of('sendMessage');
    expect(first?.payload.chat_id).toBe(group.id);
    expect(first?.payload.reply_parameters).toMatchObject({ message_id: (plain as { message: { message_id: number } }).message.message_id });
  });

  it('answers an @mention (without the mention in the question) and a reply to its own message', async () => {
    const api = stubApi();
    const { bot, questions } = makeBot();
    const mention = `@${BOT_INFO.username}`;
    await bot.handleUpdate(textUpdate(`${mention} who leads TURKSOY?`, { chat: group, entities: [{ type: 'mention', offset: 0, length: mention.length }] }));
    await bot.handleUpdate(
      textUpdate('and when was it founded?', { chat: group, replyTo: { message_id: 1, date: 0, chat: group, from: BOT_INFO, text: 'earlier' } as never }),
    );
    expect(questions).toEqual(['who leads TURKSOY?', 'and when was it founded?']);
    expect(api.of('sendMessage')).toHaveLength(2);
  });

  it('answers an unknown command only when addressed as /cmd@BotName', async () => {
    const api = stubApi();
    const { bot } = makeBot();
    await bot.handleUpdate(textUpdate(`/weather@${BOT_INFO.username}`, { chat: group }));
    expect(api.texts()).toEqual([expect.stringContaining("I don't know the command /weather")]);
  });

  it('answers /help@BotName', async () => {
    const api = stubApi();
    const { bot } = makeBot();
    await bot.handleUpdate(textUpdate(`/help@${BOT_INFO.username}`, { chat: group }));
    expect(api.texts()[0]).toContain('<b>How to ask</b>');
  });
});

describe('inline mode', () => {
  it('offers an answer card: title the short answer, description source and date, HTML message', async () => {
    const api = stubApi();
    const { bot } = makeBot({
      answerWith: (q) =>
        foundAnswer(q, { alternatives: [{ short: 'Dusen Kaseinov', source: { id: 'old', publisher: null, date: '2020-01-01', quote: 'Kaseinov was re-elected.' } }] }),
    });
    await bot.handleUpdate(inlineUpdate('who leads TURKSOY'));
    const call = api.of('answerInlineQuery')[0]!;
    expect(call.payload.cache_time).toBe(INLINE_CACHE_SECONDS);
    expect(call.payload.is_personal).toBe(false);
    const results = call.payload.results as { type: string; id: string; title: string; description: string; input_message_content: { message_text: string; parse_mode: string } }[];
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({ type: 'article', title: 'Sultan Raev', description: 'Trend, 28 November 2025' });
    expect(results[0]!.input_message_content.parse_mode).toBe('HTML');
    expect(results[0]!.input_message_content.message_text).toMatch(/^<b>Sultan Raev is the Secretary General of TURKSOY\.<\/b>/);
    expect(results[1]).toMatchObject({ title: 'Dusen Kaseinov', description: 'article old, 1 January 2020' });
    expect(new Set(results.map((r) => r.id)).size).toBe(2);
    for (const r of results) {
      expect(Buffer.byteLength(r.id)).toBeLessThanOrEqual(64);
      expect(telegramHtmlProblems(r.input_message_content.message_text)).toEqual([]);
    }
  });

  it('offers no card, only a hint button, for an empty query or no answer', async () => {
    const api = stubApi();
    const { bot, questions } = makeBot({ answerWith: (q) => notFoundAnswer(q) });
    await bot.handleUpdate(inlineUpdate('  '));
    await bot.handleUpdate(inlineUpdate('what is the weather'));
    expect(questions).toEqual(['what is the weather']);
    for (const call of api.of('answerInlineQuery')) {
      expect(call.payload.results).toEqual([]);
      expect(call.payload.button).toMatchObject({ start_parameter: 'inline' });
    }
    expect(api.of('answerInlineQuery')).toHaveLength(2);
  });
});

describe('show paragraph button', () => {
  it('answers the callback and replies with the paragraph and its source', async () => {
    const api = stubApi();
    const { bot } = makeBot();
    await bot.handleUpdate(callbackUpdate('p:000_993de1ac3d74d2d6#1'));
    expect(api.of('answerCallbackQuery')).toHaveLength(1);
    const text = api.texts()[0]!;
    expect(text).toBe(
      '<blockquote>TURKSOY Secretary General Sultan Raev welcomed the ministers. The meeting was held in Baku.</blockquote>\n' +
        '— Trend, 28 November 2025, <a href="https://example.org/a0">article 000_993de1ac3d74d2d6</a>',
    );
  });

  it('keeps callback data within 64 bytes for a long sentence id, through a short token', async () => {
    const api = stubApi();
    const longId = `${'operator_added_article_with_a_very_long_file_name_'.repeat(2)}#3`;
    const { bot, knowledge } = makeBot({
      answerWith: (q) => foundAnswer(q, { sources: [{ id: 'long', publisher: null, date: null, quote: 'q', sentenceId: longId }] }),
    });
    await bot.handleUpdate(textUpdate('question'));
    const data = (keyboardOf(api.of('sendMessage')[0]!.payload)[0]![0] as { callback_data: string }).callback_data;
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(CALLBACK_DATA_LIMIT);
    // The token resolves to the long id: the knowledge does not have it, so the user is told.
    expect(knowledge.sentences.has(longId)).toBe(false);
    await bot.handleUpdate(callbackUpdate(data));
    expect(api.of('answerCallbackQuery')[0]!.payload.text).toBe('That paragraph is no longer in my articles.');
  });

  it('says an unknown token has expired', async () => {
    const api = stubApi();
    const { bot } = makeBot();
    await bot.handleUpdate(callbackUpdate('p#zz'));
    expect(api.of('answerCallbackQuery')[0]!.payload.text).toContain('expired');
    expect(api.texts()).toEqual([]);
  });
});
