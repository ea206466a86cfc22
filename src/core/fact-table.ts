import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import type { Fact, FactKind } from './types.ts';
import { grown } from './packed-arrays.ts';
import type { StoredFact } from './stored-facts.ts';

/**
 * The fact table (Knowledge.facts): the facts by position (the fact index's keys), each one's kind
 * known without reading the fact, and all of them in order.
 *
 * A loaded index reads facts lazily (StoredFactTable): facts.json's bytes are kept and a fact is parsed
 * from its line only when first read, then kept. A question reads a few hundred of the 117,000 facts
 * at 10,000 articles (1.17 million at 100,000); parsing them all at load was a fifth of the load and
 * most of the heap the bot kept. A table made in memory (buildIndex, tests) is an array (factTable).
 * No Proxy and no array look-alike: factCandidates reads `kindAt` and `at` in loops over up to
 * 100,000 positions, and reading the kind first makes no fact of a kind the question cannot use.
 */
export interface FactTable extends Iterable<Fact> {
  readonly length: number;
  /** The fact at position i, 0 <= i < length (a RangeError otherwise). */
  at(i: number): Fact;
  /** The kind of the fact at position i, known without making the fact. */
  kindAt(i: number): FactKind;
  /** How many sources the fact at position i has; a loaded table knows it for roles without making them. */
  sourceCountAt(i: number): number;
}

/** Every fact kind with its code in a StoredFactTable: a Record, so a kind added to FactKind must be listed. */
const KIND_CODES: Record<FactKind, number> = {
  role: 0,
  event: 1,
  capital: 2,
  founding: 3,
  decision: 4,
  proposal: 5,
  figure: 6,
  partnership: 7,
  topic: 8,
  purpose: 9,
  statement: 10,
  performance: 11,
  award: 12,
};
const KINDS: FactKind[] = [];
for (const [kind, code] of Object.entries(KIND_CODES)) KINDS[code] = kind as FactKind;
const KIND_OF_NAME = new Map(Object.entries(KIND_CODES));

/** A fact table over facts already made; it reads the array as it is, so an array that grows is a table that grows. */
export function factTable(facts: readonly Fact[]): FactTable {
  return new FactArray(facts);
}

class FactArray implements FactTable {
  constructor(private readonly facts: readonly Fact[]) {}

  get length(): number {
    return this.facts.length;
  }

  at(i: number): Fact {
    const f = this.facts[i];
    if (f === undefined) throw new RangeError(`fact ${i} of ${this.facts.length}`);
    return f;
  }

  kindAt(i: number): FactKind {
    return this.at(i).kind;
  }

  sourceCountAt(i: number): number {
    return this.at(i).sources.length;
  }

  [Symbol.iterator](): Iterator<Fact> {
    return this.facts[Symbol.iterator]();
  }
}

const LINE = 0x0a;
const COMMA = 0x2c;
const QUOTE = 0x22;
const OPEN = 0x7b;
const CLOSE = 0x7d;
const KIND_KEY = Buffer.from('"kind":"', 'latin1');

/**
 * The facts of index/facts.json, made when read. The file is a JSON array with one fact per line
 * (build-index.ts): each line's bounds and kind are found at load from its bytes (no string, no parse),
 * and the lines' shape checked ("[", then "{...}," and a last "{...}", then "]"). A fact is JSON.parse
 * of its line and `restore` (the sources put back), made on first read and kept. A line that does not
 * parse, or whose kind is not the one read at load, is `corrupted` (an IndexError from the caller),
 * never a raw SyntaxError in the middle of a question.
 */
export class StoredFactTable implements FactTable {
  readonly length: number;
  /** The facts made so far, by position (sparse). */
  private readonly made: (Fact | undefined)[];

  private constructor(
    /** The text of bytes [start, end) of facts.json: from memory, or read from the file (`open`). */
    private readonly textOf: (start: number, end: number) => string,
    private readonly starts: Uint32Array,
    private readonly ends: Uint32Array,
    private readonly kinds: Uint8Array,
    /** Sources per fact as read from its line at load, for role facts (the suggestions rank them so); UNCOUNTED otherwise. */
    private readonly sourceCounts: Uint16Array,
    private readonly restore: (stored: StoredFact) => Fact,
    private readonly corrupted: (message: string) => Error,
  ) {
    this.length = starts.length;
    this.made = new Array<Fact | undefined>(this.length);
  }

