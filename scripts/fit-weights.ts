#!/usr/bin/env node
// Fits the answer scorer's weights on dumps written by scripts/qa-candidates.ts --dump, and prints them
// for WEIGHTS in src/core/qa/passage-answer.ts. Two fits: pairwise (a right candidate must outscore the
// wrong ones of its question: this orders candidates), then the bias alone, pointwise, so that the
// score reads as the chance the top candidate is right.
//   npx tsx scripts/fit-weights.ts dump1.jsonl dump2.jsonl ...
import { readFileSync } from 'node:fs';
import { sameAnswer, WEIGHTS } from '../src/core/qa/passage-answer.ts';

const FEATURES = ['coverage', 'year', 'typeFit', 'local', 'rank', 'redundancy', 'relation', 'fact', 'contains'] as const;
type Row = { q: string; rank: number; right: boolean; key?: string; type?: string; agrees?: number; disagrees?: number; features: Record<string, number> };
// --confidence-only: keep the product's WEIGHTS and fit the confidence alone.
const confidenceOnly = process.argv.includes('--confidence-only');
const rows: Row[] = process.argv.slice(2).filter((a) => !a.startsWith('--')).flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row)).filter((r) => r.rank >= 0);
const vec = (r: Row) => FEATURES.map((f) => r.features[f] ?? 0);
const byQ = new Map<string, Row[]>();
for (const r of rows) byQ.set(r.q, [...(byQ.get(r.q) ?? []), r]);
const pairs: number[][] = [];
for (const list of byQ.values()) {
  for (const good of list.filter((r) => r.right)) for (const bad of list.filter((r) => !r.right)) pairs.push(vec(good).map((v, i) => v - vec(bad)[i]!));
}
const w: number[] = new Array(FEATURES.length).fill(0);
const lambda = 0.05;
for (let epoch = 0; epoch < 3000; epoch++) {
  const grad = new Array(w.length).fill(0);
  for (const d of pairs) {
    const z = d.reduce((s, v, j) => s + v * w[j]!, 0);
    const p = 1 / (1 + Math.exp(-z));
    d.forEach((v, j) => (grad[j] += (p - 1) * v));
  }
  w.forEach((_, j) => (w[j]! -= (1 / pairs.length) * (grad[j] + lambda * w[j]!)));
}
if (confidenceOnly) FEATURES.forEach((f, j) => (w[j] = WEIGHTS[f]));
// Bias on the top candidate of each question: right or not (unanswerable questions count as wrong).
const tops = [...byQ.values()].map((list) => {
  const scored = list.map((r) => ({ r, z: vec(r).reduce((s, v, j) => s + v * w[j]!, 0) })).sort((a, b) => b.z - a.z);
  return scored[0]!;
});
let bias = 0;
for (let epoch = 0; epoch < 5000; epoch++) {
  let g = 0;
  for (const t of tops) g += 1 / (1 + Math.exp(-(t.z + bias))) - (t.r.right ? 1 : 0);
  bias -= (2 / tops.length) * g;
}
const round = (x: number) => Math.round(x * 100) / 100;
console.log(`${rows.length} candidates, ${pairs.length} pairs, ${tops.length} questions, top right ${tops.filter((t) => t.r.right).length}`);
console.log(`WEIGHTS = ${JSON.stringify(Object.fromEntries(FEATURES.map((f, j) => [f, round(w[j]!)])))}`);

// The product sets negative weights to 0 (a feature never counts against an answer): fit the confidence
// on the scores it computes.
w.forEach((v, j) => (w[j] = Math.max(0, v)));
// Confidence: the chance the top candidate is right, from its score, its lead over the next answer, the
// fact table's backing, its coverage, local coverage and type fit, and a prior per answer type (some
// types are harder: a "what" phrase is right less often than a place).
const TYPES = ['person', 'place', 'date', 'number', 'thing', 'event', 'org', 'role', 'statement'] as const;
const feat = (r: Row, z: number, lead: number) => [z, lead, r.agrees ?? 0, r.disagrees ?? 0, r.features.coverage ?? 0, r.features.local ?? 0, r.features.typeFit ?? 0, ...TYPES.map((t) => (r.type === t ? 1 : 0)), 1];
const conf = [...byQ.values()].map((list) => {
  const scored = list.map((r) => ({ r, z: vec(r).reduce((s, v, j) => s + v * w[j]!, 0) })).sort((a, b) => b.z - a.z);
  const top = scored[0]!;
  const rival = scored.slice(1).find((x) => !sameAnswer(top.r.key ?? '', x.r.key ?? ''));
  return { x: feat(top.r, top.z, Math.min(5, rival ? top.z - rival.z : 2)), y: top.r.right ? 1 : 0 };
}).filter((_, i) => [...byQ.values()][i]![0]!.type !== 'yesno');
// Newton's method with a ridge of 1 on the weights and 3 on the type priors (a few dozen questions per
// type), none on the bias: plain gradient steps crawl on scores of ~15.
const n = conf[0]!.x.length;
const c: number[] = new Array(n).fill(0);
for (let iter = 0; iter < 50; iter++) {
  const ridge = (i: number) => (i === n - 1 ? 1e-3 : i >= 7 ? 3 : 1);
  const g = c.map((v, i) => (i < n - 1 ? ridge(i) * v : 0));
  const h = c.map((_, i) => c.map((__, j) => (i === j ? ridge(i) : 0)));
  for (const { x, y } of conf) {
    const p = 1 / (1 + Math.exp(-x.reduce((s, v, j) => s + v * c[j]!, 0)));
    for (let i = 0; i < n; i++) {
      g[i]! += (p - y) * x[i]!;
      for (let j = 0; j < n; j++) h[i]![j]! += p * (1 - p) * x[i]! * x[j]!;
    }
  }
  const step = solve(h, g);
  for (let i = 0; i < n; i++) c[i]! -= step[i]!;
}

/** Gauss-Jordan elimination for the small Newton system. */
function solve(m: number[][], v: number[]): number[] {
  const n = v.length;
  const a = m.map((row, i) => [...row, v[i]!]);
  for (let i = 0; i < n; i++) {
    const p = a[i]![i]!;
    for (let j = i; j <= n; j++) a[i]![j]! /= p;
    for (let k = 0; k < n; k++) if (k !== i) {
      const f = a[k]![i]!;
      for (let j = i; j <= n; j++) a[k]![j]! -= f * a[i]![j]!;
    }
  }
  return a.map((row) => row[n]!);
}
console.log(`CONFIDENCE = ${JSON.stringify({ score: round(c[0]!), lead: round(c[1]!), agree: round(c[2]!), disagree: round(c[3]!), coverage: round(c[4]!), local: round(c[5]!), typeFit: round(c[6]!), bias: round(c[n - 1]!), type: Object.fromEntries(TYPES.map((t, i) => [t, round(c[7 + i]!)])) })}`);
// Precision and answers given at each threshold, pooled over the sets.
const probs = conf.map(({ x, y }) => ({ p: 1 / (1 + Math.exp(-x.reduce((s, v, j) => s + v * c[j]!, 0))), y })).sort((a, b) => b.p - a.p);
for (const t of [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95]) {
  const given = probs.filter((q) => q.p >= t);
  const right = given.filter((q) => q.y).length;
  console.log(`  threshold ${t}: ${given.length} answered, ${right} right, precision ${given.length ? ((100 * right) / given.length).toFixed(1) : '-'}%`);
}
