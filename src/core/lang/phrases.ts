/**
 * The bot's own words in each language it reads, kept as data: the frame of an answer (labels, dates,
 * "I don't know" and its suggestions), the digest's headings and the /language command. The articles
 * stay in English; what they say is quoted, never translated.
 */
import { humanDate } from '../text.ts';
import type { Language } from '../types.ts';

export const LANGUAGES: readonly Language[] = ['en', 'ru', 'kk', 'tr', 'az', 'uz'];

/** Each language's name in English and in itself, for the lists shown to users. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ru: 'Russian', kk: 'Kazakh', tr: 'Turkish', az: 'Azerbaijani', uz: 'Uzbek' };
export const NATIVE_NAMES: Record<Language, string> = { en: 'English', ru: 'Русский', kk: 'Қазақша', tr: 'Türkçe', az: 'Azərbaycanca', uz: "O'zbekcha" };

export function isLanguage(code: string): code is Language {
  return (LANGUAGES as readonly string[]).includes(code);
}

export interface Phrases {
  answer: string;
  /** Introduces the quote: the article's own words, in English. */
  articleWords: string;
  source: string;
  date: string;
  article: string;
  undated: string;
  alsoIn: string;
  differ: string;
  suggest: string;
  /** The button under an answer that shows the source's paragraph. */
  showParagraph: string;
  /** Alerts on pressing it: the paragraph is gone from the articles, or the button is too old. */
  paragraphGone: string;
  buttonExpired: string;
  /** "I don't know", naming the question. */
  notFound: (question: string) => string;
  digest: { title: string; newEvents: string; upcoming: string; reminder: string };
  /** /language: the current language and how to change it. */
  languageNow: (name: string) => string;
  languageSet: (name: string) => string;
  /** Where the current language came from. */
  languageSource: { chosen: string; telegram: string; default: string };
  /** How to change it, and what stays English. */
  languageHelp: string;
  /** After /language auto: each person's Telegram language again (the setter's named). */
  languageAuto: (name: string) => string;
}

const q = (open: string, close: string) => (s: string) => `${open}${s}${close}`;

