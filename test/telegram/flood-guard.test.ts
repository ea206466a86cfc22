import { describe, expect, it } from 'vitest';
import { FloodGate } from '../../src/telegram/flood-guard.ts';

describe('FloodGate', () => {
  it('allows max messages per window, warns once, then drops until the window has room', () => {
    const gate = new FloodGate({ max: 3, windowMs: 1000 });
    const verdicts = [0, 10, 20, 30, 40, 50].map((t) => gate.check(1, t));
    expect(verdicts).toEqual(['ok', 'ok', 'ok', 'warn', 'drop', 'drop']);
    // Dropped messages do not extend the silence: the first accepted one leaves the window at t=1000.
    expect(gate.check(1, 1000)).toBe('ok');
    // Still flooding in the next window: one more warning, then silence again.
    expect(gate.check(1, 1001)).toBe('warn');
    expect(gate.check(1, 1005)).toBe('drop');
    expect(gate.check(1, 1010)).toBe('ok');
  });

  it('counts each user separately', () => {
    const gate = new FloodGate({ max: 1, windowMs: 1000 });
    expect(gate.check(1, 0)).toBe('ok');
    expect(gate.check(2, 0)).toBe('ok');
    expect(gate.check(1, 1)).toBe('warn');
  });
});
