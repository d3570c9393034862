// Personal moderator accounts and their sessions. Tokens and session ids are random, shown once, and stored
// only as SHA-256 hashes; a revoked account signs in no more and loses its sessions.
import { createHash, randomBytes } from 'node:crypto';
import { ModeratorRequest } from '../../utils/contract/admin';
import type { Queryable } from '../db/types';

export const SESSION_HOURS = 8;

const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');
const secret = (prefix: string) => `${prefix}${randomBytes(32).toString('base64url')}`;

export class AccountError extends Error {}

/** Creates an account (or gives an existing, revoked one a fresh start) and returns its one-time token. */
export async function addModerator(db: Queryable, name: string): Promise<string> {
  const parsed = ModeratorRequest.shape.name.safeParse(name);
  if (!parsed.success) throw new AccountError(`moderator name: ${parsed.error.issues[0]?.message}`);
  const token = secret('wsm_');
  const rows = await db.query(
    `INSERT INTO moderators (name, token_hash) VALUES ($1, $2)
     ON CONFLICT (name) DO UPDATE SET token_hash = EXCLUDED.token_hash, revoked_at = NULL WHERE moderators.revoked_at IS NOT NULL
     RETURNING id`,
    [parsed.data, sha256(token)],
  );
  if (rows.length === 0) throw new AccountError(`moderator ${name} already exists; revoke the account first to issue a new token`);
  return token;
}

export async function revokeModerator(db: Queryable, name: string): Promise<void> {
  const rows = await db.query<{ id: number }>('UPDATE moderators SET revoked_at = now() WHERE name = $1 AND revoked_at IS NULL RETURNING id', [name]);
  if (rows.length === 0) throw new AccountError(`no active moderator named ${name}`);
  await db.query('DELETE FROM moderator_sessions WHERE moderator_id = $1', [rows[0]!.id]);
}

export type Session = { id: string; moderator: string; csrf: string };

/** Exchanges a moderator token for a new session, or null for an unknown or revoked token. */
export async function signIn(db: Queryable, token: string): Promise<Session | null> {
  const [moderator] = await db.query<{ id: number; name: string }>(
    'SELECT id, name FROM moderators WHERE token_hash = $1 AND revoked_at IS NULL',
    [sha256(token.trim())],
  );
  if (!moderator) return null;
  const id = secret('');
  const csrf = randomBytes(24).toString('base64url');
  await db.query(
    `INSERT INTO moderator_sessions (id_hash, moderator_id, csrf_token, expires_at) VALUES ($1, $2, $3, now() + make_interval(hours => $4::int))`,
    [sha256(id), moderator.id, csrf, SESSION_HOURS],
  );
  return { id, moderator: moderator.name, csrf };
}

export async function sessionFor(db: Queryable, id: string | undefined): Promise<Session | null> {
  if (!id) return null;
  const [row] = await db.query<{ name: string; csrf_token: string }>(
    `SELECT m.name, s.csrf_token FROM moderator_sessions s JOIN moderators m ON m.id = s.moderator_id
     WHERE s.id_hash = $1 AND s.expires_at > now() AND m.revoked_at IS NULL`,
    [sha256(id)],
  );
  return row ? { id, moderator: row.name, csrf: row.csrf_token } : null;
}

export async function signOut(db: Queryable, id: string): Promise<void> {
  await db.query('DELETE FROM moderator_sessions WHERE id_hash = $1', [sha256(id)]);
}

/** The audit log's name for a moderator. */
export const actorName = (moderator: string) => `moderator:${moderator}`;
