import type { AnswerTrace } from './answer.ts';

/** `ask --explain`: the structured query, the top passages, the candidates and their features, the decision. */
export function formatTrace(trace: AnswerTrace | null): string {
  if (!trace) return 'explain: the question was refused before analysis (empty, too long or without content words)';
  const q = trace.query;
  const lines = [
    ...(q.language !== 'en' ? [`read (${q.language}): ${q.text}`] : []),
    `query: type ${q.type} (rule ${q.rule})${q.list ? ', a list' : ''}${q.headNoun ? `, head noun "${q.headNoun}"` : ''}${q.dateGrain ? `, date to the ${q.dateGrain}` : ''}`,
    `  concepts: ${q.terms.join(', ') || '-'}; names: ${q.names.join(', ') || '-'}${q.year ? `; year ${q.year}` : ''}`,
    'passages (best 5 retrieved):',
    ...trace.passages.map((p, i) => `  ${i + 1}. [${p.sentenceId}] coverage ${p.coverage}, names ${p.names}: ${p.text.slice(0, 140)}`),
    'candidates (best 8, score = weights · features):',
    ...trace.candidates.map((c) => `  ${c.score.toFixed(2)} ${c.kind} "${c.text.slice(0, 80)}" [${c.sentenceId}] ${Object.entries(c.features).map(([k, v]) => `${k}=${v}`).join(' ')}`),
    trace.facts
      ? `fact table: "${trace.facts.short}" from ${trace.facts.facts.join(', ')} (rules ${[...new Set(trace.facts.rules)].join(', ')}), covering ${trace.facts.coverage} of the question; ${trace.facts.agrees ? 'agrees' : 'does not agree'} with the best candidate`
      : 'fact table: no answer',
    `confidence ${trace.confidence} (lead ${trace.lead}), threshold ${trace.threshold}: ${trace.decision === 'abstain' ? "I don't know" : trace.decision === 'facts' ? "the fact table's answer" : 'the best candidate'}`,
  ];
  return lines.join('\n');
}
