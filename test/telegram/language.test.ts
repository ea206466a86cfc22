/**
 * Conversations in the users' languages through the bot's own handlers and the real QA core: the frame
 * of the reply in the reader's language, the quote in English, the source and its date shown; the
 * chat's language from Telegram's language_code or /language, and a question's own language winning.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InlineKeyboardMarkup, Update } from 'telegraf/types';
import { buildIndex } from '../../src/core/build-index.ts';
import { loadKnowledge } from '../../src/core/load-knowledge.ts';
import { HELP_PHRASES, LANGUAGES, PHRASES } from '../../src/core/lang/phrases.ts';
import { detectLanguage } from '../../src/core/lang/read-question.ts';
import { answerQuestion } from '../../src/core/qa/index.ts';
import type { Language } from '../../src/core/types.ts';
import { htmlToText } from '../../src/telegram/html.ts';
import { memoryChatLanguages, type ChatLanguages } from '../../src/telegram/features/language.ts';
import { foundAnswer } from './helpers/answers.ts';
import { callbackUpdate, groupChat, inlineUpdate, makeBot, stubApi, textUpdate, USER } from './helpers/harness.ts';
import { telegramHtmlProblems } from './helpers/telegram-html.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

const seeds = mkdtempSync(join(tmpdir(), 'tcb-lang-seeds-'));
writeFileSync(join(seeds, '000_lang.txt'), ' date 2025-11-28 TURKSOY Secretary General Sultan Raev opened the meeting of culture ministers in Aktau.\n');
const index = mkdtempSync(join(tmpdir(), 'tcb-lang-index-'));
buildIndex({ seedsDir: seeds, outDir: index });
const knowledge = loadKnowledge(index);

function realBot(chatLanguages: ChatLanguages = memoryChatLanguages()) {
  return makeBot({ getKnowledge: () => knowledge, answer: (k, q) => answerQuestion(k, q), chatLanguages }).bot;
}

const withLanguageCode = (code: string) => ({ ...USER, language_code: code }) as typeof USER;

function buttonsOf(payload: Record<string, unknown>): string[] {
  return ((payload.reply_markup as InlineKeyboardMarkup | undefined)?.inline_keyboard ?? []).flat().map((b) => b.text);
}

describe('a Russian conversation', () => {
  it('answers in a Russian frame: the name in Cyrillic with the Latin beside, the English quote marked as the article\'s, source and date', async () => {
    const api = stubApi();
    const bot = realBot();
    await bot.handleUpdate(textUpdate('Кто генеральный секретарь ТЮРКСОЙ?'));
    const [reply] = api.of('sendMessage');
    const lines = String(reply!.payload.text).split('\n');
    expect(lines).toEqual([
      '<b>Ответ: Султан Раев (Sultan Raev)</b>',
      '<i>Слова статьи (по-английски):</i>',
      '<blockquote>TURKSOY Secretary General Sultan Raev opened the meeting of culture ministers in Aktau.</blockquote>',
      'Источник: статья <code>000_lang</code>',
      'Дата: 28 ноября 2025 г. (28.11.2025)',
    ]);
    expect(buttonsOf(reply!.payload)).toEqual(['Показать абзац']);
    expect(telegramHtmlProblems(String(reply!.payload.text))).toEqual([]);
  });

  it('says it does not know in Russian, then in English, and names only and numbers get the user\'s Telegram language', async () => {
    const api = stubApi();
    const bot = realBot();
    const from = withLanguageCode('ru-RU');
    await bot.handleUpdate(textUpdate('Кто выиграл чемпионат мира по футболу?', { from }));
    await bot.handleUpdate(textUpdate('TURKSOY 1993?', { from }));
    const [unknown, namesOnly] = api.texts();
    expect(unknown).toMatch(/^Не знаю: в моих статьях нет ответа на вопрос «Кто выиграл чемпионат мира по футболу\?»\.\nI don't know\./);
    expect(namesOnly).toMatch(/^Не знаю: в моих статьях нет ответа на вопрос «TURKSOY 1993\?»\./);
    expect(namesOnly).toContain('Можно спросить, например:');
  });
});

describe('a Turkish conversation', () => {
  it('answers in a Turkish frame, the name as the articles write it, the quote in English, source and date', async () => {
    const api = stubApi();
    const bot = realBot();
    await bot.handleUpdate(textUpdate('TÜRKSOY genel sekreteri kim?'));
    const [reply] = api.of('sendMessage');
    const text = String(reply!.payload.text);
    expect(text.split('\n')[0]).toBe('<b>Yanıt: Sultan Raev</b>');
    expect(text).toContain('<i>Makalenin kendi sözleri (İngilizce):</i>\n<blockquote>TURKSOY Secretary General Sultan Raev opened the meeting of culture ministers in Aktau.</blockquote>');
    expect(text).toContain('Kaynak: makale <code>000_lang</code>');
    expect(text).toContain('Tarih: 28 Kasım 2025 (28.11.2025)');
    expect(buttonsOf(reply!.payload)).toEqual(['Paragrafı göster']);
  });

  it('answers a Turkish question in Turkish in a chat set to Russian, and an English one in English', async () => {
    const api = stubApi();
    const bot = realBot();
    await bot.handleUpdate(textUpdate('/language ru'));
    await bot.handleUpdate(textUpdate('TÜRKSOY genel sekreteri kim?'));
    await bot.handleUpdate(textUpdate('Who is the Secretary General of TURKSOY?'));
    const [set, turkish, english] = api.texts();
    expect(set).toMatch(/^Теперь я отвечаю здесь на языке: Русский\./);
    expect(turkish!.split('\n')[0]).toBe('<b>Yanıt: Sultan Raev</b>');
    expect(english!.split('\n')[0]).not.toMatch(/Ответ|Yanıt/);
    expect(english).toContain('— 28 November 2025, article <code>000_lang</code>');
  });
});

describe('/language', () => {
  it('shows the current language, where it came from, and the choices; a choice beats the Telegram language', async () => {
    const api = stubApi();
    const bot = realBot();
    const from = withLanguageCode('kk');
    await bot.handleUpdate(textUpdate('/language', { from }));
    await bot.handleUpdate(textUpdate('/language az', { from }));
    await bot.handleUpdate(textUpdate('/language', { from }));
    await bot.handleUpdate(textUpdate('/language de', { from }));
    const [before, set, after, wrong] = api.texts();
    expect(before).toContain('Бұл чаттағы жауап тілі: Қазақша (kk). <i>(Telegram тіліңіз)</i>');
    expect(before).toContain("<code>uz</code> O'zbekcha");
    expect(set).toMatch(/^Bundan sonra burada Azərbaycanca cavab verirəm\./);
    expect(after).toContain('Bu söhbətdə cavab dili: Azərbaycanca (az). <i>(/language ilə seçilib)</i>');
    expect(wrong).toMatch(/^“de” is not a language I write\./);
  });

  it('lets only a group\'s administrators change the group\'s language', async () => {
    let status = 'member';
    const api = stubApi({ getChatMember: () => ({ status, user: USER }) });
    const languages = memoryChatLanguages();
    const bot = realBot(languages);
    const group = groupChat();
    await bot.handleUpdate(textUpdate('/language tr', { chat: group }));
    expect(api.texts()[0]).toBe('Sorry, only the group’s administrators can change its language.');
    expect(await languages.getChatLanguage(group.id)).toBeNull();
    status = 'administrator';
    await bot.handleUpdate(textUpdate('/language tr', { chat: group }));
    expect(await languages.getChatLanguage(group.id)).toBe('tr');
    // Anyone may look.
    status = 'member';
    await bot.handleUpdate(textUpdate('/language', { chat: group }));
    expect(api.texts()[2]).toContain('Bu sohbette yanıt dili: Türkçe (tr)');
  });

  it('still answers, in the Telegram language, when the database cannot say the chat\'s language', async () => {
    const api = stubApi();
    const broken: ChatLanguages = {
      getChatLanguage: async () => {
        throw new Error('store: cannot connect to PostgreSQL');
      },
      setChatLanguage: async () => {},
    };
    // A fixed answer: this is about the language lookup failing, not about what the core answers.
    const { bot, logs } = makeBot({ answerWith: (q) => foundAnswer(q), chatLanguages: broken });
    await bot.handleUpdate(textUpdate('TURKSOY?', { from: withLanguageCode('tr') }));
    const [reply] = api.texts();
    expect(reply!.split('\n')[0]).toBe('<b>Yanıt: Sultan Raev</b>');
    expect(reply).toContain('Tarih: 28 Kasım 2025 (28.11.2025)');
    expect(logs.some((l) => l.msg === 'chat language unavailable, following the Telegram language')).toBe(true);
  });
});

describe('suggestions under "I don\'t know"', () => {
  // The knowledge the bot ships with: the suggestions are drawn from its facts.
  const committed = loadKnowledge(fileURLToPath(new URL('../../index/', import.meta.url)));
  const unanswerable: Record<Exclude<Language, 'en'>, string> = {
    ru: 'Кто выиграл чемпионат мира по футболу?',
    kk: 'Әлем чемпионатын кім жеңді?',
    tr: "Kim Dünya Kupası'nı kazandı?",
    az: 'Futbol üzrə dünya çempionatında kim qalib gəldi?',
    uz: 'Jahon chempionatini qaysi jamoa qachon yutgan?',
  };
  const suggestionsOf = (text: string) => text.split('\n').filter((l) => l.startsWith('• ')).map((l) => htmlToText(l.slice(2)));

  it.each(Object.entries(unanswerable))('%s: every suggestion shown is answered when asked back, most in the reader\'s language', async (language, question) => {
    const api = stubApi();
    const bot = makeBot({ getKnowledge: () => committed, answer: (k, q) => answerQuestion(k, q), chatLanguages: memoryChatLanguages() }).bot;
    await bot.handleUpdate(textUpdate(question));
    const [reply] = api.texts();
    expect(reply).toContain(PHRASES[language as Language].suggest);
    const shown = suggestionsOf(reply!);
    expect(shown.length).toBeGreaterThanOrEqual(3);
    for (const s of shown) expect(answerQuestion(committed, s).found, s).toBe(true);
    const english = answerQuestion(committed, 'Who won the football world cup?').suggestions ?? [];
    const local = shown.filter((s) => !english.includes(s));
    expect(local.length, shown.join(' | ')).toBeGreaterThanOrEqual(2);
    for (const s of local) expect(detectLanguage(s), s).toBe(language);
  });

  it('the example in /help is answered in every language', () => {
    for (const language of LANGUAGES) expect(answerQuestion(committed, HELP_PHRASES[language].example).found, language).toBe(true);
  });

  it('/start greets in the chat\'s language and its example buttons, pressed, are answered', async () => {
    const api = stubApi();
    const bot = makeBot({ getKnowledge: () => committed, answer: (k, q) => answerQuestion(k, q), chatLanguages: memoryChatLanguages() }).bot;
    await bot.handleUpdate(textUpdate('/start', { from: withLanguageCode('ru') }));
    await bot.handleUpdate(textUpdate('/start'));
    const [reply, english] = api.of('sendMessage');
    // English too: a button drawn from the facts ("What took place in Baku?") may go unanswered, and is not shown.
    for (const b of buttonsOf(english!.payload)) expect(answerQuestion(committed, b).found, b).toBe(true);
    const text = String(reply!.payload.text);
    expect(text.split('\n')[0]).toBe('<b>Бот о тюркской культуре</b>');
    expect(text).toMatch(/статей: \d+, с \d+ \S+ \d{4} г\. по \d+ \S+ \d{4} г\.; фактов из них: \d+\)/);
    const buttons = buttonsOf(reply!.payload);
    expect(buttons.length).toBe(3);
    expect(buttons.some((b) => detectLanguage(b) === 'ru'), buttons.join(' | ')).toBe(true);
    for (const b of buttons) expect(answerQuestion(committed, b).found, b).toBe(true);
  });
});

describe('/help in the chat\'s language', () => {
  it('follows the Telegram language, then /language; commands and their examples stay as typed', async () => {
    const api = stubApi();
    const bot = realBot();
    const from = withLanguageCode('ru');
    await bot.handleUpdate(textUpdate('/help', { from }));
    await bot.handleUpdate(textUpdate('/language tr', { from }));
    await bot.handleUpdate(textUpdate('/help', { from }));
    const [russian, , turkish] = api.texts();
    expect(russian!.split('\n').slice(0, 2)).toEqual(['<b>Как спрашивать</b>', 'Напишите вопрос обычными словами, например <i>Кто генеральный секретарь ТЮРКСОЙ?</i>']);
    expect(russian).toContain('/ask <i>вопрос</i>: задать вопрос (так спрашивают в группах)');
    expect(russian).toContain('<b>В группах</b> я отвечаю только на /ask');
    expect(turkish).toContain('<b>Nasıl sorulur</b>');
    expect(turkish).toContain('/subscribe [daily|weekly] [filtreler]: makalelerden yeni etkinlikler ve yaklaşanlar (<code>/subscribe weekly film festival</code>)');
    for (const t of [russian!, turkish!]) expect(telegramHtmlProblems(t)).toEqual([]);
  });

  it('in a group, tells members in their language that admins manage the digest', async () => {
    const api = stubApi();
    const bot = realBot();
    await bot.handleUpdate(textUpdate('/help', { chat: groupChat(), from: withLanguageCode('kk') }));
    const [text] = api.texts();
    expect(text).toContain('<b>Осы топтың оқиғалар дайджесті</b> (әкімшілер жазылады және өзгертеді)');
    expect(text).toContain('/subscribe командасын сол тақырыпта жіберіңіз');
  });
});

describe('/events and /sources in the chat\'s language', () => {
  const committed = loadKnowledge(fileURLToPath(new URL('../../index/', import.meta.url)));
  const bot = () => makeBot({ getKnowledge: () => committed, answer: (k, q) => answerQuestion(k, q), chatLanguages: memoryChatLanguages() }).bot;
  const ENGLISH_MONTH = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;

  it('/events: headings, dates and "article" in Russian; the events as the articles name them', async () => {
    const api = stubApi();
    // The harness's clock is 20 November 2025: the 24 November forum is ahead, the 14 November meeting behind.
    await bot().handleUpdate(textUpdate('/events', { from: withLanguageCode('ru') }));
    const [text] = api.texts();
    const lines = text!.split('\n');
    expect(lines[0]).toBe('<b>Предстоящие</b>');
    expect(lines).toContain('<b>Недавние</b>');
    expect(text).toContain('• <b>24 ноября 2025 г.</b>: Solidarity Forum of NGOs from the Organization of Turkic States (OTS)');
    expect(text).toContain('• <b>14 ноября 2025 г.</b>: First Meeting of the Ministers of Culture');
    expect(text).toContain('(Kazinform, статья 002_e691fcc78606d26d)');
    expect(text).not.toMatch(ENGLISH_MONTH);
    expect(telegramHtmlProblems(text!)).toEqual([]);
  });

  it('/events with no dated events says so in the chat\'s language', async () => {
    const api = stubApi();
    // The one-article knowledge above names a meeting but dates none.
    const undated = realBot();
    await undated.handleUpdate(textUpdate('/language uz'));
    await undated.handleUpdate(textUpdate('/events'));
    expect(api.texts()[1]).toBe('Maqolalarda sanasi ko‘rsatilgan tadbir yo‘q.');
  });

  it('/sources: the heading, the count and the dates in Turkish, titles as the articles give them', async () => {
    const api = stubApi();
    await bot().handleUpdate(textUpdate('/sources', { from: withLanguageCode('tr') }));
    const [text] = api.texts();
    expect(text!.split('\n')[0]).toBe(`<b>Kaynaklarım</b> (${committed.articles.size} makale):`);
    expect(text).toContain('• Kazinform, 14 Kasım 2025: Today, the capital of Uzbekistan hosted');
    expect(text).not.toMatch(ENGLISH_MONTH);
  });
});

describe('"Show paragraph" in the answer\'s language', () => {
  /** The press of a button under `reply`, as Telegram sends it: with the message and its keyboard. */
  function pressUnder(reply: Record<string, unknown>, from = USER) {
    const [[button]] = (reply.reply_markup as InlineKeyboardMarkup).inline_keyboard as [[{ text: string; callback_data: string }]];
    const update = callbackUpdate(button.callback_data, undefined, from) as Update & { callback_query: { message: Record<string, unknown> } };
    update.callback_query.message.reply_markup = reply.reply_markup;
    return update;
  }

  it('frames the paragraph as the answer was framed: a Turkish answer in a Russian chat gets a Turkish paragraph', async () => {
    const api = stubApi();
    const bot = realBot();
    await bot.handleUpdate(textUpdate('/language ru'));
    await bot.handleUpdate(textUpdate('TÜRKSOY genel sekreteri kim?'));
    await bot.handleUpdate(pressUnder(api.of('sendMessage')[1]!.payload));
    const paragraph = api.texts()[2]!;
    expect(paragraph.split('\n')).toEqual([
      '<i>Makalenin kendi sözleri (İngilizce):</i>',
      '<blockquote>TURKSOY Secretary General Sultan Raev opened the meeting of culture ministers in Aktau.</blockquote>',
      'Kaynak: makale <code>000_lang</code>',
      'Tarih: 28 Kasım 2025 (28.11.2025)',
    ]);
    expect(telegramHtmlProblems(paragraph)).toEqual([]);
  });

  it('without the answer\'s keyboard, follows the chat\'s language; an expired button says so in it', async () => {
    const api = stubApi();
    const bot = realBot();
    const from = withLanguageCode('kk');
    await bot.handleUpdate(textUpdate('Who is the Secretary General of TURKSOY?', { from }));
    const [[button]] = (api.of('sendMessage')[0]!.payload.reply_markup as InlineKeyboardMarkup).inline_keyboard as unknown as [[{ callback_data: string }]];
    await bot.handleUpdate(callbackUpdate(button.callback_data, undefined, from));
    await bot.handleUpdate(callbackUpdate('p#zz', undefined, from));
    expect(api.texts()[1]).toContain('Дереккөз: мақала <code>000_lang</code>\nКүні: 28 қараша 2025 ж. (28.11.2025)');
    expect(api.of('answerCallbackQuery').at(-1)!.payload.text).toBe('Бұл түйменің мерзімі өтті. Қайта сұраңыз.');
  });
});

