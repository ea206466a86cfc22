/**
 * The real bot process (src/main.ts on the committed index of the seed articles, with an SQLite store)
 * against the telegram-test-api emulator: start-up (the emulator lacks setMyCommands and
 * sendChatAction, and the bot must shrug that off), /start, seed questions answered with their source
 * and date, a button press, a subscription, an unknown command, and group rules. Replies are read from the emulator's history, not with
 * client.getUpdates(), whose timed-out polling keeps running and swallows later replies.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TelegramServer, type StoredBotUpdate } from 'telegram-test-api/lib/telegramServer.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGE_LIMIT } from '../../src/telegram/html.ts';
import { telegramHtmlProblems } from '../telegram/helpers/telegram-html.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TOKEN = '987654:E2E-fake-token-for-the-emulator';
/** The emulator's getMe answers with this username. */
const BOT_USERNAME = 'TestNameBot';
const REPLY_TIMEOUT_MS = 25_000;

let server: TelegramServer;
let bot: ChildProcess;
let botLog = '';
const dataDir = mkdtempSync(path.join(tmpdir(), 'tcb-e2e-'));

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Messages the bot sent to a chat, oldest first. */
function botMessages(chatId: number): StoredBotUpdate['message'][] {
  return server
    .getUpdatesHistory(TOKEN)
    .filter((u): u is StoredBotUpdate => 'message' in u && 'chat_id' in u.message)
    .map((u) => u.message)
    .filter((m) => String(m.chat_id) === String(chatId));
}

