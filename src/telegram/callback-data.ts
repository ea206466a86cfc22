/**
 * Inline-button payloads. Telegram allows 64 bytes of callback_data; a payload that fits is sent as
 * `prefix:value`, a longer one (an operator's long article id, an example question) as `prefix#token`
 * with the value kept here. Tokens live in memory only: after a restart such a button says it expired.
 */
export const CALLBACK_DATA_LIMIT = 64;

export type DecodedCallback = { prefix: string; value: string } | { prefix: string; expired: true };

export class CallbackCodec {
  private readonly values = new Map<string, string>();
  private readonly tokens = new Map<string, string>();
  private next = 0;

  constructor(private readonly capacity = 5000) {}

  encode(prefix: string, value: string): string {
    const direct = `${prefix}:${value}`;
    if (Buffer.byteLength(direct, 'utf8') <= CALLBACK_DATA_LIMIT) return direct;
    const key = `${prefix}\u0000${value}`;
    let token = this.tokens.get(key);
    if (!token) {
      token = (this.next++).toString(36);
      this.tokens.set(key, token);
      this.values.set(`${prefix}#${token}`, value);
      this.evictOldest();
    }
    return `${prefix}#${token}`;
  }

  decode(data: string): DecodedCallback | null {
    const m = /^([a-z]+)([:#])([\s\S]*)$/.exec(data);
    if (!m) return null;
    const [, prefix, kind, rest] = m as unknown as [string, string, string, string];
    if (kind === ':') return { prefix, value: rest };
    const value = this.values.get(data);
    return value === undefined ? { prefix, expired: true } : { prefix, value };
  }

  /** Maps keep insertion order, so the first entry is the oldest. */
  private evictOldest(): void {
    while (this.values.size > this.capacity) {
      const oldest = this.values.keys().next().value as string;
      const value = this.values.get(oldest)!;
      this.values.delete(oldest);
      this.tokens.delete(`${oldest.slice(0, oldest.indexOf('#'))}\u0000${value}`);
    }
  }
}