  /** Reads the lines of facts.json's bytes, and keeps the bytes; `corrupted` makes the error thrown for a file not as written. */
  static read(bytes: Buffer, restore: (stored: StoredFact) => Fact, corrupted: (message: string) => Error): StoredFactTable {
    const { starts, ends, kinds, sourceCounts } = scanLines(bytes, corrupted);
    return new StoredFactTable((start, end) => bytes.toString('utf8', start, end), starts, ends, kinds, sourceCounts, restore, corrupted);
  }

  /**
   * Reads the lines of the facts.json at `path` once, then keeps only their bounds and kinds and an open
   * file: a fact's line is read from the file when the fact is first made. At 100,000 articles the file
   * is 284 MB, kept in memory the largest single thing a loaded bot held; a question makes a few
   * hundred facts (1,600 at the 99th percentile), each one read of a few hundred bytes from the page
   * cache. The file is kept open, so an index rebuilt beside it (files renamed into place) does not
   * change what it reads; the descriptor is closed when the table is collected (a reload).
   */
  static open(path: string, restore: (stored: StoredFact) => Fact, corrupted: (message: string) => Error): StoredFactTable {
    const fd = openSync(path, 'r');
    try {
      const { starts, ends, kinds, sourceCounts } = scanLines(readFileSync(fd), corrupted);
      let buffer = Buffer.allocUnsafe(4096);
      const textOf = (start: number, end: number): string => {
        const length = end - start;
        if (length > buffer.length) buffer = Buffer.allocUnsafe(length);
        const got = readSync(fd, buffer, 0, length, start);
        if (got !== length) throw corrupted(`ends before byte ${end}: changed since it was loaded`);
        return buffer.toString('utf8', 0, length);
      };
      const table = new StoredFactTable(textOf, starts, ends, kinds, sourceCounts, restore, corrupted);
      closeWhenCollected.register(table, fd);
      return table;
    } catch (err) {
      closeSync(fd);
      throw err;
    }
  }


  at(i: number): Fact {
    const f = this.made[i];
    return f !== undefined ? f : this.make(i);
  }

  kindAt(i: number): FactKind {
    const code = this.kinds[i];
    if (code === undefined) throw new RangeError(`fact ${i} of ${this.length}`);
    return KINDS[code]!;
  }

  sourceCountAt(i: number): number {
    const made = this.made[i];
    if (made !== undefined) return made.sources.length;
    const counted = this.sourceCounts[i];
    if (counted === undefined) throw new RangeError(`fact ${i} of ${this.length}`);
    return counted !== UNCOUNTED ? counted : this.at(i).sources.length;
  }

  *[Symbol.iterator](): Iterator<Fact> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }

  /** How many facts were made so far (for tests and measurements). */
  get madeCount(): number {
    let n = 0;
    for (const f of this.made) if (f !== undefined) n++;
    return n;
  }

  private make(i: number): Fact {
    if (!(i >= 0 && i < this.length)) throw new RangeError(`fact ${i} of ${this.length}`);
    let stored: StoredFact;
    try {
      stored = JSON.parse(this.textOf(this.starts[i]!, this.ends[i]!)) as StoredFact;
    } catch (err) {
      throw this.corrupted(`line ${i + 2} is not valid JSON (${(err as Error).message})`);
    }
    if (stored === null || typeof stored !== 'object' || stored.kind !== this.kindAt(i) || !Array.isArray(stored.sources)) throw this.corrupted(`line ${i + 2} is not the ${this.kindAt(i)} fact read at load`);
    const f = this.restore(stored);
    this.made[i] = f;
    return f;
  }
}

/**
 * Where `"kind":"` starts in bytes [from, end), or -1. A JS loop: the key is some 25 bytes into the
 * line (after the id), nearer than a native search's call costs.
 */
function kindKey(bytes: Buffer, from: number, end: number): number {
  const last = end - KIND_KEY.length;
  outer: for (let p = from; p <= last; p++) {
    if (bytes[p] !== QUOTE) continue;
    for (let j = 1; j < KIND_KEY.length; j++) if (bytes[p + j] !== KIND_KEY[j]) continue outer;
    return p;
  }
  return -1;
}

/** Whether the bytes at `at` are `name` followed by the closing quote. */
function sameName(bytes: Buffer, at: number, name: Uint8Array): boolean {
  if (name.length === 0) return false;
  for (let j = 0; j < name.length; j++) if (bytes[at + j] !== name[j]) return false;
  return bytes[at + name.length] === QUOTE;
}

