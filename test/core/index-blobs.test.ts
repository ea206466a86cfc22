import { describe, expect, it } from 'vitest';
import { BlobWriter, joinBlobs, splitBlobs } from '../../src/core/index-blobs.ts';
import { decodeArray, encodeArray } from '../../src/core/packed-arrays.ts';

describe('index blobs (.json beside .bin)', () => {
  it('give back every byte array where it was, each at an aligned offset, the rest of the JSON as it was', () => {
    const value = {
      name: 'x',
      counts: encodeArray(Uint32Array.from([1, 2, 0xffffffff])),
      nested: { odd: Uint8Array.from([7, 8, 9]), list: [{ ids: encodeArray(Uint16Array.from([5, 6, 7])) }, 'plain', 3, null] },
      empty: new Uint8Array(0),
    };
    const { json, bin } = splitBlobs(value);
    expect(json).not.toMatch(/"counts":\{"0"/);
    const back = joinBlobs<typeof value>(JSON.parse(json), bin);
    expect(back.name).toBe('x');
    expect([...decodeArray(back.counts, Uint32Array)]).toEqual([1, 2, 0xffffffff]);
    expect([...back.nested.odd]).toEqual([7, 8, 9]);
    expect([...decodeArray((back.nested.list[0] as { ids: Uint8Array }).ids, Uint16Array)]).toEqual([5, 6, 7]);
    expect(back.nested.list.slice(1)).toEqual(['plain', 3, null]);
    expect(back.empty.byteLength).toBe(0);
    for (const ref of json.match(/"\$bytes":\[\d+/g)!) expect(Number(ref.split('[')[1]) % 8).toBe(0);
    // Views of the .bin, not copies.
    expect(back.counts.buffer).toBe(bin.buffer);
  });

  it('share one .bin among several JSON texts', () => {
    const writer = new BlobWriter();
    const a = writer.stringify({ b: Uint8Array.from([1]) });
    const b = writer.stringify({ b: Uint8Array.from([2, 3]) });
    const bin = writer.bytes();
    expect([...joinBlobs<{ b: Uint8Array }>(JSON.parse(a), bin).b]).toEqual([1]);
    expect([...joinBlobs<{ b: Uint8Array }>(JSON.parse(b), bin).b]).toEqual([2, 3]);
  });

  it('refuse a .bin too short for its references, and a malformed reference, with a clear message', () => {
    const { json, bin } = splitBlobs({ a: Uint8Array.from([1, 2, 3, 4]), b: Uint8Array.from([5, 6, 7, 8, 9]) });
    expect(() => joinBlobs(JSON.parse(json), bin.subarray(0, 10))).toThrow(/byte array \[8, 13\) lies outside the 10 bytes of its \.bin file/);
    expect(() => joinBlobs({ a: { $bytes: [0, -1] } }, bin)).toThrow(/malformed byte array reference/);
    expect(() => joinBlobs({ a: { $bytes: 'x' } }, bin)).toThrow(/malformed byte array reference/);
  });
});
