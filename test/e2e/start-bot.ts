/**
 * Test-only entry for the end-to-end suite: the real bot process, polling TELEGRAM_API_ROOT (the
 * telegram-test-api emulator). Knowledge comes from INDEX_DIR through the core's loadKnowledge when
 * that module and the index exist, else from the small hand-made test knowledge.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Telegram } from 'telegraf';
import { loadConfig } from '../../src/config.ts';
import type { Knowledge } from '../../src/core/knowledge.ts';
import { createLogger, type Logger } from '../../src/logger.ts';
import { stopOnSignals } from '../../src/telegram/launch.ts';
import type { CallApi } from '../../src/telegram/retry.ts';
import { runTelegram } from '../../src/telegram/run.ts';
import { fakeKnowledge } from '../telegram/helpers/fake-knowledge.ts';

const LOADER = fileURLToPath(new URL('../../src/core/load-knowledge.ts', import.meta.url));

async function loadKnowledgeOrFake(dir: string, logger: Logger): Promise<Knowledge> {
  if (process.env.E2E_FAKE_KNOWLEDGE !== '1' && existsSync(LOADER) && existsSync(path.resolve(dir))) {
    try {
      const mod = (await import(LOADER)) as { loadKnowledge?: (dir: string) => Knowledge | Promise<Knowledge> };
      if (mod.loadKnowledge) {
        const knowledge = await mod.loadKnowledge(dir);
        logger.info({ dir, articles: knowledge.articles.size }, 'knowledge loaded');
        return knowledge;
      }
    } catch (err) {
      logger.warn({ err, dir }, 'could not load the index; using the test knowledge');
    }
  }
  return fakeKnowledge();
}

/**
 * The emulator answers getUpdates at once instead of holding the request (long polling), which would
 * make Telegraf poll in a tight loop and starve a small CI machine: pause briefly after empty polls.
 */
function paceEmptyPolls(ms: number): void {
  const original = Telegram.prototype.callApi as unknown as CallApi;
  const paced: CallApi = async function (this: Telegram, method, payload, extra) {
    const result = await original.call(this, method, payload, extra);
    if (method === 'getUpdates' && Array.isArray(result) && result.length === 0) await new Promise((r) => setTimeout(r, ms));
    return result;
  };
  (Telegram.prototype as unknown as { callApi: CallApi }).callApi = paced;
}

const config = loadConfig(process.env);
const logger = createLogger({ level: config.LOG_LEVEL, secrets: [config.TELEGRAM_BOT_TOKEN] });
paceEmptyPolls(50);
const knowledge = await loadKnowledgeOrFake(config.INDEX_DIR, logger);
const runtime = await runTelegram({ config, logger, getKnowledge: () => knowledge });
stopOnSignals(runtime.stop, logger);
runtime.done.catch(() => process.exit(1));
