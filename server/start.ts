// Starts the Signals API: opens the database (PGlite or PostgreSQL), migrates, loads the seed when it
// changed, and listens. Used by `npm run server`, the demo and the tests.
import { getRequestListener } from '@hono/node-server';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import { migrate } from './db/migrate';
import { openDatabase } from './db/open';
import type { Database } from './db/types';
import { withFastReads } from './http/fast-reads';
import { createReadCache } from './http/read-cache';
import { loadSeed } from './seed/load';

export type StartOptions = {
  /** 0 = a free port. Default 8787. */
  port?: number;
  host?: string;
  /** PGlite data directory (default ./data); ignored with databaseUrl or memory. */
  dataDir?: string;
  /** PostgreSQL connection string; when set, PGlite is not used. */
  databaseUrl?: string;
  /** PGlite in memory (tests, demos). */
  memory?: boolean;
  adminToken?: string;
  rateLimitPerMinute?: number;
  /** One JSON line per request on stdout. Default true. */
  log?: boolean;
  trustProxy?: boolean;
};

export type RunningServer = { url: string; port: number; close(): Promise<void>; db: Database };

export async function startServer(opts: StartOptions = {}): Promise<RunningServer> {
  const db = await openDatabase({ databaseUrl: opts.databaseUrl, dataDir: opts.dataDir, memory: opts.memory, role: 'server' });
  try {
    await migrate(db);
    await loadSeed(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  const log = opts.log === false ? undefined : (line: string) => void process.stdout.write(line + '\n');
  const reads = createReadCache();
  const app = createApp({
    db,
    adminToken: opts.adminToken ?? null,
    rateLimitPerMinute: opts.rateLimitPerMinute,
    trustProxy: opts.trustProxy,
    log,
    reads,
  });
  const host = opts.host ?? '127.0.0.1';
  // Cached public reads are answered before Hono; everything else, and every cache miss, goes to Hono.
  const server = createServer(withFastReads(reads, log, getRequestListener(app.fetch, { hostname: host })));
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port ?? 8787, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    // A busy port must not leave the database (and its directory lock) open.
    await db.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  // `npm run moderate` finds the running server through the directory's lock and talks to it over HTTP.
  db.dirLock?.update({ url });
  let closed: Promise<void> | null = null;
  return {
    url,
    port,
    db,
    close() {
      closed ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Keep-alive connections would otherwise hold close() open.
          server.closeAllConnections();
        });
        await db.close();
      })();
      return closed;
    },
  };
}
