#!/usr/bin/env node
// Measurement, not a test: for each question of a visible set, where the answer stands among the
// retrieved sentences and the scored candidates. Prints retrieval recall, the rank of the first right
// candidate, and (with --dump FILE) every candidate's features with a right/wrong label for fitting.
//
//   npx tsx scripts/qa-candidates.ts --set ../shared/qa/articles-3.jsonl --index DIR [--verbose] [--dump out.jsonl]
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadKnowledge } from '../src/core/load-knowledge.ts';
import { structureQuestion } from '../src/core/qa/structured-query.ts';
import { answerCandidates, retrieve } from '../src/core/qa/passage-answer.ts';
import { factSupport, questionFacts } from '../src/core/qa/fact-support.ts';
import { answerWithTrace } from '../src/core/qa/answer.ts';

const { values } = parseArgs({ options: { set: { type: 'string' }, index: { type: 'string', default: 'index' }, verbose: { type: 'boolean', default: false }, dump: { type: 'string' } } });
const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s+/g, ' ');
const knowledge = loadKnowledge(values.index!);
const cases = readFileSync(values.set!, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { q: string; expect?: string[][]; source?: string[]; found?: boolean; date?: string });
let answerable = 0, retrievedTop5 = 0, retrievedAll = 0, first = 0, top5 = 0, anywhere = 0;
const dump: string[] = [];
for (const c of cases) {
  const q = structureQuestion(c.q, knowledge);
  const r = retrieve(q, knowledge);
  const cands = answerCandidates(q, knowledge, r, factSupport(q, questionFacts(q, knowledge)));
  const rightText = (t: string) => (c.expect ?? []).length > 0 && (c.expect ?? []).every((g) => g.some((p) => fold(t).includes(fold(p))));
  const rightAny = (t: string) => (c.expect ?? []).some((g) => g.some((p) => fold(t).includes(fold(p))));
  const fromSource = (id: string) => !c.source || c.source.includes(id.slice(0, id.lastIndexOf('#')));
  // A question that names only a date ("expect": [], "date": ...) is answered by that date.
  const dateRight = (cand: (typeof cands)[number]) => !c.date || (c.expect?.length ?? 0) > 0 || (cand.kind === 'date' && cand.text === c.date);
  const ok = (cand: (typeof cands)[number]) => c.found !== false && cand.support.slice(0, 4).some(fromSource) && (c.expect?.length ? rightAny(cand.text) : Boolean(c.date)) && dateRight(cand);
  if (c.found !== false && (c.expect?.length || c.date)) {
    answerable++;
    const inR = r.findIndex((x) => fromSource(x.sentence.id) && (c.expect?.length ? rightAny(x.sentence.text) : true));
    if (inR >= 0) retrievedAll++;
    if (inR >= 0 && inR < 5) retrievedTop5++;
    const at = cands.findIndex(ok);
    if (at === 0) first++;
    if (at >= 0 && at < 5) top5++;
    if (at >= 0) anywhere++;
    if (values.verbose && at !== 0) {
      console.log(`${c.q}\n  type ${q.type} (${q.rule}) head=${q.headNoun ?? '-'} list=${q.list} terms=${q.analysis.terms.join(',')} names=${[...q.analysis.anchors, ...q.analysis.persons].join(',')}\n  retrieved@${inR} right@${at}`);
      for (const x of cands.slice(0, 4)) console.log(`    ${x.score.toFixed(2)} ${x.kind} ${JSON.stringify(x.text.slice(0, 70))} ${ok(x) ? 'RIGHT' : ''} ${JSON.stringify(x.features)}`);
      if (at > 0) console.log(`    right: ${cands[at]!.score.toFixed(2)} ${JSON.stringify(cands[at]!.text)} ${JSON.stringify(cands[at]!.features)}`);
    }
  } else if (values.verbose && c.found === false && cands[0]) {
    console.log(`UNANSWERABLE ${c.q}\n    ${cands[0].score.toFixed(2)} ${cands[0].kind} ${JSON.stringify(cands[0].text.slice(0, 70))} ${JSON.stringify(cands[0].features)}`);
  }
  // Whether the fact table's answer agrees with the best candidate, as answerWithTrace decides it.
  const facts = answerWithTrace(knowledge, c.q).trace?.facts;
  const agrees = facts?.agrees ? facts.coverage : 0;
  // What the product counts against the best candidate: not a fact giving another kind of thing.
  const disagrees = facts?.against ?? 0;
  cands.slice(0, 30).forEach((x, i) => dump.push(JSON.stringify({ q: c.q, rank: i, right: ok(x), unanswerable: c.found === false, kind: x.kind, key: x.key, type: q.type, features: x.features, agrees, disagrees })));
}
const pct = (n: number) => `${((100 * n) / Math.max(1, answerable)).toFixed(0)}%`;
console.log(`${values.set!.split('/').pop()}: ${answerable} answerable; retrieval recall top5 ${pct(retrievedTop5)}, top40 ${pct(retrievedAll)}; right candidate first ${pct(first)}, top5 ${pct(top5)}, anywhere ${pct(anywhere)}`);
if (values.dump) writeFileSync(values.dump, dump.join('\n') + '\n');