export const PHRASES: Record<Language, Phrases> = {
  en: {
    answer: 'Answer',
    articleWords: "The article's words",
    source: 'Source',
    date: 'Date',
    article: 'article',
    undated: 'undated',
    alsoIn: 'Also in',
    differ: 'The sources differ (newest first):',
    suggest: 'You could ask, for example:',
    showParagraph: 'Show paragraph',
    paragraphGone: 'That paragraph is no longer in my articles.',
    buttonExpired: 'This button has expired. Please ask again.',
    notFound: (s) => `I don't know. The articles I have do not answer ${q('“', '”')(s)}.`,
    digest: { title: 'Turkic culture digest', newEvents: 'New events', upcoming: 'Coming up', reminder: 'Reminder: in the next few days' },
    languageNow: (name) => `Replies in this chat: ${name}.`,
    languageSet: (name) => `From now on I reply in ${name} here. The articles stay in English: quotes are their own words.`,
    languageSource: { chosen: 'chosen with /language', telegram: 'your Telegram language', default: 'the default' },
    languageHelp: 'Change: /language ru; /language auto follows each person\'s Telegram language again. A question asked in another of these languages is answered in it; the articles and their quotes stay in English.',
    languageAuto: (name) => `From now on I reply here in each person's Telegram language (yours: ${name}), or in the language a question is asked in. Digests are in English until a language is chosen.`,
  },
  ru: {
    answer: 'Ответ',
    articleWords: 'Слова статьи (по-английски)',
    source: 'Источник',
    date: 'Дата',
    article: 'статья',
    undated: 'без даты',
    alsoIn: 'Также в',
    differ: 'Источники расходятся (сначала новые):',
    suggest: 'Можно спросить, например:',
    showParagraph: 'Показать абзац',
    paragraphGone: 'Этого абзаца уже нет в моих статьях.',
    buttonExpired: 'Эта кнопка устарела. Пожалуйста, спросите ещё раз.',
    notFound: (s) => `Не знаю: в моих статьях нет ответа на вопрос ${q('«', '»')(s)}.`,
    digest: { title: 'Дайджест тюркской культуры', newEvents: 'Новые события', upcoming: 'Скоро', reminder: 'Напоминание: в ближайшие дни' },
    languageNow: (name) => `Язык ответов в этом чате: ${name}.`,
    languageSet: (name) => `Теперь я отвечаю здесь на языке: ${name}. Статьи остаются на английском: цитаты — их собственные слова.`,
    languageSource: { chosen: 'выбран командой /language', telegram: 'язык вашего Telegram', default: 'по умолчанию' },
    languageHelp: 'Сменить: /language tr; /language auto — снова язык Telegram каждого собеседника. На вопрос на другом из этих языков я отвечу на нём; статьи и цитаты из них остаются на английском.',
    languageAuto: (name) => `Теперь я отвечаю здесь на языке Telegram каждого собеседника (ваш: ${name}) или на языке вопроса. Дайджесты — на английском, пока язык не выбран.`,
  },
  kk: {
    answer: 'Жауап',
    articleWords: 'Мақаладағы сөздер (ағылшынша)',
    source: 'Дереккөз',
    date: 'Күні',
    article: 'мақала',
    undated: 'күні жоқ',
    alsoIn: 'Сондай-ақ',
    differ: 'Дереккөздер әртүрлі айтады (алдымен жаңалары):',
    suggest: 'Мысалы, былай сұрауға болады:',
    showParagraph: 'Абзацты көрсету',
    paragraphGone: 'Бұл абзац енді менің мақалаларымда жоқ.',
    buttonExpired: 'Бұл түйменің мерзімі өтті. Қайта сұраңыз.',
    notFound: (s) => `Білмеймін: менің мақалаларымда ${q('«', '»')(s)} сұрағына жауап жоқ.`,
    digest: { title: 'Түркі мәдениеті дайджесті', newEvents: 'Жаңа оқиғалар', upcoming: 'Алдағы оқиғалар', reminder: 'Еске салу: жақын күндерде' },
    languageNow: (name) => `Бұл чаттағы жауап тілі: ${name}.`,
    languageSet: (name) => `Енді мұнда ${name} тілінде жауап беремін. Мақалалар ағылшынша қалады: дәйексөздер — олардың өз сөздері.`,
    languageSource: { chosen: '/language арқылы таңдалған', telegram: 'Telegram тіліңіз', default: 'әдепкі' },
    languageHelp: 'Өзгерту: /language ru; /language auto — қайтадан әр адамның Telegram тілі. Осы тілдердің басқасында қойылған сұраққа сол тілде жауап беремін; мақалалар мен дәйексөздер ағылшынша қалады.',
    languageAuto: (name) => `Енді мұнда әр адамның Telegram тілінде (сіздікі: ${name}) немесе сұрақ қойылған тілде жауап беремін. Тіл таңдалмайынша дайджесттер ағылшынша болады.`,
  },
  tr: {
    answer: 'Yanıt',
    articleWords: 'Makalenin kendi sözleri (İngilizce)',
    source: 'Kaynak',
    date: 'Tarih',
    article: 'makale',
    undated: 'tarihsiz',
    alsoIn: 'Ayrıca',
    differ: 'Kaynaklar farklı söylüyor (en yenisi önce):',
    suggest: 'Örneğin şunu sorabilirsiniz:',
    showParagraph: 'Paragrafı göster',
    paragraphGone: 'Bu paragraf artık makalelerimde yok.',
    buttonExpired: 'Bu düğmenin süresi doldu. Lütfen yeniden sorun.',
    notFound: (s) => `Bilmiyorum: elimdeki makaleler ${q('“', '”')(s)} sorusunu yanıtlamıyor.`,
    digest: { title: 'Türk kültürü bülteni', newEvents: 'Yeni etkinlikler', upcoming: 'Yaklaşan', reminder: 'Hatırlatma: önümüzdeki günlerde' },
    languageNow: (name) => `Bu sohbette yanıt dili: ${name}.`,
    languageSet: (name) => `Artık burada ${name} yanıt veriyorum. Makaleler İngilizce kalır: alıntılar onların kendi sözleridir.`,
    languageSource: { chosen: '/language ile seçildi', telegram: 'Telegram diliniz', default: 'varsayılan' },
    languageHelp: 'Değiştirmek için: /language ru; /language auto ile yeniden herkesin kendi Telegram dili. Bu dillerden başka birinde sorulan soruyu o dilde yanıtlarım; makaleler ve alıntılar İngilizce kalır.',
    languageAuto: (name) => `Artık burada herkese kendi Telegram dilinde (sizinki: ${name}) ya da sorunun sorulduğu dilde yanıt veriyorum. Bir dil seçilene kadar bültenler İngilizce.`,
  },
  az: {
    answer: 'Cavab',
    articleWords: 'Məqalənin öz sözləri (ingiliscə)',
    source: 'Mənbə',
    date: 'Tarix',
    article: 'məqalə',
    undated: 'tarixsiz',
    alsoIn: 'Həmçinin',
    differ: 'Mənbələr fərqli deyir (əvvəlcə ən yenisi):',
    suggest: 'Məsələn, belə soruşa bilərsiniz:',
    showParagraph: 'Abzası göstər',
    paragraphGone: 'Bu abzas artıq məqalələrimdə yoxdur.',
    buttonExpired: 'Bu düymənin vaxtı keçib. Zəhmət olmasa, yenidən soruşun.',
    notFound: (s) => `Bilmirəm: məqalələrimdə ${q('“', '”')(s)} sualına cavab yoxdur.`,
    digest: { title: 'Türk mədəniyyəti icmalı', newEvents: 'Yeni tədbirlər', upcoming: 'Qarşıdakı tədbirlər', reminder: 'Xatırlatma: yaxın günlərdə' },
    languageNow: (name) => `Bu söhbətdə cavab dili: ${name}.`,
    languageSet: (name) => `Bundan sonra burada ${name} cavab verirəm. Məqalələr ingiliscə qalır: sitatlar onların öz sözləridir.`,
    languageSource: { chosen: '/language ilə seçilib', telegram: 'Telegram diliniz', default: 'standart' },
    languageHelp: 'Dəyişmək üçün: /language ru; /language auto ilə yenidən hər kəsin öz Telegram dili. Bu dillərdən başqasında verilən suala o dildə cavab verirəm; məqalələr və sitatlar ingiliscə qalır.',
    languageAuto: (name) => `Bundan sonra burada hər kəsə öz Telegram dilində (sizinki: ${name}) və ya sualın verildiyi dildə cavab verirəm. Dil seçilənə qədər icmallar ingiliscədir.`,
  },
  uz: {
    answer: 'Javob',
    articleWords: "Maqolaning o'z so'zlari (inglizcha)",
    source: 'Manba',
    date: 'Sana',
    article: 'maqola',
    undated: 'sanasiz',
    alsoIn: 'Shuningdek',
    differ: 'Manbalar turlicha aytadi (avval eng yangisi):',
    suggest: "Masalan, shunday so'rashingiz mumkin:",
    showParagraph: "Xatboshini ko'rsatish",
    paragraphGone: 'Bu xatboshi endi maqolalarimda yo‘q.',
    buttonExpired: 'Bu tugmaning muddati o‘tgan. Iltimos, qaytadan so‘rang.',
    notFound: (s) => `Bilmayman: maqolalarimda ${q('“', '”')(s)} savoliga javob yo'q.`,
    digest: { title: 'Turkiy madaniyat dayjesti', newEvents: 'Yangi tadbirlar', upcoming: 'Yaqinlashayotgan tadbirlar', reminder: 'Eslatma: yaqin kunlarda' },
    languageNow: (name) => `Bu suhbatda javob tili: ${name}.`,
    languageSet: (name) => `Endi bu yerda ${name} tilida javob beraman. Maqolalar inglizcha qoladi: iqtiboslar ularning o'z so'zlari.`,
    languageSource: { chosen: '/language bilan tanlangan', telegram: 'Telegram tilingiz', default: 'standart' },
    languageHelp: "O'zgartirish: /language ru; /language auto bilan yana har kimning o'z Telegram tili. Bu tillarning boshqasida berilgan savolga o'sha tilda javob beraman; maqolalar va iqtiboslar inglizcha qoladi.",
    languageAuto: (name) => `Endi bu yerda har kimga o‘z Telegram tilida (sizniki: ${name}) yoki savol berilgan tilda javob beraman. Til tanlanmaguncha dayjestlar inglizcha bo‘ladi.`,
  },
};

