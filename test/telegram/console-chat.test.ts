import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsoleChat } from '../../src/cli/console-chat.ts';
import { renderAnswerText } from '../../src/render/answer.ts';
import { foundAnswer, notFoundAnswer } from './helpers/answers.ts';
import { captureLogger } from './helpers/harness.ts';
import { fakeKnowledge } from './helpers/fake-knowledge.ts';

async function chat(lines: string[], answer = (q: string) => (q.includes('weather') ? notFoundAnswer(q) : foundAnswer(q))) {
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const questions: string[] = [];
  const knowledge = fakeKnowledge();
  await runConsoleChat({
    input: Readable.from([lines.join('\n') + '\n']),
    output,
    getKnowledge: () => knowledge,
    answer: (_k, q) => {
      questions.push(q);
      return answer(q);
    },
    logger: captureLogger().logger,
  });
  return { printed, questions };
}

describe('console chat', () => {
  it('answers piped questions through the bot handlers, as plain text, and returns at end of input', async () => {
    const { printed, questions } = await chat(['Who is the Secretary General of TURKSOY?', 'What is the weather?']);
    expect(questions).toEqual(['Who is the Secretary General of TURKSOY?', 'What is the weather?']);
    expect(printed).toContain(renderAnswerText(foundAnswer('Who is the Secretary General of TURKSOY?')));
    expect(printed).toContain('Sultan Raev is the Secretary General of TURKSOY.\n“TURKSOY Secretary General Sultan Raev welcomed the ministers.”\n— Trend, 28 November 2025, article 000_993de1ac3d74d2d6');
    expect(printed).toContain('[1] Show paragraph');
    expect(printed).toContain("I don't know. The articles I have do not answer “What is the weather?”.");
    expect(printed).not.toMatch(/<\/?(b|i|code|blockquote)>/);
    // No prompt or welcome line when the input is not a terminal.
    expect(printed).not.toContain('Ctrl+D');
  });

  it('runs commands and presses buttons by number', async () => {
    const { printed, questions } = await chat(['/start', '1', '1']);
    expect(printed).toContain('I answer questions about cultural cooperation among the Turkic states from 3 news articles');
    expect(printed).toContain('[1] Who is the Secretary General of TURKSOY?');
    // The three buttons were put to the core before they were shown; "1" asked the first again.
    expect(questions.slice(3)).toEqual(['Who is the Secretary General of TURKSOY?']);
    // The second "1" pressed "Show paragraph" on the answer.
    expect(printed).toContain('“TURKSOY Secretary General Sultan Raev welcomed the ministers. The meeting was held in Baku.”');
  });

  it('is not flood-limited: a long piped batch is answered in full', async () => {
    const lines = Array.from({ length: 12 }, (_, i) => `question ${i}`);
    const { questions } = await chat(lines);
    expect(questions).toEqual(lines);
  });
});
