/**
 * The operations port: GET /healthz (JSON, 200 or 503) and GET /metrics (Prometheus text format). Its
 * own small server, apart from the webhook's, so it can stay on 127.0.0.1 (or an internal network)
 * whatever faces Telegram, and so it exists in polling mode too.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import type { Logger } from '../logger.ts';
import type { HealthReport } from './health.ts';

export interface OpsServer {
  port: number;
  close: () => Promise<void>;
}

export async function startOpsServer(opts: { host: string; port: number; registry: Registry; health: () => Promise<HealthReport>; logger: Logger }): Promise<OpsServer> {
  const { logger } = opts;
  const server = http.createServer((req, res) => {
    const route = (req.url ?? '').split('?')[0];
    if (route !== '/healthz' && route !== '/metrics') return void res.writeHead(404).end();
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { allow: 'GET, HEAD' }).end();
    const respond =
      route === '/healthz'
        ? opts.health().then((report) => {
            res.writeHead(report.ok ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(report));
          })
        : opts.registry.metrics().then((text) => {
            res.writeHead(200, { 'content-type': opts.registry.contentType }).end(text);
          });
    respond.catch((err: unknown) => {
      logger.error({ err, route }, 'ops endpoint failed');
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  logger.info({ host: opts.host, port }, 'health and metrics listening (/healthz, /metrics)');
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
