// Engines for the server tests: embedded PGlite in memory, and a real PostgreSQL (from the global
// setup, test/server/postgres-server.ts); each call creates a fresh database and drops it afterwards.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createApp, type AppDeps } from '../../server/app';
import { migrate } from '../../server/db/migrate';
import { openDatabase } from '../../server/db/open';
import type { Database } from '../../server/db/types';
import { loadSeed } from '../../server/seed/load';

export type Engine = {
  name: 'pglite' | 'postgres';
  /** A new, empty database. */
  open(): Promise<{ db: Database; url: string | null; drop(): Promise<void> }>;
};

const ADMIN_URL = inject('databaseUrl');

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export const ENGINES: Engine[] = [
  {
    name: 'pglite',
    async open() {
      const db = await openDatabase({ memory: true });
      return { db, url: null, drop: () => db.close() };
    },
  },
  {
    name: 'postgres',
    async open() {
      const name = `wetsignaal_test_${randomBytes(6).toString('hex')}`;
      await adminQuery(`CREATE DATABASE ${name}`);
      const url = new URL(ADMIN_URL);
      url.pathname = `/${name}`;
      const db = await openDatabase({ databaseUrl: url.href });
      return {
        db,
        url: url.href,
        async drop() {
          await db.close();
          await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        },
      };
    },
  },
];

/** A fresh, empty PostgreSQL database (for tests that talk to the server process by URL). */
export async function freshPostgres(): Promise<{ url: string; drop(): Promise<void> }> {
  const { url, drop } = await ENGINES[1]!.open();
  return { url: url!, drop };
}

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

/** A migrated, seeded database and the app on top of it. */
export async function seededApp(engine: Engine, deps: Partial<AppDeps> = {}) {
  const opened = await engine.open();
  await migrate(opened.db);
  await loadSeed(opened.db);
  const app = createApp({ db: opened.db, adminToken: ADMIN_TOKEN, rateLimitPerMinute: 10_000, ...deps });
  return { ...opened, app };
}

export const validSubmission = (overrides: Record<string, unknown> = {}) => ({
  target: { bwbId: 'BWBR0015703', label: '58', lid: '8', versionDate: '2026-01-01' },
  regulationTitle: 'Participatiewet',
  description: 'De terugvordering werd volledig opgelegd na een kleine vergissing bij het doorgeven van inkomsten.',
  affected: 'Mensen in de bijstand met wisselende inkomsten.',
  impactAreas: ['inkomen', 'schulden'],
  cause: 'wet',
  role: 'professional_uitvoering',
  contactEmail: 'melder@example.org',
  consentToPublish: true,
  ...overrides,
});

let keyCounter = 0;
export const freshKey = () => `test-key-${Date.now().toString(36)}-${(keyCounter++).toString(36)}`;

/** RFC 4180 parser, enough to check the export. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length) throw new Error('CSV does not end with CRLF');
  return rows;
}
