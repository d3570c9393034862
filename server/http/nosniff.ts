// Sent on every answer, errors included, by Hono and by the fast read path alike: browsers must never
// sniff a JSON or CSV body into HTML.
export const NOSNIFF_HEADERS: Record<string, string> = { 'X-Content-Type-Options': 'nosniff' };
