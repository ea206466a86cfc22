import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsoleChat } from '../../src/cli/console-chat.ts';
import { buildIndex } from '../../src/core/build-index.ts';
import { loadKnowledge } from '../../src/core/load-knowledge.ts';
import { answerQuestion } from '../../src/core/qa/index.ts';
import type { Answer } from '../../src/core/types.ts';
import { createLogger } from '../../src/logger.ts';
import { renderAnswerHtml, renderAnswerText } from '../../src/render/answer.ts';
import { htmlToText } from '../../src/telegram/html.ts';
import { foundAnswer, notFoundAnswer } from '../telegram/helpers/answers.ts';
import { telegramHtmlProblems } from '../telegram/helpers/telegram-html.ts';

const ANSWERS: Answer[] = [
  foundAnswer('Who is the Secretary General of TURKSOY?'),
  foundAnswer('Where was the festival?', {
    answer: 'Korkut Ata Festival: held in Turkistan, Kazakhstan, 12 September 2026.\n…',
    short: 'Turkistan',
    sources: [
      { id: '000_a', publisher: 'AT&T <News>', date: '2026-09-12', quote: 'The Korkut Ata festival was held in Turkistan & beyond.', url: 'https://example.org/a?x=1&y=2' },
      { id: '001_b', publisher: null, date: null, quote: 'Another report.' },
    ],
  }),
  foundAnswer('Which city is the cultural capital?', {
    short: 'Andijan',
    alternatives: [
      { short: 'Andijan', source: { id: '002_c', publisher: null, date: null, quote: 'Andijan is the capital.' } },
      { short: 'Aktau', source: { id: '003_d', publisher: 'Kazinform', date: '2024-05-02', quote: 'Aktau is the capital.' } },
    ],
  }),
  notFoundAnswer('Is 5 < 6 & 7 > 3 in TURKSOY?'),
  { ...notFoundAnswer('Кто генеральный секретарь?', []), language: 'ru' },
  { ...foundAnswer('Кто генеральный секретарь ТЮРКСОЙ?'), language: 'ru' },
  { ...foundAnswer('TÜRKSOY genel sekreteri kim?'), language: 'tr' },
  { ...notFoundAnswer('Kültür başkenti neresi?'), language: 'tr' },
  {
    ...foundAnswer('Мәдени астана қай қала?', {
      short: 'Andijan',
      kind: 'which',
      alternatives: [
        { short: 'Andijan', source: { id: '002_c', publisher: null, date: null, quote: 'Andijan is the capital.' } },
        { short: 'Aktau', source: { id: '003_d', publisher: 'Kazinform', date: '2024-05-02', quote: 'Aktau is the capital.' } },
      ],
    }),
    language: 'kk',
  },
  notFoundAnswer('土耳其文化组织的秘书长是谁?'),
];

