import { describe, expect, it } from 'vitest';
import { firstOf } from '../../../src/core/qa/compose-answer.ts';

describe('firstOf', () => {
  it('gives what a stable sort puts first, ties to the earliest, for any order of the items', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const cmp = (a: { k: number; id: string }, b: { k: number; id: string }) => b.k - a.k || a.id.localeCompare(b.id);
    const byKeyOnly = (a: { k: number }, b: { k: number }) => b.k - a.k;
    for (let round = 0; round < 200; round++) {
      const items = Array.from({ length: rand(12) }, (_, i) => ({ k: rand(4), id: `f${rand(5)}`, at: i }));
      expect(firstOf(items, cmp)).toBe([...items].sort(cmp)[0]);
      expect(firstOf(items, byKeyOnly)).toBe([...items].sort(byKeyOnly)[0]);
    }
    expect(firstOf([], cmp)).toBeUndefined();
  });
});
