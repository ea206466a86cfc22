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
