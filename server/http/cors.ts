// Cross-origin policy of the API, shared by Hono's cors() middleware and the fast read path.

export const CORS_POLICY: { origin: '*'; allowMethods: string[]; allowHeaders: string[]; exposeHeaders: string[]; maxAge: number } = {
  origin: '*',
  allowMethods: ['GET', 'POST', 'OPTIONS'],
  allowHeaders: ['Content-Type', 'Idempotency-Key', 'X-Receipt', 'If-None-Match'],
  exposeHeaders: ['ETag', 'Retry-After'],
  maxAge: 86400,
};

/**
 * What Hono's cors() adds to an actual (not preflight) response under this policy. With origin '*' it is
 * the same for every request (no Vary: Origin), which is what lets the fast read path send it unchanged;
 * the `'*'` in CORS_POLICY's type keeps it that way.
 */
export const CORS_RESPONSE_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': CORS_POLICY.origin,
  'Access-Control-Expose-Headers': CORS_POLICY.exposeHeaders.join(','),
};
