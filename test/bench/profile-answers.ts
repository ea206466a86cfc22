/**
 * Where the answer path spends its time: loads an index kept by `npm run bench -- --work DIR`, gets
 * ready as main.ts does, then answers the benchmark questions under the V8 CPU profiler and prints the
 * functions with the most self time and the most total (inclusive) time, with their share of the
 * answering time.
 *
 *   npx tsx test/bench/profile-answers.ts bench-results/work/10000-s42-g2 [--top 25] [--questions N] [--ready]
 */
import { Session } from 'node:inspector/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BenchQuestion } from './bench-questions.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

async function main(argv: string[]): Promise<void> {
  const dir = argv[0];
  if (!dir) throw new Error('usage: profile-answers.ts WORK_DIR [--top N] [--questions N]');
  const top = Number(argv[argv.indexOf('--top') + 1] ?? 25) || 25;
  const qFile = readdirSync(dir).filter((f) => f.startsWith('questions-')).sort().pop();
  if (!qFile) throw new Error(`profile: no questions file in ${dir}`);
  let questions = (JSON.parse(readFileSync(join(dir, qFile), 'utf8')) as { measured: BenchQuestion[] }).measured;
  if (argv.includes('--questions')) questions = questions.slice(0, Number(argv[argv.indexOf('--questions') + 1]));
  const { loadKnowledge } = await import('../../src/core/load-knowledge.ts');
  const { answerQuestion, warmUp } = await import('../../src/core/qa/index.ts');
  const ready = argv.includes('--ready');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  // --ready: profile getting ready (loadKnowledge + warmUp) instead of the answers.
  if (ready) await session.post('Profiler.start');
  const t0 = performance.now();
  const knowledge = loadKnowledge(join(dir, 'index'));
  warmUp(knowledge);
  const readyMs = performance.now() - t0;
  if (!ready) await session.post('Profiler.start');
  const t = performance.now();
  if (!ready) for (const q of questions) answerQuestion(knowledge, q.text);
  const ms = performance.now() - t;
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
  session.disconnect();

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const root = process.cwd();
  const label = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url ? `${relative(root, n.callFrame.url.replace('file://', ''))}:${n.callFrame.lineNumber + 1}` : ''}`.trim();
  const selfBy = new Map<string, number>();
  const totalBy = new Map<string, number>();
  for (const [id, us] of self) {
    const node = byId.get(id)!;
    selfBy.set(label(node), (selfBy.get(label(node)) ?? 0) + us);
    // Inclusive time: once per function on the stack (recursion counted once).
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const l = label(byId.get(cur)!);
      if (seen.has(l)) continue;
      seen.add(l);
      totalBy.set(l, (totalBy.get(l) ?? 0) + us);
    }
  }
  const all = [...self.values()].reduce((a, b) => a + b, 0);
  const show = (title: string, m: Map<string, number>) => {
    process.stdout.write(`\n${title}\n`);
    for (const [l, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`${((us / all) * 100).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${l}\n`);
  };
  if (ready) process.stdout.write(`ready (loadKnowledge + warmUp) in ${Math.round(readyMs)} ms, ${knowledge.sentences.size} sentences\n`);
  else process.stdout.write(`${questions.length} questions in ${Math.round(ms)} ms (${(ms / questions.length).toFixed(1)} ms each), ${knowledge.sentences.size} sentences\n`);
  show('self time', selfBy);
  show('total time (inclusive)', totalBy);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
