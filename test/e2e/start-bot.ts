/**
 * Test-only entry for the end-to-end suite: the real composition root (`src/main.ts`: config, committed
 * index, store, subscriptions, reloader, digest schedule), polling TELEGRAM_API_ROOT (the
 * telegram-test-api emulator). The one change: the emulator answers getUpdates at once instead of
 * holding the request (long polling), which would make Telegraf poll in a tight loop and starve a small
 * CI machine, so empty polls pause briefly.
 */
import { Telegram } from 'telegraf';
import type { CallApi } from '../../src/telegram/retry.ts';

function paceEmptyPolls(ms: number): void {
  const original = Telegram.prototype.callApi as unknown as CallApi;
  const paced: CallApi = async function (this: Telegram, method, payload, extra) {
    const result = await original.call(this, method, payload, extra);
    if (method === 'getUpdates' && Array.isArray(result) && result.length === 0) await new Promise((r) => setTimeout(r, ms));
    return result;
  };
  (Telegram.prototype as unknown as { callApi: CallApi }).callApi = paced;
}

paceEmptyPolls(50);
await import('../../src/main.ts');
