import { describe, expect, it } from 'vitest';
import { decodeArray, decodeRun, decodeRuns, encodeArray, encodeRuns, grown, runByteStarts } from '../../src/core/packed-arrays.ts';

describe('packed arrays', () => {
  it('give back typed arrays as they were', () => {
    const a = Uint32Array.from([0, 1, 0xffffffff, 42]);
    expect([...decodeArray(encodeArray(a), Uint32Array)]).toEqual([...a]);
    const b = Int32Array.from([-5, 0, 7]);
    expect([...decodeArray(encodeArray(b), Int32Array)]).toEqual([...b]);
    expect(() => decodeArray(Uint8Array.from([1, 2, 3]), Uint32Array)).toThrow(/partial element/);
    // Bytes at an offset a Uint32Array cannot view are copied, with the same values.
    const shifted = new Uint8Array(17);
    shifted.set(encodeArray(a), 1);
    const copied = decodeArray(shifted.subarray(1), Uint32Array);
    expect([...copied]).toEqual([...a]);
    expect(copied.buffer).not.toBe(shifted.buffer);
    // Aligned bytes are viewed where they lie.
    const aligned = new Uint8Array(20);
    aligned.set(encodeArray(a), 4);
    expect(decodeArray(aligned.subarray(4), Uint32Array).buffer).toBe(aligned.buffer);
  });

  it('give back ascending runs as they were, and refuse runs that do not fit their starts', () => {
    let seed = 11;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    for (let round = 0; round < 50; round++) {
      const runs = Array.from({ length: rand(6) }, () => [...new Set(Array.from({ length: rand(40) }, () => rand(round % 2 ? 300 : 5_000_000)))].sort((x, y) => x - y));
      const starts = new Uint32Array(runs.length + 1);
      runs.forEach((r, i) => (starts[i + 1] = starts[i]! + r.length));
      const values = Int32Array.from(runs.flat());
      const encoded = encodeRuns(values, starts);
      expect([...decodeRuns(encoded, starts)]).toEqual([...values]);
      if (round % 2) expect([...decodeRuns(encoded, starts, Uint16Array)]).toEqual([...values]);
      // One run at a time, as loaded postings are read.
      const bytes = encoded;
      const at = runByteStarts(bytes, starts);
      runs.forEach((run, r) => expect([...decodeRun(bytes, at[r]!, run.length)]).toEqual(run));
      if (values.length > 1) {
        const fewer = starts.slice();
        fewer[fewer.length - 1]!--;
        expect(() => decodeRuns(encoded, fewer)).toThrow(/varint run/);
        expect(() => runByteStarts(encoded, fewer)).toThrow(/varint run/);
        const more = starts.slice();
        more[more.length - 1]!++;
        expect(() => runByteStarts(encoded, more)).toThrow(/varint runs end early/);
      }
    }
    expect(() => encodeRuns(Int32Array.from([3, 2]), Uint32Array.from([0, 2]))).toThrow(/not ascending/);
  });
});

describe('grown', () => {
  it('keeps an array long enough, and otherwise doubles it (at least 1,024 entries) with its entries kept', () => {
    const a = Int32Array.from([1, 2, 3]);
    expect(grown(a, 3)).toBe(a);
    const b = grown(a);
    expect(b).toBeInstanceOf(Int32Array);
    expect(b.length).toBe(1024);
    expect([...b.subarray(0, 3)]).toEqual([1, 2, 3]);
    const c = grown(new Float64Array(1024).fill(0.5), 5000);
    expect(c.length).toBe(8192);
    expect(c[1023]).toBe(0.5);
    expect(c[1024]).toBe(0);
  });
});
