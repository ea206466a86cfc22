/**
 * Typed arrays as bytes for the index's .bin files (index-blobs.ts): a load views them where they lie,
 * where arrays of numbers in JSON cost a parse per element and a boxed number each. Little-endian, as
 * the machines we run on are.
 */
export type PackedArray = Uint32Array | Int32Array | Uint16Array;

/** The array's bytes (a view, not a copy). */
export function encodeArray(a: PackedArray): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

/** The bytes as a typed array: a view when they are aligned for it (index-blobs.ts aligns them), else a copy. */
export function decodeArray<T extends PackedArray>(bytes: Uint8Array, Type: { new (b: ArrayBuffer, o: number, n: number): T; BYTES_PER_ELEMENT: number }): T {
  if (bytes.byteLength % Type.BYTES_PER_ELEMENT !== 0) throw new Error('index array has a partial element');
  const n = bytes.byteLength / Type.BYTES_PER_ELEMENT;
  if (bytes.byteOffset % Type.BYTES_PER_ELEMENT === 0) return new Type(bytes.buffer as ArrayBuffer, bytes.byteOffset, n);
  const own = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(own).set(bytes);
  return new Type(own, 0, n);
}

/**
 * Ascending runs of non-negative integers (postings), each run delta-coded from 0 and written as
 * LEB128 varints: a posting takes a byte or two where a raw Int32 takes four (at 10,000
 * articles the fact index is 7 MB so, 32 MB raw). `starts` has runs + 1 entries: run r is
 * values[starts[r], starts[r + 1]).
 */
export function encodeRuns(values: Int32Array, starts: Uint32Array): Uint8Array {
  let bytes = new Uint8Array(Math.max(16, values.length * 2));
  let at = 0;
  for (let r = 0; r + 1 < starts.length; r++) {
    let prev = 0;
    for (let i = starts[r]!; i < starts[r + 1]!; i++) {
      let d = values[i]! - prev;
      if (d < 0 || (d === 0 && i > starts[r]!)) throw new Error(`index: run ${r} is not ascending at ${i}`);
      prev = values[i]!;
      if (at + 5 > bytes.length) bytes = grown(bytes, at + 5);
      while (d >= 0x80) {
        bytes[at++] = (d & 0x7f) | 0x80;
        d >>>= 7;
      }
      bytes[at++] = d;
    }
  }
  return bytes.subarray(0, at);
}

/** `Type`: the array decoded into (Uint16Array where every value fits 16 bits: half the memory). */
export function decodeRuns<T extends Int32Array | Uint16Array = Int32Array>(bytes: Uint8Array, starts: Uint32Array, Type: { new (n: number): T } = Int32Array as unknown as { new (n: number): T }): T {
  const out = new Type(starts[starts.length - 1] ?? 0);
  let at = 0;
  for (let r = 0; r + 1 < starts.length; r++) {
    if (starts[r + 1]! < starts[r]!) throw new Error('index: varint run starts go backwards');
    let prev = 0;
    for (let i = starts[r]!; i < starts[r + 1]!; i++) {
      let d = 0;
      let shift = 0;
      let b: number;
      do {
        if (at >= bytes.length) throw new Error('index: varint runs end early');
        b = bytes[at++]!;
        d |= (b & 0x7f) << shift;
        shift += 7;
      } while (b & 0x80);
      out[i] = prev += d;
    }
  }
  if (at !== bytes.length) throw new Error('index: varint runs hold more than their starts say');
  return out;
}

/**
 * Where each run of encodeRuns' output starts, in bytes (starts.length entries, the last its length),
 * for reading one run at a time (decodeRun) without decoding the others. Refuses bytes that do not
 * hold exactly the runs `starts` says, as decodeRuns does.
 */
export function runByteStarts(bytes: Uint8Array, starts: Uint32Array): Uint32Array {
  const out = new Uint32Array(starts.length);
  let at = 0;
  for (let r = 0; r + 1 < starts.length; r++) {
    if (starts[r + 1]! < starts[r]!) throw new Error('index: varint run starts go backwards');
    out[r] = at;
    for (let n = starts[r + 1]! - starts[r]!; n > 0; n--) {
      while (at < bytes.length && bytes[at]! & 0x80) at++;
      if (at >= bytes.length) throw new Error('index: varint runs end early');
      at++;
    }
  }
  if (at !== bytes.length) throw new Error('index: varint runs hold more than their starts say');
  if (starts.length) out[starts.length - 1] = at;
  return out;
}

/** One run of encodeRuns' output: `count` values from byte `from` (see runByteStarts). */
export function decodeRun(bytes: Uint8Array, from: number, count: number): Int32Array {
  const out = new Int32Array(count);
  let at = from;
  let prev = 0;
  for (let i = 0; i < count; i++) {
    let d = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[at++]!;
      d |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    out[i] = prev += d;
  }
  return out;
}

type GrowableArray = Uint8Array | Uint32Array | Int32Array | Float64Array;

/**
 * `a` when it holds at least `atLeast` entries; else an array of its type twice as long (or more,
 * doubling until it holds them, at least 1,024), with `a`'s entries copied to its start.
 */
export function grown<T extends GrowableArray>(a: T, atLeast: number = a.length + 1): T {
  if (a.length >= atLeast) return a;
  let size = Math.max(1024, a.length * 2);
  while (size < atLeast) size *= 2;
  const out = new (a.constructor as new (n: number) => T)(size);
  out.set(a as never);
  return out;
}
