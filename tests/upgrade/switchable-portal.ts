/**
 * A district portal that can be down: a loopback front for the test portal (tests/servers/generic-portal-server.ts)
 * that, while `down`, answers every submission POST with 503 (and CORS, so the extension reads the status),
 * and otherwise passes each request through unchanged. The portal's address stays the same while it goes down
 * and comes back, as a real portal's would — the upgrade test needs that across two browser sessions.
 */
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SwitchablePortal {
  url: string;
  down: boolean;
  /** Submission POSTs refused while down. */
  refused: number;
  close(): Promise<void>;
}

export async function startSwitchablePortal(upstreamUrl: string): Promise<SwitchablePortal> {
  const upstream = new URL(upstreamUrl);
  const portal: SwitchablePortal = { url: '', down: false, refused: 0, close: async () => undefined };
  const server = createServer((req, res) => {
    if (portal.down && req.method === 'POST') {
      portal.refused++;
      req.resume();
      const origin = req.headers.origin;
      res.writeHead(503, {
        'Content-Type': 'application/problem+json',
        'Retry-After': '1',
        ...(origin ? { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': 'Retry-After' } : {}),
      });
      res.end(JSON.stringify({ type: 'about:blank', title: 'Down for maintenance', status: 503 }));
      return;
    }
    const forwarded = request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forwarded.on('error', () => res.destroy());
    req.pipe(forwarded);
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  portal.url = `http://127.0.0.1:${port}${upstream.pathname}`;
  portal.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return portal;
}