describe('inline cards in the question\'s language', () => {
  it('a Russian query: the title in Cyrillic with the Latin beside, the description\'s and the card\'s dates the Russian way', async () => {
    const api = stubApi();
    await realBot().handleUpdate(inlineUpdate('Кто генеральный секретарь ТЮРКСОЙ?'));
    const [card] = api.of('answerInlineQuery')[0]!.payload.results as { title: string; description: string; input_message_content: { message_text: string } }[];
    expect(card!.title).toBe('Султан Раев (Sultan Raev)');
    expect(card!.description).toBe('статья 000_lang, 28 ноября 2025 г.');
    expect(card!.input_message_content.message_text).toContain('Дата: 28 ноября 2025 г. (28.11.2025)');
  });

  it('a Turkish query with disagreeing sources: each card\'s source line dated the Turkish way', async () => {
    const api = stubApi();
    const { bot } = makeBot({
      answerWith: (q) =>
        foundAnswer(q, { language: 'tr', alternatives: [{ short: 'Dusen Kaseinov', source: { id: 'old', publisher: null, date: '2020-01-01', quote: 'Kaseinov was re-elected.' } }] }),
    });
    await bot.handleUpdate(inlineUpdate('TÜRKSOY genel sekreteri kim?'));
    const [main, alt] = api.of('answerInlineQuery')[0]!.payload.results as { title: string; description: string; input_message_content: { message_text: string } }[];
    expect(main!.description).toBe('Trend, 28 Kasım 2025');
    expect(alt!.description).toBe('makale old, 1 Ocak 2020');
    expect(alt!.input_message_content.message_text).toContain('— 1 Ocak 2020 (01.01.2020), makale <code>old</code>');
  });
});

