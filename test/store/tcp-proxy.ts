/**
 * A TCP forwarder that stands in for a database server an operator stops and starts: nothing listens
 * on its port until start(), and stop() cuts every open connection, as a server restart would.
 */
import net from 'node:net';

export interface TcpProxy {
  port: number;
  start: () => Promise<void>;
  stop: () => Promise<void>;
}

export function tcpProxy(port: number, target: { host: string; port: number }): TcpProxy {
  let server: net.Server | null = null;
  const sockets = new Set<net.Socket>();
  const track = (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => s.destroy());
  };
  return {
    port,
    start: async () => {
      server = net.createServer((client) => {
        const upstream = net.connect(target.port, target.host);
        track(client);
        track(upstream);
        client.pipe(upstream).pipe(client);
        client.on('close', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
      });
      await new Promise<void>((resolve, reject) => {
        server!.once('error', reject);
        server!.listen(port, '127.0.0.1', () => resolve());
      });
    },
    stop: async () => {
      for (const s of sockets) s.destroy();
      const s = server;
      server = null;
      if (s) await new Promise((resolve) => s.close(resolve));
    },
  };
}
