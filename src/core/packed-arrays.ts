/**
 * Typed arrays as base64 strings inside the index's JSON files: a load is a JSON.parse of a few long
 * strings and a decode, where arrays of numbers in JSON cost a parse per element and a boxed number each.
 * Little-endian, as the machines we run on are.
 */
export type PackedArray = Uint32Array | Uint16Array;

export function encodeArray(a: PackedArray): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}

export function decodeArray<T extends PackedArray>(s: string, Type: { new (b: ArrayBuffer, o: number, n: number): T; BYTES_PER_ELEMENT: number }): T {
  const bytes = Buffer.from(s, 'base64');
  // A copy into an aligned buffer of its own: a Buffer may sit at any offset of a shared pool.
  const own = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(own).set(bytes);
  if (bytes.byteLength % Type.BYTES_PER_ELEMENT !== 0) throw new Error('index array has a partial element');
  return new Type(own, 0, bytes.byteLength / Type.BYTES_PER_ELEMENT);
}
