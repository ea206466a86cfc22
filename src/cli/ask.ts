#!/usr/bin/env node
// npm run --silent ask -- [--index DIR] [--json] "question"
// npm run --silent ask -- [--index DIR] --json --batch FILE      (one question per line)
// npm run --silent ask -- --explain "question"                   (the path of the answer, after it)
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadKnowledge } from '../core/load-knowledge.ts';
import { answerWithTrace, formatTrace } from '../core/qa/index.ts';
import { renderAnswerText } from '../render/answer.ts';
import type { Answer } from '../core/types.ts';

const USAGE = `usage: npm run --silent ask -- [--index DIR] [--json] [--explain] "question"
       npm run --silent ask -- [--index DIR] --json --batch FILE   (one question per line)`;

function fail(message: string): never {
  process.stderr.write(`ask: ${message}\n`);
  process.exit(2);
}

function readArgs() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        index: { type: 'string', default: process.env.INDEX_DIR || 'index' },
        json: { type: 'boolean', default: false },
        batch: { type: 'string' },
        explain: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    // An unknown or malformed option: say which, and how the command is used, without a stack trace.
    fail(`${(err as Error).message.split('. ')[0]}\n${USAGE}`);
  }
}

const { values, positionals } = readArgs();
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

// A reader that stops early (`ask ... | head`) closes the pipe: stop quietly, as other tools do.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

let knowledge;
try {
  knowledge = loadKnowledge(values.index!);
} catch (err) {
  fail((err as Error).message);
}

let questions: string[];
if (values.batch) {
  try {
    questions = readFileSync(values.batch, 'utf8').split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim());
  } catch (err) {
    fail(`cannot read ${values.batch}: ${(err as Error).message}`);
  }
} else {
  if (positionals.length === 0) fail('give a question, e.g. npm run --silent ask -- "Who is the Secretary General of TURKSOY?"');
  questions = [positionals.join(' ')];
}

const now = new Date();
for (const q of questions) {
  const traced: { answer: Answer; trace: unknown } = answerWithTrace(knowledge, q, { now });
  // The question is echoed as asked: plain text, never HTML-stripped. `answer` is the reply a user
  // sees, from the same renderer as the console chat (and, in HTML, Telegram).
  const asked: Answer = { ...traced.answer, question: q };
  const answer: Answer = { ...asked, answer: renderAnswerText(asked) };
  const trace = traced.trace;
  if (values.json) process.stdout.write(`${JSON.stringify(values.explain ? { ...answer, trace } : answer)}\n`);
  else process.stdout.write(`${renderAnswerText(answer)}\n${values.explain ? `\n${formatTrace(answerWithTrace(knowledge, q, { now }).trace)}\n` : ''}${questions.length > 1 ? '\n' : ''}`);
}
