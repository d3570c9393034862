// Loads server/seed/signals.json. Idempotent: regulations, clauses, hooks and seeded signals are
// upserted by key, and a signal's updated_at only moves when its content changed. The file's sha-256 is
// remembered, so a start with an unchanged file does nothing. Runs under an advisory lock, so instances
// starting together on one PostgreSQL server do not load twice at the same time.
import { createHash } from 'node:crypto';
import type { Database, Queryable } from '../db/types';
import type { Source } from '../../utils/contract/api';
import { getSignal, writeSources } from '../repo/signals';
import { parseSeed, readSeedText, type SeedFile } from './schema';

const SEED_LOCK_KEY = 4_771_220_002;
const SEED_NAME = 'signals.json';

export type LoadResult = { loaded: boolean; signals: number; regulations: number };

export async function loadSeed(db: Database, opts: { text?: string; force?: boolean } = {}): Promise<LoadResult> {
  const text = opts.text ?? readSeedText();
  const seed = parseSeed(text);
  const contentHash = createHash('sha256').update(text).digest('hex');
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
    const [state] = await tx.query<{ content_hash: string }>('SELECT content_hash FROM seed_state WHERE name = $1', [
      SEED_NAME,
    ]);
    const counts = { signals: seed.signals.length, regulations: seed.regulations.length };
    if (state?.content_hash === contentHash && !opts.force) return { loaded: false, ...counts };
    await writeSeed(tx, seed);
    await tx.query(
      `INSERT INTO seed_state (name, content_hash) VALUES ($1, $2)
       ON CONFLICT (name) DO UPDATE SET content_hash = excluded.content_hash, loaded_at = now()`,
      [SEED_NAME, contentHash],
    );
    return { loaded: true, ...counts };
  });
}

async function writeSeed(tx: Queryable, seed: SeedFile): Promise<void> {
  for (const r of seed.regulations) {
    const c = r.clause;
    await tx.query(
      `INSERT INTO regulations (bwb_id, title, abbreviation, department, domain, clause_status, clause_bwb_id,
         clause_label, clause_note, clause_source, clause_verified)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (bwb_id) DO UPDATE SET title = excluded.title, abbreviation = excluded.abbreviation,
         department = excluded.department, domain = excluded.domain, clause_status = excluded.clause_status,
         clause_bwb_id = excluded.clause_bwb_id, clause_label = excluded.clause_label,
         clause_note = excluded.clause_note, clause_source = excluded.clause_source,
         clause_verified = excluded.clause_verified, updated_at = now()
       WHERE (regulations.title, regulations.abbreviation, regulations.department, regulations.domain,
         regulations.clause_status, regulations.clause_bwb_id, regulations.clause_label, regulations.clause_note,
         regulations.clause_source, regulations.clause_verified)
         IS DISTINCT FROM (excluded.title, excluded.abbreviation, excluded.department, excluded.domain,
         excluded.clause_status, excluded.clause_bwb_id, excluded.clause_label, excluded.clause_note,
         excluded.clause_source, excluded.clause_verified)`,
      [r.bwbId, r.title, r.abbreviation, r.department, r.domain, c.status, c.clauseBwbId, c.clauseLabel, c.note, c.source, c.verified],
    );
  }

  // Clauses and hooks come only from the seed: the file is the whole truth for them.
  await tx.query('DELETE FROM article_clauses');
  for (const a of seed.articleClauses) {
    await tx.query(
      `INSERT INTO article_clauses (bwb_id, label, status, clause_bwb_id, clause_label, note, source, verified)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [a.bwbId, a.label, a.status, a.clauseBwbId, a.clauseLabel, a.note, a.source, a.verified],
    );
  }
  await tx.query('DELETE FROM article_hooks');
  for (const [position, h] of seed.hooks.entries()) {
    await tx.query('INSERT INTO article_hooks (bwb_id, label, awb, reason, position) VALUES ($1, $2, $3, $4, $5)', [
      h.bwbId,
      h.label,
      h.awb,
      h.reason,
      position,
    ]);
  }

  for (const s of seed.signals) {
    await tx.query(
      `INSERT INTO signals (id, title, summary, status, cause, impact_areas, evidence, source_type, status_date,
         department, note, origin)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, $11, 'seed')
       ON CONFLICT (id) DO UPDATE SET title = excluded.title, summary = excluded.summary, status = excluded.status,
         cause = excluded.cause, impact_areas = excluded.impact_areas, evidence = excluded.evidence,
         source_type = excluded.source_type, status_date = excluded.status_date, department = excluded.department,
         note = excluded.note, updated_at = now()
       WHERE (signals.title, signals.summary, signals.status, signals.cause, signals.impact_areas, signals.evidence,
         signals.source_type, signals.status_date, signals.department, signals.note)
         IS DISTINCT FROM (excluded.title, excluded.summary, excluded.status, excluded.cause, excluded.impact_areas,
         excluded.evidence, excluded.source_type, excluded.status_date, excluded.department, excluded.note)`,
      [
        s.id,
        s.title,
        s.summary,
        s.status,
        s.cause,
        JSON.stringify(s.impactAreas),
        s.evidence,
        s.sourceType,
        s.statusDate,
        s.department,
        s.note,
      ],
    );
    await writeSeedSources(tx, s.id, s.sources);
    // Targets added by moderation (origin 'melding') survive a reload.
    await tx.query(`DELETE FROM signal_targets WHERE signal_id = $1 AND origin = 'seed'`, [s.id]);
    for (const [position, t] of s.targets.entries()) {
      await tx.query(
        `INSERT INTO signal_targets (signal_id, position, bwb_id, label, lid, path, jci, version_date, text_hash, quote, origin)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10::jsonb, 'seed')`,
        [
          s.id,
          position,
          t.bwbId,
          t.label,
          t.lid,
          JSON.stringify(t.path),
          t.jci,
          t.versionDate,
          t.textHash,
          t.quote === null ? null : JSON.stringify(t.quote),
        ],
      );
    }
  }
}

/** Rewrites a seeded signal's sources only when they changed, and then marks the signal as changed. */
async function writeSeedSources(tx: Queryable, signalId: string, sources: Source[]): Promise<void> {
  const current = (await getSignal(tx, signalId))?.sources ?? [];
  if (JSON.stringify(current) === JSON.stringify(sources)) return;
  await writeSources(tx, signalId, sources);
  await tx.query('UPDATE signals SET updated_at = now() WHERE id = $1', [signalId]);
}