/** Month names as a date writes them (Russian in the genitive: "28 ноября"). */
const MONTH_NAMES: Record<Exclude<Language, 'en'>, string[]> = {
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  kk: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
  tr: ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'],
  az: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'],
  uz: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avgust', 'sentabr', 'oktabr', 'noyabr', 'dekabr'],
};

/** The long local form: "28 ноября 2025 г.", "28 қараша 2025 ж.", "28 Kasım 2025", "2025-yil 28-noyabr". */
const LONG_DATE: Record<Exclude<Language, 'en'>, (d: number, month: string, y: string) => string> = {
  ru: (d, m, y) => `${d} ${m} ${y} г.`,
  kk: (d, m, y) => `${d} ${m} ${y} ж.`,
  tr: (d, m, y) => `${d} ${m} ${y}`,
  az: (d, m, y) => `${d} ${m} ${y}`,
  uz: (d, m, y) => `${y}-yil ${d}-${m}`,
};

/**
 * An article's date the local way. Other languages get the long form followed by the numeric
 * DD.MM.YYYY every one of these countries also writes, which reads the same whatever the language
 * and matches the English article's date at a glance: "28 ноября 2025 г. (28.11.2025)".
 */
export function localDate(iso: string | null, language: Language, opts: { numeric?: boolean } = {}): string {
  if (language === 'en') return humanDate(iso);
  if (!iso) return PHRASES[language].undated;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTH_NAMES[language][Number(m[2]) - 1] : undefined;
  if (!m || !month) return iso;
  const long = LONG_DATE[language](Number(m[3]), month, m[1]!);
  return opts.numeric === false ? long : `${long} (${m[3]}.${m[2]}.${m[1]})`;
}