describe('/language auto', () => {
  it('clears the chosen language: replies follow the Telegram language again, and the store keeps the choice to', async () => {
    const api = stubApi();
    const languages = memoryChatLanguages();
    const bot = realBot(languages);
    const from = withLanguageCode('ru');
    await bot.handleUpdate(textUpdate('/language tr', { from }));
    await bot.handleUpdate(textUpdate('TURKSOY 1993?', { from }));
    await bot.handleUpdate(textUpdate('/language auto', { from }));
    await bot.handleUpdate(textUpdate('TURKSOY 1993?', { from }));
    await bot.handleUpdate(textUpdate('/language', { from }));
    const [, before, cleared, after, status] = api.texts();
    expect(before).toMatch(/^Bilmiyorum/);
    expect(cleared).toBe('Теперь я отвечаю здесь на языке Telegram каждого собеседника (ваш: Русский (ru)) или на языке вопроса. Дайджесты — на английском, пока язык не выбран.');
    expect(await languages.getChatLanguage(42)).toBe('auto');
    expect(after).toMatch(/^Не знаю/);
    expect(status).toContain('Язык ответов в этом чате: Русский (ru). <i>(язык вашего Telegram)</i>');
    expect(status).toContain('<code>auto</code> Telegram');
  });

  it('without a Telegram language the chat goes back to English', async () => {
    const api = stubApi();
    const bot = realBot();
    await bot.handleUpdate(textUpdate('/language kk'));
    await bot.handleUpdate(textUpdate('/language AUTO'));
    expect(api.texts()[1]).toMatch(/^From now on I reply here in each person's Telegram language \(yours: English \(en\)\)/);
  });

  it('is for a group\'s administrators only', async () => {
    let status = 'administrator';
    const api = stubApi({ getChatMember: () => ({ status, user: USER }) });
    const languages = memoryChatLanguages();
    const bot = realBot(languages);
    const group = groupChat();
    await bot.handleUpdate(textUpdate('/language az', { chat: group }));
    status = 'member';
    await bot.handleUpdate(textUpdate('/language auto', { chat: group }));
    expect(api.texts()[1]).toBe('Sorry, only the group’s administrators can change its language.');
    expect(await languages.getChatLanguage(group.id)).toBe('az');
    status = 'creator';
    await bot.handleUpdate(textUpdate('/language auto', { chat: group }));
    expect(await languages.getChatLanguage(group.id)).toBe('auto');
  });
});
