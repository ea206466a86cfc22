import { createHmac } from 'node:crypto';

/**
 * What the editors' log keeps instead of a Telegram user id: an HMAC of it with a secret salt. Enough
 * to count one vote per user; without the salt, nobody can test which user id gave a hash (user ids
 * are few enough to try them all against a plain hash).
 */
export function hashUser(userId: number, salt: string): string {
  return createHmac('sha256', salt).update(String(userId)).digest('base64url').slice(0, 22);
}
