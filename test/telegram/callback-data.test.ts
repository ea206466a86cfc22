import { describe, expect, it } from 'vitest';
import { CALLBACK_DATA_LIMIT, CallbackCodec } from '../../src/telegram/callback-data.ts';

describe('CallbackCodec', () => {
  it('sends short values as they are, so buttons survive a restart', () => {
    const codec = new CallbackCodec();
    expect(codec.encode('p', '003_17e698370f9070bd#12')).toBe('p:003_17e698370f9070bd#12');
    expect(new CallbackCodec().decode('p:003_17e698370f9070bd#12')).toEqual({ prefix: 'p', value: '003_17e698370f9070bd#12' });
  });

  it('maps values over 64 bytes (counted in UTF-8) to a token', () => {
    const codec = new CallbackCodec();
    const question = 'Қазақстан мәдениет министрі кім және ол қашан тағайындалды?';
    const data = codec.encode('q', question);
    expect(Buffer.byteLength(`q:${question}`)).toBeGreaterThan(CALLBACK_DATA_LIMIT);
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(CALLBACK_DATA_LIMIT);
    expect(codec.encode('q', question)).toBe(data);
    expect(codec.decode(data)).toEqual({ prefix: 'q', value: question });
  });

  it('reports a token it does not hold as expired, and forgets the oldest beyond its capacity', () => {
    const codec = new CallbackCodec(2);
    const long = (n: number) => `${'x'.repeat(70)}${n}`;
    const first = codec.encode('p', long(1));
    codec.encode('p', long(2));
    codec.encode('p', long(3));
    expect(codec.decode(first)).toEqual({ prefix: 'p', expired: true });
    expect(codec.decode('garbage')).toBeNull();
    // A forgotten value gets a fresh token when encoded again.
    const again = codec.encode('p', long(1));
    expect(again).not.toBe(first);
    expect(codec.decode(again)).toEqual({ prefix: 'p', value: long(1) });
  });
});
