// One log line per request: the route pattern (never the concrete path with ids), status and duration.

/** `startedAt` is a performance.now() reading taken when the request arrived. */
export function requestLogLine(method: string, route: string, status: number, startedAt: number): string {
  return JSON.stringify({
    t: new Date().toISOString(),
    method,
    route,
    status,
    ms: Math.round((performance.now() - startedAt) * 10) / 10,
  });
}
