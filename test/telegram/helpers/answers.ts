/** Fixed answers in the shape the QA core returns, for driving the bot without the real core. */
import type { Answer } from '../../../src/core/types.ts';

export function foundAnswer(question: string, over: Partial<Answer> = {}): Answer {
  return {
    question,
    found: true,
    short: 'Sultan Raev',
    answer: 'Sultan Raev is the Secretary General of TURKSOY.\n“TURKSOY Secretary General Sultan Raev welcomed the ministers.”\n— Trend, 28 November 2025',
    sources: [
      {
        id: '000_993de1ac3d74d2d6',
        publisher: 'Trend',
        date: '2025-11-28',
        quote: 'TURKSOY Secretary General Sultan Raev welcomed the ministers.',
        sentenceId: '000_993de1ac3d74d2d6#0',
      },
    ],
    kind: 'who',
    confidence: 0.9,
    via: 'facts',
    // As the core composes it: the headline (here the short answer given) is the first line.
    ...(over.short !== undefined && over.answer === undefined ? { answer: over.short } : {}),
    ...over,
  };
}

export function notFoundAnswer(question: string, suggestions = ['Who is the Secretary General of TURKSOY?', 'Where did the Turkic World Youth Meeting take place?']): Answer {
  return { question, found: false, short: '', answer: "I don't know.", sources: [], kind: 'unknown', confidence: 0, via: 'none', suggestions };
}