/** "I don't know" in the asker's language, with the English after it (the articles are English). */
const DONT_KNOW: Record<Language, string> = {
  en: "I don't know: the articles I have don't answer that.",
  ru: 'Не знаю: в моих статьях нет ответа на этот вопрос.',
  kk: 'Білмеймін: менің мақалаларымда бұл сұраққа жауап жоқ.',
  tr: 'Bilmiyorum: elimdeki makaleler bu soruyu yanıtlamıyor.',
  az: 'Bilmirəm: məqalələrimdə bu suala cavab yoxdur.',
  uz: "Bilmayman: maqolalarimda bu savolga javob yo'q.",
};

/** "I don't know" in one language only. */
export function dontKnowIn(language: Language): string {
  return DONT_KNOW[language];
}

export function dontKnow(language: Language): string {
  return language === 'en' ? DONT_KNOW.en : `${DONT_KNOW[language]}\n${DONT_KNOW.en}`;
}

/** For a question in a script the bot does not read: the languages it does read. */
export function unsupportedLanguage(): string {
  const names = LANGUAGES.map((l) => LANGUAGE_NAMES[l]).join(', ');
  return `I can only read questions in ${names} (Latin or Cyrillic letters). Please ask in one of them.`;
}

/**
 * The example questions under "I don't know", asked the way a reader of each language would ask them.
 * The core draws them in English from its facts (one form per kind of fact); each form has its
 * counterpart here. Only a version the bot itself answers is shown (localize-suggestions.ts): a name the
 * lexicons do not know, inside a Russian question, can leave it unanswered, and then the English stays.
 */
export interface SuggestionPhrases {
  capitalIn: (year: string) => string;
  /** `title` comes from `titles`; `organization` as the articles write it. */
  roleOf: (title: string, organization: string) => string;
  heldWhere: (event: string) => string;
  foundedWhen: (subject: string) => string;
  /** Titles the role question may name, by their English (lower case); another title keeps the English question. */
  titles: Record<string, string>;
}

export const SUGGESTION_PHRASES: Record<Exclude<Language, 'en'>, SuggestionPhrases> = {
  ru: {
    capitalIn: (y) => `Какой город является культурной столицей тюркского мира в ${y} году?`,
    roleOf: (t, o) => `Кто ${t} ${o}?`,
    heldWhere: (e) => `Где прошёл ${e}?`,
    foundedWhen: (s) => `Когда был основан ${s}?`,
    titles: { 'secretary general': 'генеральный секретарь', 'deputy secretary general': 'заместитель генерального секретаря' },
  },
  kk: {
    capitalIn: (y) => `${y} жылы түркі әлемінің мәдени астанасы қай қала?`,
    roleOf: (t, o) => `${o} ${t} кім?`,
    heldWhere: (e) => `${e} қайда өтті?`,
    foundedWhen: (s) => `${s} қашан құрылды?`,
    titles: { 'secretary general': 'бас хатшысы', 'deputy secretary general': 'бас хатшысының орынбасары' },
  },
  tr: {
    capitalIn: (y) => `${y} yılında Türk dünyasının kültür başkenti hangi şehir?`,
    roleOf: (t, o) => `${o} ${t} kim?`,
    heldWhere: (e) => `${e} nerede düzenlendi?`,
    foundedWhen: (s) => `${s} ne zaman kuruldu?`,
    titles: { 'secretary general': 'genel sekreteri', 'deputy secretary general': 'genel sekreter yardımcısı' },
  },
  az: {
    capitalIn: (y) => `${y} ildə Türk dünyasının mədəniyyət paytaxtı hansı şəhərdir?`,
    roleOf: (t, o) => `${o} ${t} kimdir?`,
    heldWhere: (e) => `${e} harada keçirildi?`,
    foundedWhen: (s) => `${s} nə vaxt yaradılıb?`,
    titles: { 'secretary general': 'baş katibi', 'deputy secretary general': 'baş katibinin müavini' },
  },
  uz: {
    capitalIn: (y) => `${y}-yilda Turkiy dunyoning madaniy poytaxti qaysi shahar?`,
    roleOf: (t, o) => `${o} ${t} kim?`,
    heldWhere: (e) => `${e} qayerda o‘tkazildi?`,
    foundedWhen: (s) => `${s} qachon tashkil etilgan?`,
    titles: { 'secretary general': 'bosh kotibi', 'deputy secretary general': "bosh kotib o'rinbosari" },
  },
};

