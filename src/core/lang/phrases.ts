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
    notFound: (s) => `I don't know. The articles I have do not answer ${q('“', '”')(s)}.`,
    digest: { title: 'Turkic culture digest', newEvents: 'New events', upcoming: 'Coming up', reminder: 'Reminder: in the next few days' },
    languageNow: (name) => `Replies in this chat: ${name}.`,
    languageSet: (name) => `From now on I reply in ${name} here. The articles stay in English: quotes are their own words.`,
    languageSource: { chosen: 'chosen with /language', telegram: 'your Telegram language', default: 'the default' },
    languageHelp: 'Change: /language ru. A question asked in another of these languages is answered in it; the articles and their quotes stay in English.',
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
    notFound: (s) => `Не знаю: в моих статьях нет ответа на вопрос ${q('«', '»')(s)}.`,
    digest: { title: 'Дайджест тюркской культуры', newEvents: 'Новые события', upcoming: 'Скоро', reminder: 'Напоминание: в ближайшие дни' },
    languageNow: (name) => `Язык ответов в этом чате: ${name}.`,
    languageSet: (name) => `Теперь я отвечаю здесь на языке: ${name}. Статьи остаются на английском: цитаты — их собственные слова.`,
    languageSource: { chosen: 'выбран командой /language', telegram: 'язык вашего Telegram', default: 'по умолчанию' },
    languageHelp: 'Сменить: /language tr. На вопрос на другом из этих языков я отвечу на нём; статьи и цитаты из них остаются на английском.',
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
    notFound: (s) => `Білмеймін: менің мақалаларымда ${q('«', '»')(s)} сұрағына жауап жоқ.`,
    digest: { title: 'Түркі мәдениеті дайджесті', newEvents: 'Жаңа оқиғалар', upcoming: 'Алдағы оқиғалар', reminder: 'Еске салу: жақын күндерде' },
    languageNow: (name) => `Бұл чаттағы жауап тілі: ${name}.`,
    languageSet: (name) => `Енді мұнда ${name} тілінде жауап беремін. Мақалалар ағылшынша қалады: дәйексөздер — олардың өз сөздері.`,
    languageSource: { chosen: '/language арқылы таңдалған', telegram: 'Telegram тіліңіз', default: 'әдепкі' },
    languageHelp: 'Өзгерту: /language ru. Осы тілдердің басқасында қойылған сұраққа сол тілде жауап беремін; мақалалар мен дәйексөздер ағылшынша қалады.',
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
    notFound: (s) => `Bilmiyorum: elimdeki makaleler ${q('“', '”')(s)} sorusunu yanıtlamıyor.`,
    digest: { title: 'Türk kültürü bülteni', newEvents: 'Yeni etkinlikler', upcoming: 'Yaklaşan', reminder: 'Hatırlatma: önümüzdeki günlerde' },
    languageNow: (name) => `Bu sohbette yanıt dili: ${name}.`,
    languageSet: (name) => `Artık burada ${name} yanıt veriyorum. Makaleler İngilizce kalır: alıntılar onların kendi sözleridir.`,
    languageSource: { chosen: '/language ile seçildi', telegram: 'Telegram diliniz', default: 'varsayılan' },
    languageHelp: 'Değiştirmek için: /language ru. Bu dillerden başka birinde sorulan soruyu o dilde yanıtlarım; makaleler ve alıntılar İngilizce kalır.',
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
    notFound: (s) => `Bilmirəm: məqalələrimdə ${q('“', '”')(s)} sualına cavab yoxdur.`,
    digest: { title: 'Türk mədəniyyəti icmalı', newEvents: 'Yeni tədbirlər', upcoming: 'Qarşıdakı tədbirlər', reminder: 'Xatırlatma: yaxın günlərdə' },
    languageNow: (name) => `Bu söhbətdə cavab dili: ${name}.`,
    languageSet: (name) => `Bundan sonra burada ${name} cavab verirəm. Məqalələr ingiliscə qalır: sitatlar onların öz sözləridir.`,
    languageSource: { chosen: '/language ilə seçilib', telegram: 'Telegram diliniz', default: 'standart' },
    languageHelp: 'Dəyişmək üçün: /language ru. Bu dillərdən başqasında verilən suala o dildə cavab verirəm; məqalələr və sitatlar ingiliscə qalır.',
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
    notFound: (s) => `Bilmayman: maqolalarimda ${q('“', '”')(s)} savoliga javob yo'q.`,
    digest: { title: 'Turkiy madaniyat dayjesti', newEvents: 'Yangi tadbirlar', upcoming: 'Yaqinlashayotgan tadbirlar', reminder: 'Eslatma: yaqin kunlarda' },
    languageNow: (name) => `Bu suhbatda javob tili: ${name}.`,
    languageSet: (name) => `Endi bu yerda ${name} tilida javob beraman. Maqolalar inglizcha qoladi: iqtiboslar ularning o'z so'zlari.`,
    languageSource: { chosen: '/language bilan tanlangan', telegram: 'Telegram tilingiz', default: 'standart' },
    languageHelp: "O'zgartirish: /language ru. Bu tillarning boshqasida berilgan savolga o'sha tilda javob beraman; maqolalar va iqtiboslar inglizcha qoladi.",
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