/** Waits until the chat has at least `count` bot messages; polls with a deadline rather than sleeping. */
async function waitForReplies(chatId: number, count: number): Promise<StoredBotUpdate['message'][]> {
  const deadline = Date.now() + REPLY_TIMEOUT_MS;
  for (;;) {
    const messages = botMessages(chatId);
    if (messages.length >= count) return messages;
    if (Date.now() > deadline) throw new Error(`no reply in chat ${chatId} after ${REPLY_TIMEOUT_MS} ms; bot log:\n${botLog.slice(-3000)}`);
    if (bot.exitCode !== null) throw new Error(`bot exited with ${bot.exitCode}; log:\n${botLog.slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function textOf(m: StoredBotUpdate['message']): string {
  return String(m.text);
}

function buttonsOf(m: StoredBotUpdate['message']): { text: string; callback_data: string }[] {
  const markup = m.reply_markup as { inline_keyboard?: { text: string; callback_data: string }[][] } | undefined;
  return markup?.inline_keyboard?.flat() ?? [];
}

beforeAll(async () => {
  const port = await freePort();
  server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 600 });
  await server.start();
  bot = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['test/e2e/start-bot.ts'], {
    cwd: ROOT,
    // Its own process group, so afterAll can stop tsx and the node process it starts, and nothing else.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: server.config.apiURL,
      BOT_MODE: 'polling',
      LOG_LEVEL: 'info',
      INDEX_DIR: path.join(ROOT, 'index'),
      DATABASE_URL: `sqlite:${path.join(dataDir, 'bot.sqlite')}`,
    },
  });
  bot.stdout?.on('data', (d: Buffer) => (botLog += d.toString()));
  bot.stderr?.on('data', (d: Buffer) => (botLog += d.toString()));
  const deadline = Date.now() + 45_000;
  while (!botLog.includes('"msg":"bot starting"')) {
    if (bot.exitCode !== null || Date.now() > deadline) throw new Error(`bot did not start; log:\n${botLog.slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}, 60_000);

afterAll(async () => {
  if (bot?.pid && bot.exitCode === null) {
    const exited = new Promise((resolve) => bot.once('exit', resolve));
    process.kill(-bot.pid, 'SIGTERM');
    const timer = setTimeout(() => bot.exitCode === null && process.kill(-bot.pid!, 'SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}, 30_000);

describe('bot against the Telegram emulator', { timeout: 45_000 }, () => {
  it('answers /start with what it knows and three example-question buttons', async () => {
    const client = server.getClient(TOKEN, { chatId: 101, userId: 101 });
    await client.sendCommand(client.makeCommand('/start'));
    const [reply] = await waitForReplies(101, 1);
    expect(reply!.parse_mode).toBe('HTML');
    expect(textOf(reply!)).toMatch(/I answer questions about cultural cooperation among the Turkic states from \d+ news articles/);
    const buttons = buttonsOf(reply!);
    expect(buttons).toHaveLength(3);
    for (const b of buttons) expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);

    // Pressing an example asks it.
    await client.sendCallback(client.makeCallbackQuery(buttons[0]!.callback_data));
    const replies = await waitForReplies(101, 2);
    expect(textOf(replies[1]!)).toMatch(/^(<b>|I don't know)/);
  });

  it.each([
    // Seed questions: the committed index must answer them, with the article and its date.
    ['Who is the Secretary General of TURKSOY?', /^<b>[^<]*Sultan Raev/, '000_993de1ac3d74d2d6', '28 November 2025'],
    ['Which city is the Cultural Capital of the Turkic World in 2026?', /^<b>[^<]*Andijan/, '000_993de1ac3d74d2d6', '28 November 2025'],
    ['Where did the OTS hold its 12th Summit?', /^<b>[^<]*Gabala/, '000_993de1ac3d74d2d6', '28 November 2025'],
  ])('answers %j from the seed articles, with the quote, source id and date', async (question, answer, source, date) => {
    const chatId = 110 + question.length;
    const client = server.getClient(TOKEN, { chatId, userId: chatId });
    await client.sendMessage(client.makeMessage(question));
    const [reply] = await waitForReplies(chatId, 1);
    const text = textOf(reply!);
    expect(text).toMatch(answer);
    expect(text).toMatch(/<blockquote>[\s\S]+<\/blockquote>/);
    expect(text).toContain(`— ${date}, article <code>${source}</code>`);
  });

  it('subscribes a private chat to the digest through the store', async () => {
    const client = server.getClient(TOKEN, { chatId: 105, userId: 105 });
    await client.sendCommand(client.makeCommand('/subscribe weekly'));
    const [reply] = await waitForReplies(105, 1);
    expect(textOf(reply!)).toMatch(/[Ss]ubscribed/);
    await client.sendCommand(client.makeCommand('/settings'));
    const replies = await waitForReplies(105, 2);
    expect(textOf(replies[1]!)).toMatch(/Subscribed: weekly/);
  });

  it('replies to an unknown command', async () => {
    const client = server.getClient(TOKEN, { chatId: 103, userId: 103 });
    await client.sendCommand(client.makeCommand('/weather'));
    const [reply] = await waitForReplies(103, 1);
    expect(textOf(reply!)).toContain("I don't know the command /weather");
  });

  it('in a group, ignores ordinary messages and answers /ask and /ask@BotName', async () => {
    const group = -2001;
    const client = server.getClient(TOKEN, { chatId: group, userId: 104, type: 'group', chatTitle: 'Turkic culture fans' });
    // In groups each answer quotes the message it answers (on its first part, should it be split).
    const answered = (messages: StoredBotUpdate['message'][]) => messages.filter((m) => m.reply_parameters);
    await client.sendMessage(client.makeMessage('Who is the Secretary General of TURKSOY?'));
    await client.sendCommand(client.makeCommand('/ask Who is the Secretary General of TURKSOY?'));
    // Updates from one chat are handled in order: when the /ask reply is there, the plain message
    // before it has been handled too, and it must not have been answered.
    const first = await waitForReplies(group, 1);
    expect(answered(first)).toHaveLength(1);
    expect(textOf(first[0]!)).toMatch(/^<b>[^<]*Sultan Raev/);

    await client.sendCommand(client.makeCommand(`/ask@${BOT_USERNAME} Where is Andijan?`));
    const deadline = Date.now() + REPLY_TIMEOUT_MS;
    while (answered(botMessages(group)).length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const replies = answered(botMessages(group));
    expect(replies).toHaveLength(2);
    expect(textOf(replies[1]!)).toMatch(/^(<b>|I don't know)/);
    expect(replies[0]!.reply_parameters?.message_id).not.toBe(replies[1]!.reply_parameters?.message_id);
  });

  it('sent only valid Telegram HTML of at most 4096 characters, and survived the missing API methods', async () => {
    const sent = server
      .getUpdatesHistory(TOKEN)
      .filter((u): u is StoredBotUpdate => 'message' in u && 'chat_id' in u.message)
      .map((u) => u.message);
    expect(sent.length).toBeGreaterThanOrEqual(6);
    for (const m of sent) {
      expect(m.parse_mode).toBe('HTML');
      expect(telegramHtmlProblems(textOf(m))).toEqual([]);
      expect(textOf(m).length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    }
    expect(bot.exitCode).toBeNull();
    // setMyCommands is retried with back-off before the bot gives up on the menu.
    const deadline = Date.now() + 15_000;
    while (!botLog.includes('could not set the command menu') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(botLog).toContain('could not set the command menu');
    expect(botLog).not.toContain(TOKEN.split(':')[1]!);
  });
});
