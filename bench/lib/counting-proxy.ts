// A pass-through HTTP proxy in front of the API that counts what reaches it, so a benchmark can
// prove how many requests the extension's service worker made (e.g. none on a repeat visit).
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CountingProxy {
  url: string;
  /** Paths requested since the last reset, in order. */
  requests: string[];
  reset(): void;
  close(): Promise<void>;
}

export async function startCountingProxy(target: string): Promise<CountingProxy> {
  const upstream = new URL(target);
  const proxy: CountingProxy = {
    url: '',
    requests: [],
    reset: () => void (proxy.requests = []),
    close: async () => undefined,
  };
  const server = createServer((req, res) => {
    proxy.requests.push(req.url ?? '/');
    const forward = httpRequest(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.writeHead(502).end());
    req.pipe(forward);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.close = async () => {
    if (!server.listening) return; // closing twice is harmless (tests close it to simulate an outage)
    server.closeAllConnections();
    await new Promise<void>((ok) => server.close(() => ok()));
  };
  return proxy;
}
