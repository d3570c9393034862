// Query and header parameters of the public API (input only; responses use the shared contract).
import { z } from 'zod';
import { ArticleLabel, BwbId, IsoDate } from '../../utils/contract/identity';
import { SignalStatus } from '../../utils/contract/vocabulary';

export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,100}$/;

export const RegulationQuery = z.object({ date: IsoDate.optional() }).strict();

export const SignalListQuery = z
  .object({
    bwbId: BwbId.optional(),
    label: ArticleLabel.optional(),
    status: SignalStatus.optional(),
    q: z.string().trim().min(1).max(200).optional(),
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();

export const ExportQuery = z.object({ format: z.enum(['json', 'csv', 'annotation']).default('json') }).strict();

/** The cursor is the last id of the previous page, wrapped so clients treat it as opaque. */
export function encodeCursor(lastId: string): string {
  return Buffer.from(JSON.stringify({ after: lastId })).toString('base64url');
}

/** A signal id, as the cursor must hold after decoding (anything else could reach the database). */
const CURSOR_ID = /^sig-[a-z0-9-]{1,60}$/;

export function decodeCursor(cursor: string): string | null {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { after?: unknown };
    return typeof value.after === 'string' && CURSOR_ID.test(value.after) ? value.after : null;
  } catch {
    return null;
  }
}