/** Each line's bounds and kind in facts.json's bytes, and its shape checked (see StoredFactTable). */
function scanLines(bytes: Buffer, corrupted: (message: string) => Error): { starts: Uint32Array; ends: Uint32Array; kinds: Uint8Array; sourceCounts: Uint16Array } {
  if (bytes.length >= 2 ** 32) throw corrupted(`is ${bytes.length} bytes, more than a fact table reads`);
  if (bytes[0] !== 0x5b || bytes[1] !== LINE) throw corrupted('does not open with "[" on a line of its own');
  let starts = new Uint32Array(1024);
  let ends = new Uint32Array(1024);
  let kinds = new Uint8Array(1024);
  let n = 0;
  let pos = 2;
  // The kind of the line before: facts.json is sorted by kind, so it is mostly this one again.
  let lastCode = -1;
  let lastName: Uint8Array = new Uint8Array(0);
  // An empty table is written "[", an empty line, "]".
  if (bytes[pos] === LINE && bytes[pos + 1] === 0x5d) pos++;
  else {
    for (;;) {
      const nl = bytes.indexOf(LINE, pos);
      if (nl < 0) throw corrupted(`line ${n + 2} does not end`);
      const more = bytes[nl - 1] === COMMA;
      const end = more ? nl - 1 : nl;
      if (end - pos < 2 || bytes[pos] !== OPEN || bytes[end - 1] !== CLOSE) throw corrupted(`line ${n + 2} is not one fact ({...})`);
      const key = kindKey(bytes, pos, end);
      if (key < 0) throw corrupted(`line ${n + 2} has no kind`);
      const at = key + KIND_KEY.length;
      let code = lastCode;
      if (!sameName(bytes, at, lastName)) {
        const close = bytes.indexOf(QUOTE, at);
        const name = bytes.toString('latin1', at, close < 0 ? at : close);
        const known = KIND_OF_NAME.get(name);
        if (close < 0 || close >= end || known === undefined) throw corrupted(`line ${n + 2} has an unknown kind`);
        code = known;
        lastCode = known;
        lastName = bytes.subarray(at, close);
      }
      if (n === starts.length) {
        starts = grown(starts);
        ends = grown(ends);
        kinds = grown(kinds);
      }
      starts[n] = pos;
      ends[n] = end;
      kinds[n] = code;
      n++;
      pos = nl + 1;
      if (!more) break;
    }
  }
  if (bytes[pos] !== 0x5d || bytes[pos + 1] !== LINE || pos + 2 !== bytes.length) throw corrupted(`line ${n + 2} is not the closing "]" that ends the file`);
  const sourceCounts = new Uint16Array(n).fill(UNCOUNTED);
  for (let i = 0; i < n; i++) if (kinds[i] === KIND_CODES.role) sourceCounts[i] = positionsListed(bytes, starts[i]!, ends[i]!);
  return { starts: starts.slice(0, n), ends: ends.slice(0, n), kinds: kinds.slice(0, n), sourceCounts };
}

/** A source count not read at load: the fact is made to count them. */
const UNCOUNTED = 0xffff;

/**
 * How many sources a fact's line lists when they are all sentence positions (`"sources":[12,40]}` at
 * its end, as build-index.ts writes them), read backwards from the end; UNCOUNTED when the list holds
 * anything else (a source written out as an object) or is not last.
 */
function positionsListed(bytes: Buffer, start: number, end: number): number {
  if (bytes[end - 1] !== CLOSE || bytes[end - 2] !== 0x5d) return UNCOUNTED;
  let p = end - 3;
  if (bytes[p] === 0x5b) return isSourcesKey(bytes, p) ? 0 : UNCOUNTED;
  let count = 1;
  for (; p > start; p--) {
    const b = bytes[p]!;
    if (b === COMMA) count++;
    else if (b === 0x5b) break;
    else if (b < 0x30 || b > 0x39) return UNCOUNTED;
  }
  return isSourcesKey(bytes, p) && count < UNCOUNTED ? count : UNCOUNTED;
}

const SOURCES_KEY = Buffer.from('"sources":', 'latin1');

/** Whether the "[" at `open` follows the key "sources". */
function isSourcesKey(bytes: Buffer, open: number): boolean {
  const from = open - SOURCES_KEY.length;
  if (from < 0) return false;
  for (let j = 0; j < SOURCES_KEY.length; j++) if (bytes[from + j] !== SOURCES_KEY[j]) return false;
  return true;
}

/** Closes a table's file when the table is collected (a reloaded knowledge drops the old one). */
const closeWhenCollected = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // Already closed: nothing to release.
  }
});