/**
 * /start and /help. Plain text: src/telegram/features/start.ts escapes it and adds the markup, the
 * commands and their examples (commands and their keywords are typed as they are, in any language).
 */
export interface HelpPhrases {
  title: string;
  /** What the bot knows: articles, facts, and the span of the articles' dates (local, or null). */
  intro: (articles: number, facts: number, span: { from: string; to: string } | null) => string;
  tryThese: string;
  howToAsk: string;
  askPlain: string;
  /** An example question in this language; the bot answers it (a test checks). */
  example: string;
  fromArticles: string;
  commands: string;
  questionArg: string;
  filtersArg: string;
  ask: string;
  sources: string;
  events: string;
  language: string;
  about: string;
  help: string;
  digest: string;
  digestGroup: string;
  digestGroupNote: string;
  subscribe: string;
  settings: string;
  unsubscribe: string;
  digestNow: string;
  forumTopics: string;
  inGroups: [lead: string, rest: string];
  anywhere: [lead: string, rest: string];
}

export const HELP_PHRASES: Record<Language, HelpPhrases> = {
  en: {
    title: 'Turkic culture bot',
    intro: (a, f, span) => `I answer questions about cultural cooperation among the Turkic states from ${a} news articles${span ? ` dated ${span.from} to ${span.to}` : ''}, with ${f} facts drawn from them.`,
    tryThese: 'Every answer quotes its source and date. Ask in your own words, or try one of these:',
    howToAsk: 'How to ask',
    askPlain: 'Write a question in plain words, for example',
    example: 'Who is the Secretary General of TURKSOY?',
    fromArticles: 'I answer from news articles only, with the quote, the publisher and the date. If the articles do not say, I tell you so.',
    commands: 'Commands',
    questionArg: 'question',
    filtersArg: 'filters',
    ask: 'ask a question (the way to ask in groups)',
    sources: 'the articles I know',
    events: 'recent and upcoming events',
    language: 'the language I reply in here (ask in Russian, Kazakh, Turkish, Azerbaijani or Uzbek, and I reply in it)',
    about: 'where the answers come from',
    help: 'this message',
    digest: 'Event digest',
    digestGroup: 'Event digest for this group',
    digestGroupNote: '(admins subscribe and change it)',
    subscribe: 'new events from the articles, and what is coming up',
    settings: 'cadence, hour, time zone, language, filters',
    unsubscribe: 'stop the digest',
    digestNow: 'the digest as it stands now',
    forumTopics: 'In a forum group, each topic may have its own digest: send /subscribe in that topic.',
    inGroups: ['In groups', ' I answer only /ask, a message that mentions me, or a reply to one of my messages.'],
    anywhere: ['Anywhere', ': type my @username and a question in any chat to share an answer card.'],
  },
  ru: {
    title: 'Бот о тюркской культуре',
    intro: (a, f, span) => `Я отвечаю на вопросы о культурном сотрудничестве тюркских государств по новостным статьям (статей: ${a}${span ? `, с ${span.from} по ${span.to}` : ''}; фактов из них: ${f}).`,
    tryThese: 'Каждый ответ цитирует свой источник и называет дату. Спросите своими словами или попробуйте один из этих вопросов:',
    howToAsk: 'Как спрашивать',
    askPlain: 'Напишите вопрос обычными словами, например',
    example: 'Кто генеральный секретарь ТЮРКСОЙ?',
    fromArticles: 'Я отвечаю только по новостным статьям: с цитатой, издателем и датой. Если в статьях ответа нет, я так и скажу.',
    commands: 'Команды',
    questionArg: 'вопрос',
    filtersArg: 'фильтры',
    ask: 'задать вопрос (так спрашивают в группах)',
    sources: 'статьи, которые я знаю',
    events: 'недавние и предстоящие события',
    language: 'язык моих ответов здесь (спросите по-русски, по-казахски, по-турецки, по-азербайджански или по-узбекски, и я отвечу на этом языке)',
    about: 'откуда берутся ответы',
    help: 'это сообщение',
    digest: 'Дайджест событий',
    digestGroup: 'Дайджест событий для этой группы',
    digestGroupNote: '(подписывают и меняют администраторы)',
    subscribe: 'новые события из статей и то, что предстоит',
    settings: 'периодичность, час, часовой пояс, язык, фильтры',
    unsubscribe: 'отключить дайджест',
    digestNow: 'дайджест в его нынешнем виде',
    forumTopics: 'В группе-форуме у каждой темы может быть свой дайджест: отправьте /subscribe в этой теме.',
    inGroups: ['В группах', ' я отвечаю только на /ask, на сообщение, где меня упомянули, или на ответ на моё сообщение.'],
    anywhere: ['Где угодно', ': наберите в любом чате мой @username и вопрос, чтобы поделиться карточкой с ответом.'],
  },
  kk: {
    title: 'Түркі мәдениеті боты',
    intro: (a, f, span) => `Түркі мемлекеттерінің мәдени ынтымақтастығы туралы сұрақтарға жаңалық мақалалары бойынша жауап беремін (${a} мақала${span ? `, ${span.from} – ${span.to}` : ''}; олардан алынған ${f} дерек).`,
    tryThese: 'Әр жауап дереккөзін дәйексөзімен және күнімен көрсетеді. Өз сөзіңізбен сұраңыз немесе мына сұрақтардың бірін қойып көріңіз:',
    howToAsk: 'Қалай сұрау керек',
    askPlain: 'Сұрағыңызды қарапайым сөзбен жазыңыз, мысалы',
    example: 'ТҮРКСОЙ бас хатшысы кім?',
    fromArticles: 'Тек жаңалық мақалаларынан жауап беремін: дәйексөзімен, басылымымен және күнімен. Мақалаларда жауап болмаса, соны айтамын.',
    commands: 'Командалар',
    questionArg: 'сұрақ',
    filtersArg: 'сүзгілер',
    ask: 'сұрақ қою (топтарда осылай сұралады)',
    sources: 'мен білетін мақалалар',
    events: 'жақында өткен және алдағы оқиғалар',
    language: 'осы жердегі жауап тілім (орысша, қазақша, түрікше, әзербайжанша немесе өзбекше сұрасаңыз, сол тілде жауап беремін)',
    about: 'жауаптар қайдан алынады',
    help: 'осы хабарлама',
    digest: 'Оқиғалар дайджесті',
    digestGroup: 'Осы топтың оқиғалар дайджесті',
    digestGroupNote: '(әкімшілер жазылады және өзгертеді)',
    subscribe: 'мақалалардағы жаңа оқиғалар және алдағы оқиғалар',
    settings: 'жиілігі, сағаты, уақыт белдеуі, тілі, сүзгілері',
    unsubscribe: 'дайджесті тоқтату',
    digestNow: 'дайджест қазіргі күйінде',
    forumTopics: 'Форум-топта әр тақырыптың өз дайджесті болуы мүмкін: /subscribe командасын сол тақырыпта жіберіңіз.',
    inGroups: ['Топтарда', ' тек /ask командасына, мені атаған хабарламаға немесе менің хабарламама берілген жауапқа жауап беремін.'],
    anywhere: ['Кез келген жерде', ': кез келген чатта менің @username атымды және сұрақты жазып, жауап карточкасымен бөлісіңіз.'],
  },
  tr: {
    title: 'Türk kültürü botu',
    intro: (a, f, span) => `Türk devletleri arasındaki kültürel iş birliğine dair soruları haber makalelerinden yanıtlıyorum (${a} makale${span ? `, ${span.from} – ${span.to}` : ''}; bunlardan çıkarılan ${f} bilgi).`,
    tryThese: 'Her yanıt kaynağından alıntı yapar ve tarihini verir. Kendi sözlerinizle sorun ya da şunlardan birini deneyin:',
    howToAsk: 'Nasıl sorulur',
    askPlain: 'Sorunuzu sade sözcüklerle yazın, örneğin',
    example: 'TÜRKSOY genel sekreteri kim?',
    fromArticles: 'Yalnızca haber makalelerinden, alıntı, yayıncı ve tarihle yanıt veririm. Makaleler bir şey söylemiyorsa bunu söylerim.',
    commands: 'Komutlar',
    questionArg: 'soru',
    filtersArg: 'filtreler',
    ask: 'soru sorun (gruplarda böyle sorulur)',
    sources: 'bildiğim makaleler',
    events: 'son ve yaklaşan etkinlikler',
    language: 'burada yanıt verdiğim dil (Rusça, Kazakça, Türkçe, Azerbaycanca veya Özbekçe sorarsanız o dilde yanıtlarım)',
    about: 'yanıtlar nereden geliyor',
    help: 'bu mesaj',
    digest: 'Etkinlik bülteni',
    digestGroup: 'Bu grubun etkinlik bülteni',
    digestGroupNote: '(abone olmayı ve ayarları yöneticiler yapar)',
    subscribe: 'makalelerden yeni etkinlikler ve yaklaşanlar',
    settings: 'sıklık, saat, saat dilimi, dil, filtreler',
    unsubscribe: 'bülteni durdurun',
    digestNow: 'bültenin şu anki hali',
    forumTopics: 'Forum grubunda her konunun kendi bülteni olabilir: /subscribe komutunu o konuda gönderin.',
    inGroups: ['Gruplarda', ' yalnızca /ask komutuna, beni anan bir mesaja ya da mesajlarımdan birine verilen yanıta yanıt veririm.'],
    anywhere: ['Her yerde', ': herhangi bir sohbette @kullanıcı adımı ve bir soru yazarak yanıt kartı paylaşabilirsiniz.'],
  },
  az: {
    title: 'Türk mədəniyyəti botu',
    intro: (a, f, span) => `Türk dövlətləri arasında mədəni əməkdaşlıq barədə suallara xəbər məqalələri əsasında cavab verirəm (${a} məqalə${span ? `, ${span.from} – ${span.to}` : ''}; onlardan çıxarılmış ${f} fakt).`,
    tryThese: 'Hər cavab mənbəsindən sitat gətirir və tarixini göstərir. Öz sözlərinizlə soruşun və ya bunlardan birini sınayın:',
    howToAsk: 'Necə soruşmaq olar',
    askPlain: 'Sualınızı sadə sözlərlə yazın, məsələn',
    example: 'TÜRKSOY baş katibi kimdir?',
    fromArticles: 'Yalnız xəbər məqalələrindən, sitat, nəşr və tarixlə cavab verirəm. Məqalələrdə cavab yoxdursa, bunu deyirəm.',
    commands: 'Əmrlər',
    questionArg: 'sual',
    filtersArg: 'filtrlər',
    ask: 'sual verin (qruplarda belə soruşulur)',
    sources: 'bildiyim məqalələr',
    events: 'son və qarşıdakı tədbirlər',
    language: 'burada cavab verdiyim dil (rusca, qazaxca, türkcə, azərbaycanca və ya özbəkcə soruşsanız, o dildə cavab verirəm)',
    about: 'cavablar haradan gəlir',
    help: 'bu mesaj',
    digest: 'Tədbirlər icmalı',
    digestGroup: 'Bu qrupun tədbirlər icmalı',
    digestGroupNote: '(abunəni və ayarları adminlər edir)',
    subscribe: 'məqalələrdən yeni tədbirlər və qarşıdakılar',
    settings: 'tezlik, saat, saat qurşağı, dil, filtrlər',
    unsubscribe: 'icmalı dayandırın',
    digestNow: 'icmal indiki halında',
    forumTopics: 'Forum qrupunda hər mövzunun öz icmalı ola bilər: /subscribe əmrini həmin mövzuda göndərin.',
    inGroups: ['Qruplarda', ' yalnız /ask əmrinə, məni xatırladan mesaja və ya mesajlarımdan birinə verilən cavaba cavab verirəm.'],
    anywhere: ['Hər yerdə', ': istənilən söhbətdə mənim @username adımı və sualı yazıb cavab kartını paylaşa bilərsiniz.'],
  },
  uz: {
    title: 'Turkiy madaniyat boti',
    intro: (a, f, span) => `Turkiy davlatlar o‘rtasidagi madaniy hamkorlik haqidagi savollarga yangilik maqolalari asosida javob beraman (${a} ta maqola${span ? `, ${span.from} – ${span.to}` : ''}; ulardan olingan ${f} ta fakt).`,
    tryThese: 'Har bir javob manbasidan iqtibos keltiradi va sanasini ko‘rsatadi. O‘z so‘zlaringiz bilan so‘rang yoki quyidagilardan birini sinab ko‘ring:',
    howToAsk: 'Qanday so‘rash kerak',
    askPlain: 'Savolingizni oddiy so‘zlar bilan yozing, masalan',
    example: 'TURKSOY bosh kotibi kim?',
    fromArticles: 'Faqat yangilik maqolalaridan, iqtibos, nashr va sana bilan javob beraman. Maqolalarda javob bo‘lmasa, shuni aytaman.',
    commands: 'Buyruqlar',
    questionArg: 'savol',
    filtersArg: 'filtrlar',
    ask: 'savol berish (guruhlarda shunday so‘raladi)',
    sources: 'men biladigan maqolalar',
    events: 'yaqinda bo‘lgan va kutilayotgan tadbirlar',
    language: 'bu yerda javob beradigan tilim (ruscha, qozoqcha, turkcha, ozarbayjoncha yoki o‘zbekcha so‘rasangiz, o‘sha tilda javob beraman)',
    about: 'javoblar qayerdan olinadi',
    help: 'shu xabar',
    digest: 'Tadbirlar dayjesti',
    digestGroup: 'Bu guruhning tadbirlar dayjesti',
    digestGroupNote: '(obuna va sozlamalarni adminlar boshqaradi)',
    subscribe: 'maqolalardagi yangi tadbirlar va kutilayotganlari',
    settings: 'davriylik, soat, vaqt mintaqasi, til, filtrlar',
    unsubscribe: 'dayjestni to‘xtatish',
    digestNow: 'dayjest hozirgi holatida',
    forumTopics: 'Forum guruhida har bir mavzuning o‘z dayjesti bo‘lishi mumkin: /subscribe buyrug‘ini o‘sha mavzuda yuboring.',
    inGroups: ['Guruhlarda', ' faqat /ask buyrug‘iga, meni eslatgan xabarga yoki xabarlarimdan biriga berilgan javobga javob beraman.'],
    anywhere: ['Istalgan joyda', ': istalgan chatda mening @username nomimni va savolni yozib, javob kartasini ulashishingiz mumkin.'],
  },
};

