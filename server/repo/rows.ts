// Converting database rows to contract objects. Both drivers return timestamptz as Date; dates are
// selected as text (::text) so no time zone can shift them.

export function iso(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return new Date(String(value)).toISOString();
}

export function isoOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : iso(value);
}

/** jsonb comes back parsed from both drivers; text is tolerated for safety. */
export function json<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}
