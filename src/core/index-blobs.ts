/**
 * An index file's byte arrays kept beside it: `X.json` holds the JSON with each Uint8Array replaced
 * by `{"$bytes":[offset,length]}`, `X.bin` the bytes, each array at an 8-byte aligned offset so a typed
 * array can view it where it lies. As base64 strings inside the JSON (schema 11 and before) they were
 * 50 MB of text at 10,000 articles to parse, decode and drop: garbage only a full collection freed,
 * which the resident memory of a ready bot carried.
 */

/** How a byte array is written in the JSON half. */
export interface BytesRef {
  $bytes: [offset: number, length: number];
}

const ALIGN = 8;

/**
 * Writes JSON texts whose byte arrays go to one shared .bin: `stringify` as often as the file has
 * parts (articles.json writes one article per line), then `bytes()` for the .bin.
 */
export class BlobWriter {
  private readonly parts: Uint8Array[] = [];
  private size = 0;

  /** JSON.stringify, each Uint8Array in `value` written as a BytesRef to its bytes. */
  stringify(value: unknown): string {
    return JSON.stringify(value, (_key, v: unknown) => {
      if (!(v instanceof Uint8Array)) return v;
      const at = Math.ceil(this.size / ALIGN) * ALIGN;
      if (at > this.size) this.parts.push(new Uint8Array(at - this.size));
      this.parts.push(v);
      this.size = at + v.byteLength;
      return { $bytes: [at, v.byteLength] } satisfies BytesRef;
    });
  }

  bytes(): Buffer {
    return Buffer.concat(this.parts, this.size);
  }
}

/** The JSON text of `value` and the bytes of every Uint8Array in it (see BlobWriter). */
export function splitBlobs(value: unknown): { json: string; bin: Buffer } {
  const writer = new BlobWriter();
  const json = writer.stringify(value);
  return { json, bin: writer.bytes() };
}

/**
 * Puts the byte arrays back into parsed JSON, in place: each as a view of `bin` (no copy). Throws
 * when a reference is malformed or points outside `bin` (a truncated or mismatched .bin).
 */
export function joinBlobs<T>(parsed: unknown, bin: Uint8Array): T {
  const resolve = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) if (v[i] !== null && typeof v[i] === 'object') v[i] = resolve(v[i]);
      return v;
    }
    const ref = (v as Partial<BytesRef>).$bytes;
    if (ref !== undefined) {
      const [at, length] = Array.isArray(ref) ? ref : [];
      if (!Number.isInteger(at) || !Number.isInteger(length) || at! < 0 || length! < 0) throw new Error(`malformed byte array reference ${JSON.stringify(ref)}`);
      if (at! + length! > bin.byteLength) throw new Error(`byte array [${at}, ${at! + length!}) lies outside the ${bin.byteLength} bytes of its .bin file (truncated?)`);
      return bin.subarray(at, at! + length!);
    }
    const o = v as Record<string, unknown>;
    for (const key in o) if (o[key] !== null && typeof o[key] === 'object') o[key] = resolve(o[key]);
    return o;
  };
  return resolve(parsed) as T;
}