/** The frames of /events and /sources; the events and titles themselves stay as the articles write them. */
export interface ListPhrases {
  upcoming: string;
  recent: string;
  noEvents: string;
  noSource: string;
  sources: string;
  /** After the heading: how many articles, and how many of the newest are shown when not all are. */
  sourcesCount: (articles: number, shown: number | null) => string;
  more: (count: number) => string;
  noArticles: string;
}

export const LIST_PHRASES: Record<Language, ListPhrases> = {
  en: {
    upcoming: 'Upcoming',
    recent: 'Recent',
    noEvents: 'The articles mention no dated events.',
    noSource: 'no source',
    sources: 'My sources',
    sourcesCount: (n, shown) => `(${n} articles${shown ? `, newest ${shown} shown` : ''})`,
    more: (k) => `…and ${k} more.`,
    noArticles: 'I have no articles loaded yet.',
  },
  ru: {
    upcoming: 'Предстоящие',
    recent: 'Недавние',
    noEvents: 'В статьях нет событий с датой.',
    noSource: 'источник не указан',
    sources: 'Мои источники',
    sourcesCount: (n, shown) => `(статей: ${n}${shown ? `, показаны ${shown} самых новых` : ''})`,
    more: (k) => `…и ещё ${k}.`,
    noArticles: 'Статьи пока не загружены.',
  },
  kk: {
    upcoming: 'Алдағы',
    recent: 'Жақында өткен',
    noEvents: 'Мақалаларда күні көрсетілген оқиға жоқ.',
    noSource: 'дереккөз жоқ',
    sources: 'Дереккөздерім',
    sourcesCount: (n, shown) => `(${n} мақала${shown ? `, ең жаңа ${shown} мақала көрсетілді` : ''})`,
    more: (k) => `…және тағы ${k}.`,
    noArticles: 'Әзірге мақалалар жүктелмеген.',
  },
  tr: {
    upcoming: 'Yaklaşan',
    recent: 'Geçmiş',
    noEvents: 'Makalelerde tarihli etkinlik yok.',
    noSource: 'kaynak yok',
    sources: 'Kaynaklarım',
    sourcesCount: (n, shown) => `(${n} makale${shown ? `, en yeni ${shown} tanesi gösteriliyor` : ''})`,
    more: (k) => `…ve ${k} tane daha.`,
    noArticles: 'Henüz yüklenmiş makalem yok.',
  },
  az: {
    upcoming: 'Qarşıdakı',
    recent: 'Keçmiş',
    noEvents: 'Məqalələrdə tarixli tədbir yoxdur.',
    noSource: 'mənbə yoxdur',
    sources: 'Mənbələrim',
    sourcesCount: (n, shown) => `(${n} məqalə${shown ? `, ən yeni ${shown} məqalə göstərilir` : ''})`,
    more: (k) => `…və daha ${k}.`,
    noArticles: 'Hələ yüklənmiş məqaləm yoxdur.',
  },
  uz: {
    upcoming: 'Kutilayotgan',
    recent: 'Yaqinda bo‘lgan',
    noEvents: 'Maqolalarda sanasi ko‘rsatilgan tadbir yo‘q.',
    noSource: 'manba yo‘q',
    sources: 'Manbalarim',
    sourcesCount: (n, shown) => `(${n} ta maqola${shown ? `, eng yangi ${shown} tasi ko‘rsatilgan` : ''})`,
    more: (k) => `…va yana ${k} ta.`,
    noArticles: 'Hozircha maqolalar yuklanmagan.',
  },
};