describe('one reply, two renderers', () => {
  it.each(ANSWERS.map((a) => [a.question, a] as const))('renders "%s" the same as text and as Telegram HTML', (_q, answer) => {
    const html = renderAnswerHtml(answer);
    expect(telegramHtmlProblems(html)).toEqual([]);
    expect(htmlToText(html)).toBe(renderAnswerText(answer));
  });

  it('shows the core\'s headline, not the bare short answer, on every surface', () => {
    const a = ANSWERS[1]!;
    expect(renderAnswerText(a).split('\n')[0]).toBe('Korkut Ata Festival: held in Turkistan, Kazakhstan, 12 September 2026.');
    expect(renderAnswerHtml(a).split('\n')[0]).toBe('<b>Korkut Ata Festival: held in Turkistan, Kazakhstan, 12 September 2026.</b>');
    expect(renderAnswerText(ANSWERS[3]!)).toMatch(/^I don't know\. The articles I have do not answer “Is 5 < 6 & 7 > 3 in TURKSOY\?”\./);
  });

  it('gives the same reply from the real core in the console chat, in `ask` and in Telegram', async () => {
    const seeds = mkdtempSync(join(tmpdir(), 'tcb-render-seeds-'));
    writeFileSync(join(seeds, '000_render.txt'), ' date 2025-11-28 TURKSOY Secretary General Sultan Raev welcomed the ministers in Baku.\n');
    const index = mkdtempSync(join(tmpdir(), 'tcb-render-index-'));
    buildIndex({ seedsDir: seeds, outDir: index });
    const knowledge = loadKnowledge(index);
    const questions = ['Who is the Secretary General of TURKSOY?', 'Is 5 < 6 & 7 > 3 in TURKSOY?'];
    const now = new Date();
    const expected = questions.map((q) => renderAnswerText({ ...answerQuestion(knowledge, q, { now }), question: q }));
    expect(expected[0]).toContain('Sultan Raev');

    const ask = spawnSync(join(process.cwd(), 'node_modules', '.bin', 'tsx'), ['src/cli/ask.ts', '--index', index, '--json', questions[0]!], { encoding: 'utf8' });
    expect((JSON.parse(ask.stdout) as Answer).answer).toBe(expected[0]);

    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    await runConsoleChat({ input: Readable.from([`${questions.join('\n')}\n`]), output, getKnowledge: () => knowledge, logger: createLogger({ level: 'silent' }), now: () => now });
    for (const e of expected) expect(printed).toContain(e);
    expect(htmlToText(renderAnswerHtml({ ...answerQuestion(knowledge, questions[0]!, { now }), question: questions[0]! }))).toBe(expected[0]);
  });
});

describe('the ask command\'s options', () => {
  const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
  it('prints its usage for --help and exits 0', () => {
    const run = spawnSync(tsx, ['src/cli/ask.ts', '--help'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^usage: npm run --silent ask/);
  });

  it('names an unknown option and shows the usage, without a stack trace', () => {
    const run = spawnSync(tsx, ['src/cli/ask.ts', '--bogus', 'who?'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("ask: Unknown option '--bogus'");
    expect(run.stderr).toContain('usage:');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('the reply in the reader\'s language', () => {
  it('frames a Russian answer in Russian: the name in Cyrillic with the Latin beside, the quote in English marked as the article\'s, source and local date', () => {
    const text = renderAnswerText({ ...foundAnswer('Кто генеральный секретарь ТЮРКСОЙ?'), language: 'ru' });
    expect(text.split('\n')).toEqual([
      'Ответ: Султан Раев (Sultan Raev)',
      'Слова статьи (по-английски):',
      '“TURKSOY Secretary General Sultan Raev welcomed the ministers.”',
      'Источник: Trend, статья 000_993de1ac3d74d2d6',
      'Дата: 28 ноября 2025 г. (28.11.2025)',
    ]);
  });

  it('frames a Turkish answer in Turkish and keeps the name in the articles\' Latin letters', () => {
    const html = renderAnswerHtml({ ...foundAnswer('TÜRKSOY genel sekreteri kim?'), language: 'tr' });
    expect(html.split('\n')[0]).toBe('<b>Yanıt: Sultan Raev</b>');
    expect(html).toContain('<i>Makalenin kendi sözleri (İngilizce):</i>\n<blockquote>TURKSOY Secretary General Sultan Raev welcomed the ministers.</blockquote>');
    expect(html).toContain('Kaynak: Trend, makale <code>000_993de1ac3d74d2d6</code>');
    expect(html).toContain('Tarih: 28 Kasım 2025 (28.11.2025)');
  });

  it('renders in the language asked for, whatever the question was in', () => {
    const answer = foundAnswer('Who is the Secretary General of TURKSOY?');
    expect(renderAnswerText(answer, 'az').split('\n')[0]).toBe('Cavab: Sultan Raev');
    expect(renderAnswerText({ ...answer, language: 'ru' }, 'en').split('\n')[0]).toBe('Sultan Raev is the Secretary General of TURKSOY.');
  });

  it('writes only persons\' names in Cyrillic: places, titles and institutions stay as the articles write them', () => {
    expect(renderAnswerText({ ...foundAnswer('Где?', { short: 'Gabala, Azerbaijan', kind: 'where' }), language: 'ru' }).split('\n')[0]).toBe('Ответ: Gabala, Azerbaijan');
    expect(renderAnswerText({ ...foundAnswer('Кто?', { short: 'Azerbaijan Film Agency', kind: 'who' }), language: 'ru' }).split('\n')[0]).toBe('Ответ: Azerbaijan Film Agency');
    expect(renderAnswerText({ ...foundAnswer('Кто?', { short: 'TURKSOY', kind: 'who' }), language: 'kk' }).split('\n')[0]).toBe('Жауап: TURKSOY');
    expect(renderAnswerText({ ...foundAnswer('Когда?', { short: '14 November 2025', kind: 'when' }), language: 'ru' }).split('\n')[0]).toBe('Ответ: 14 ноября 2025 г. (14.11.2025)');
  });

  it('says "I don\'t know" in the reader\'s language and in English, with the suggestions introduced in that language', () => {
    const text = renderAnswerText({ ...notFoundAnswer('Kültür başkenti neresi?'), language: 'tr' });
    expect(text.split('\n').slice(0, 4)).toEqual([
      'Bilmiyorum: elimdeki makaleler “Kültür başkenti neresi?” sorusunu yanıtlamıyor.',
      'I don\'t know. The articles I have do not answer “Kültür başkenti neresi?”.',
      '',
      'Örneğin şunu sorabilirsiniz:',
    ]);
    expect(text).toContain('• Who is the Secretary General of TURKSOY?');
  });

  it('names the languages it reads when the question is in a script it does not', () => {
    const text = renderAnswerText(notFoundAnswer('土耳其文化组织的秘书长是谁?'));
    expect(text.split('\n')[0]).toBe('I can only read questions in English, Russian, Kazakh, Turkish, Azerbaijani, Uzbek (Latin or Cyrillic letters). Please ask in one of them.');
  });
});
