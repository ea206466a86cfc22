/**
 * Runs the real composition root (`src/main.ts`) as a child process, the way an operator starts the
 * bot, for tests of start-up and operations. Each process gets a copy of the committed index, so a
 * rebuild at start-up never writes into the working tree. Waits poll the output with a deadline.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface MainProcess {
  child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output: () => string;
  stderr: () => string;
  /** Resolves when the output contains the text; rejects when the process exits first or time runs out. */
  waitFor: (text: string | RegExp, timeoutMs?: number) => Promise<void>;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  /** SIGTERM (SIGKILL after 10 s), then removes the process's temporary directory. */
  stop: () => Promise<void>;
  /** The process's temporary directory (index copy, SQLite file). */
  dir: string;
}

export async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/**
 * `cwd`: the directory the bot runs in (its seeds/ is the one there); the repository by default.
 */
export function startMain(env: Record<string, string>, opts: { entry?: string; indexDir?: string; cwd?: string } = {}): MainProcess {
  const dir = mkdtempSync(path.join(tmpdir(), 'tcb-main-'));
  let indexDir = opts.indexDir;
  if (!indexDir) {
    indexDir = path.join(dir, 'index');
    cpSync(path.join(ROOT, 'index'), indexDir, { recursive: true });
  }
  const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, opts.entry ?? 'src/main.ts')], {
    cwd: opts.cwd ?? ROOT,
    // Its own process group, so stop() reaches tsx and the node process it starts, and nothing else.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      LOG_LEVEL: 'info',
      INDEX_DIR: indexDir,
      DATABASE_URL: `sqlite:${path.join(dir, 'bot.sqlite')}`,
      ...env,
    },
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
    out += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const matches = (text: string | RegExp) => (typeof text === 'string' ? out.includes(text) : text.test(out));
  return {
    child,
    dir,
    output: () => out,
    stderr: () => err,
    exited,
    waitFor: async (text, timeoutMs = 45_000) => {
      const deadline = Date.now() + timeoutMs;
      while (!matches(text)) {
        if (child.exitCode !== null) throw new Error(`process exited (${child.exitCode}) before printing ${String(text)}; output:\n${out.slice(-4000)}`);
        if (Date.now() > deadline) throw new Error(`no ${String(text)} after ${timeoutMs} ms; output:\n${out.slice(-4000)}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    stop: async () => {
      if (child.pid && child.exitCode === null && child.signalCode === null) {
        process.kill(-child.pid, 'SIGTERM');
        const timer = setTimeout(() => child.exitCode === null && process.kill(-child.pid!, 'SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Lines of stderr that are not pino's JSON: what a person reading the terminal sees. */
export function plainLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('{'));
}

export interface ApiRequest {
  method: string;
  body: Record<string, unknown>;
}

export interface FakeBotApi {
  url: string;
  port: number;
  /** Requests, in order. */
  calls: ApiRequest[];
  methods: () => string[];
  /** Queues an update for the next getUpdates. */
  push: (update: object) => void;
  /** Texts sent to a chat, oldest first. */
  sentTo: (chatId: number) => string[];
  /** Waits until the chat has received at least `count` messages. */
  waitForSent: (chatId: number, count: number, timeoutMs?: number) => Promise<string[]>;
  close: () => Promise<void>;
}

/**
 * A minimal Bot API: `answer(method, body)` returns the JSON body to send (`{ ok: true, result }` or an
 * error). getUpdates hands out the queued updates, and holds the request a moment when there are
 * none, as long polling would.
 */
export async function startFakeBotApi(answer: (method: string, body: Record<string, unknown>) => object = healthyBotApi, port = 0): Promise<FakeBotApi> {
  const { createServer } = await import('node:http');
  const calls: ApiRequest[] = [];
  const queue: object[] = [];
  let messageId = 1;
  const server = createServer((req, res) => {
    const method = (req.url ?? '').split('/').pop()?.split('?')[0] ?? '';
    let raw = '';
    req.on('data', (d: Buffer) => (raw += d.toString()));
    req.on('end', () => {
      let body: Record<string, unknown> = {};
      try {
        body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      } catch {
        // multipart or empty: the tests do not look at those bodies
      }
      calls.push({ method, body });
      let reply = answer(method, body) as { ok?: boolean; error_code?: number; result?: unknown };
      if (method === 'getUpdates' && reply.ok !== false) reply = { ok: true, result: queue.splice(0) };
      if (method === 'sendMessage' && reply.ok !== false && reply.result === true) {
        reply = { ok: true, result: { message_id: messageId++, date: 0, chat: { id: body.chat_id, type: 'private' }, text: body.text } };
      }
      const send = () => {
        if (res.writableEnded || res.destroyed) return;
        res.writeHead(reply.ok === false ? (reply.error_code ?? 400) : 200, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
      };
      if (method === 'getUpdates' && Array.isArray(reply.result) && reply.result.length === 0) setTimeout(send, 200);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as net.AddressInfo).port;
  const sentTo = (chatId: number) => calls.filter((c) => c.method === 'sendMessage' && Number(c.body.chat_id) === chatId).map((c) => String(c.body.text));
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    calls,
    methods: () => calls.map((c) => c.method),
    push: (update) => void queue.push(update),
    sentTo,
    waitForSent: async (chatId, count, timeoutMs = 30_000) => {
      const deadline = Date.now() + timeoutMs;
      while (sentTo(chatId).length < count) {
        if (Date.now() > deadline) throw new Error(`chat ${chatId} got ${sentTo(chatId).length} of ${count} messages in ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return sentTo(chatId);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const FAKE_BOT_USER = { id: 4242, is_bot: true, first_name: 'Fake', username: 'FakeTurkicBot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: true };

/** A Bot API that knows the bot and has no updates but the ones pushed. */
export function healthyBotApi(method: string): object {
  if (method === 'getMe') return { ok: true, result: FAKE_BOT_USER };
  return { ok: true, result: true };
}

let nextUpdateId = 1;

/** A private text message (a command when it starts with /), as getUpdates delivers it. */
export function privateMessage(chatId: number, text: string): object {
  const command = /^\/\w+/.exec(text);
  return {
    update_id: nextUpdateId++,
    message: {
      message_id: nextUpdateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: 'private', first_name: 'Aida' },
      from: { id: chatId, is_bot: false, first_name: 'Aida' },
      text,
      ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : {}),
    },
  };
}
