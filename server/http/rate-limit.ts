// Fixed one-minute windows per client key, in memory. Each instance counts on its own, so behind a
// load balancer with N instances a client may get up to N times the limit (see docs/api.md).
export type RateLimiter = { hit(key: string, now?: number): { ok: true } | { ok: false; retryAfterSeconds: number } };

const WINDOW_MS = 60_000;
const PURGE_ABOVE = 10_000;

export function createRateLimiter(perMinute: number): RateLimiter {
  const windows = new Map<string, { count: number; resetAt: number }>();
  return {
    hit(key, now = Date.now()) {
      if (windows.size > PURGE_ABOVE) {
        for (const [k, w] of windows) if (w.resetAt <= now) windows.delete(k);
      }
      let w = windows.get(key);
      if (!w || w.resetAt <= now) {
        w = { count: 0, resetAt: now + WINDOW_MS };
        windows.set(key, w);
      }
      w.count += 1;
      if (w.count <= perMinute) return { ok: true };
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((w.resetAt - now) / 1000)) };
    },
  };
}
