// The request log line: valid JSON with the route pattern, status and duration, whatever the method or route holds.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestLogLine } from '../../server/http/request-log';

describe('requestLogLine', () => {
  afterEach(() => vi.useRealTimers());

  it('is one JSON object with the time, method, route, status and milliseconds to a tenth', () => {
    vi.useFakeTimers({ now: new Date('2026-11-30T12:00:00.123Z'), toFake: ['Date', 'performance'] });
    const started = performance.now();
    vi.advanceTimersByTime(12);
    const line = requestLogLine('GET', '/v1/regulations/:bwbId', 200, started - 0.04);
    expect(line).not.toContain('\n');
    expect(JSON.parse(line)).toEqual({ t: '2026-11-30T12:00:00.135Z', method: 'GET', route: '/v1/regulations/:bwbId', status: 200, ms: 12 });
  });

  it('follows the clock from one millisecond to the next, and escapes what a route may hold', () => {
    vi.useFakeTimers({ now: new Date('2026-11-30T12:00:00.000Z'), toFake: ['Date', 'performance'] });
    const first = JSON.parse(requestLogLine('GET', '/v1/index', 304, performance.now())) as { t: string };
    vi.advanceTimersByTime(1);
    const odd = JSON.parse(requestLogLine('M"\\', '/a"b\\c\u2028', 404, performance.now())) as { t: string; method: string; route: string };
    expect([first.t, odd.t]).toEqual(['2026-11-30T12:00:00.000Z', '2026-11-30T12:00:00.001Z']);
    expect([odd.method, odd.route]).toEqual(['M"\\', '/a"b\\c\u2028']);
  });
});
