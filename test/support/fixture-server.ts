import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** How the fake upstream answers one path: real fixture bytes, or a fault. */
export type Route =
  | { kind: 'file'; file: string; contentType: string; status?: number; headers?: Record<string, string> }
  | { kind: 'body'; body: string | Buffer; contentType: string; status?: number; headers?: Record<string, string> }
  | { kind: 'slow'; delayMs: number; route: Route }
  | { kind: 'truncated'; file: string; contentType: string; bytes: number }
  | { kind: 'hang' };

export interface FixtureServer {
  url: string;
  /** Every request seen, in order: method, path with query, headers. */
  requests: { method: string; url: string; headers: http.IncomingHttpHeaders }[];
  route(pathWithQuery: string, route: Route): void;
  close(): Promise<void>;
}

export const FIXTURES = path.resolve(__dirname, '../fixtures');

/**
 * A real HTTP server on loopback that replays upstream formats from test/fixtures, so adapters are tested
 * against the wire, with the faults upstreams really have (slow, truncated, HTML instead of JSON, 404).
 * Unknown paths answer 404 with an HTML body, as SMHI does outside its model area.
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, Route>();
  const requests: FixtureServer['requests'] = [];
  const sockets = new Set<import('node:net').Socket>();

  const answer = (res: http.ServerResponse, route: Route): void => {
    switch (route.kind) {
      case 'file':
        res.writeHead(route.status ?? 200, { 'content-type': route.contentType, ...route.headers });
        res.end(fs.readFileSync(path.join(FIXTURES, route.file)));
        return;
      case 'body':
        res.writeHead(route.status ?? 200, { 'content-type': route.contentType, ...route.headers });
        res.end(route.body);
        return;
      case 'slow':
        setTimeout(() => answer(res, route.route), route.delayMs).unref();
        return;
      case 'truncated': {
        const bytes = fs.readFileSync(path.join(FIXTURES, route.file));
        res.writeHead(200, { 'content-type': route.contentType, 'content-length': String(bytes.length) });
        res.write(bytes.subarray(0, route.bytes));
        res.socket?.destroy();
        return;
      }
      case 'hang':
        return;
    }
  };

  const server = http.createServer((req, res) => {
    requests.push({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers });
    const route = routes.get(req.url ?? '/') ?? routes.get((req.url ?? '/').split('?')[0] as string);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<html><body><h1>404 Not Found</h1></body></html>');
      return;
    }
    answer(res, route);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    route: (p, r) => void routes.set(p, r),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
