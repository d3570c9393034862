// `npm run server`: configuration from the environment.
//   PORT (8787)  HOST (127.0.0.1)  DATA_DIR (./data, PGlite)  DATABASE_URL (PostgreSQL; wins over DATA_DIR)
//   ADMIN_TOKEN (enables moderation)  RATE_LIMIT_PER_MINUTE (30)  TRUST_PROXY (1 = use X-Forwarded-For)
//   REQUEST_LOG (1 = a JSON line per request on stdout; 0 = none, e.g. behind a proxy that logs)
import { startServer } from './start';

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return n;
}

async function main() {
  const token = process.env.ADMIN_TOKEN;
  if (token !== undefined && token.length < 16) throw new Error('ADMIN_TOKEN must be at least 16 characters');
  const server = await startServer({
    port: positiveInt('PORT', 8787),
    host: process.env.HOST || '127.0.0.1',
    dataDir: process.env.DATA_DIR || './data',
    databaseUrl: process.env.DATABASE_URL || undefined,
    adminToken: token || undefined,
    rateLimitPerMinute: positiveInt('RATE_LIMIT_PER_MINUTE', 30),
    trustProxy: process.env.TRUST_PROXY === '1',
    log: process.env.REQUEST_LOG !== '0',
  });
  const engine = server.db.engine === 'postgres' ? 'PostgreSQL' : 'PGlite';
  console.error(`Signals API on ${server.url} (${engine}; moderation ${token ? 'on' : 'off'})`);
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
