// Generates malformed and hostile HTTP requests for the Signals API from a seeded PRNG, and fires
// them at a server, counting answers by status. Shared by bench/hostile.ts and the server test.
import { request as httpRequest } from 'node:http';
import { seededRandom, type Random } from './prng';
import { validSubmission } from './submissions';

export interface HostileRequest {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

const BAD_BWB_IDS = [
  'BWBR', 'BWBR000553', 'BWBR00055370', 'bwbr0005537', 'BWBX0005537', 'BWBR000553a', 'BWBR0005537 ', ' BWBR0005537',
  'BWBR0005537%00', 'BWBR0005537;DROP TABLE signals', '0', '-1', 'null', 'undefined', '%', '%%', '%C0%AF', '%FF%FE',
  '%E2%80%AE', '🙂', 'BWBR０００５５３７', 'A'.repeat(5000),
];
const BAD_LABELS = ['', ' ', '1'.repeat(41), '4:84\u0000', '<script>', '../', '4:84; --', '\u202e48:4', '🙂', 'a b  c', '\ud800'];
const INJECTIONS = [
  "' OR '1'='1", "'; DROP TABLE submissions; --", '" OR ""="', "1; SELECT pg_sleep(5)--", "$1", '\\', '%', '_',
  "' UNION SELECT password FROM users --", '${jndi:ldap://x}', '{{7*7}}', '<img src=x onerror=alert(1)>',
  'javascript:alert(1)', '../../../../etc/passwd', '..%2f..%2f..%2fetc%2fpasswd', '%2e%2e/%2e%2e/', '\u0000', '\r\nX-Injected: 1',
];
const UNICODE = [
  '\u0000', '\ud800', '\udfff', '\ud83d', '\u202e', '\u200b\u200b', '\ufeff', '\uffff', 'e\u0301'.repeat(500), '𝕏'.repeat(300),
  '\u0085', '\u2028\u2029', 'ﷺ'.repeat(100), 'Z\u0351\u0352\u0353'.repeat(200),
];
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'];
const ROUTES = [
  '/healthz', '/readyz', '/v1/index', '/v1/config', '/v1/regulations/BWBR0005537', '/v1/signals', '/v1/submissions',
  '/v1/submissions/sub-00000000', '/v1/moderation/submissions', '/openapi.json',
];
const WRONG_VALUES: unknown[] = [
  null, true, 0, -1, 1e308, Number.MAX_SAFE_INTEGER, '', 'x', [], {}, [[]], { $gt: '' }, ['BWBR0005537'], 'A'.repeat(10_000),
];

/** Percent-encodes every byte of the WTF-8 form, so lone surrogates become (invalid) %ED%A0%80 sequences. */
function percentEncode(value: string): string {
  let out = '';
  for (const char of value) {
    if (/[A-Za-z0-9\-._~]/.test(char)) {
      out += char;
      continue;
    }
    const cp = char.codePointAt(0)!;
    const bytes =
      cp < 0x80 ? [cp]
      : cp < 0x800 ? [0xc0 | (cp >> 6), 0x80 | (cp & 63)]
      : cp < 0x10000 ? [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)]
      : [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
    out += bytes.map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  }
  return out;
}

function pathSegment(value: string): string {
  // Keep already percent-encoded payloads as they are; encode the rest so the request line stays valid.
  return /%[0-9A-F]{2}/i.test(value) ? value : percentEncode(value);
}

function deepNesting(depth: number, open: string, close: string): string {
  return open.repeat(depth) + close.repeat(depth);
}

function mutateField(random: Random, value: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(value);
  const target = copy.target as Record<string, unknown>;
  const holder = random.chance(0.4) ? target : copy;
  const keys = Object.keys(holder);
  const key = random.chance(0.15) ? random.pick(['__proto__', 'constructor', 'extra', 'id', 'state', 'receipt']) : random.pick(keys);
  holder[key] = random.chance(0.5) ? random.pick(WRONG_VALUES) : random.pick([...INJECTIONS, ...UNICODE, ...BAD_BWB_IDS, ...BAD_LABELS]);
  return copy;
}

const JSON_HEADERS = { 'Content-Type': 'application/json' };

/** One generator per family; each takes the PRNG and a running number and returns a request. */
const FAMILIES: Record<string, (random: Random, n: number) => HostileRequest> = {
  'broken JSON': (random, n) => {
    const good = JSON.stringify(validSubmission(n));
    const body = random.pick([
      good.slice(0, random.int(good.length)),
      good.replace(/"/g, "'"),
      good.replace('}', ',}'),
      `${good}${good}`,
      '\ufeff' + good,
      good.replace('false', 'NaN'),
      '',
      'null',
      '[]',
      '"just a string"',
      '{"target": }',
      '{' + '"a":1,'.repeat(10_000) + '"b":2}',
    ]);
    return { kind: 'broken JSON', method: 'POST', path: '/v1/submissions', headers: { ...JSON_HEADERS, 'Idempotency-Key': `hostile-${n}` }, body };
  },
  'wrong types': (random, n) => ({
    kind: 'wrong types',
    method: 'POST',
    path: '/v1/submissions',
    headers: { ...JSON_HEADERS, 'Idempotency-Key': `hostile-${n}` },
    body: JSON.stringify(mutateField(random, validSubmission(n) as Record<string, unknown>)),
  }),
  'huge body': (random, n) => {
    const size = random.pick([256 * 1024, 1024 * 1024, 4 * 1024 * 1024]);
    const submission = { ...validSubmission(n), description: 'a'.repeat(size) };
    const body = random.chance(0.5) ? JSON.stringify(submission) : 'x'.repeat(size);
    return { kind: 'huge body', method: 'POST', path: '/v1/submissions', headers: { ...JSON_HEADERS, 'Idempotency-Key': `hostile-${n}` }, body };
  },
  'deep nesting': (random, n) => {
    const depth = random.pick([1_000, 10_000, 100_000]);
    const nested = random.chance(0.5) ? deepNesting(depth, '[', ']') : deepNesting(depth, '{"a":', '}').replace(/}$/, '1}');
    const body = random.chance(0.5) ? nested : JSON.stringify(validSubmission(n)).replace('"affected":', `"nested":${nested},"affected":`);
    return { kind: 'deep nesting', method: 'POST', path: '/v1/submissions', headers: { ...JSON_HEADERS, 'Idempotency-Key': `hostile-${n}` }, body };
  },
  'unicode edge cases': (random, n) => {
    const text = random.pick(UNICODE);
    const submission = { ...validSubmission(n), description: `Een melding met rare tekens ${text} ${text} en nog wat tekst.` };
    const raw = random.chance(0.3);
    // Raw invalid UTF-8 bytes (an overlong slash, a lone continuation byte) in an otherwise valid body.
    const body = raw ? Buffer.concat([Buffer.from(JSON.stringify(submission).slice(0, -2)), Buffer.from([0xc0, 0xaf, 0x80, 0xff]), Buffer.from('"}')]) : JSON.stringify(submission);
    return { kind: 'unicode edge cases', method: 'POST', path: '/v1/submissions', headers: { ...JSON_HEADERS, 'Idempotency-Key': `hostile-${n}` }, body };
  },
  'injection in paths and queries': (random) => {
    const payload = pathSegment(random.pick([...INJECTIONS, ...UNICODE]));
    const path = random.pick([
      `/v1/regulations/${payload}`,
      `/v1/regulations/BWBR0005537?date=${payload}`,
      `/v1/signals?bwbId=${payload}`,
      `/v1/signals?cursor=${payload}&limit=${payload}`,
      `/v1/submissions/${payload}`,
      `/${payload}`,
      `/v1/${payload}/..`,
      `/v1/regulations/BWBR0005537/${payload}`,
    ]);
    return { kind: 'injection in paths and queries', method: 'GET', path, headers: {} };
  },
  'path traversal': (random) => ({
    kind: 'path traversal',
    method: 'GET',
    path: random.pick([
      '/v1/regulations/../../../etc/passwd', '/v1/regulations/..%2f..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd',
      '//v1//index', '/v1/index/', '/v1/./index', '/v1/regulations/BWBR0005537/../../index', '/v1\\index', '/v1/index%00',
      '/v1/index?%', '/v1/index?a=%zz', '/v1/regulations/%', '/v1/regulations/%E0%A4%A', '/static/../server/main.ts',
    ]),
    headers: {},
  }),
  'bad BWB ids and labels': (random, n) => {
    if (random.chance(0.5)) {
      const date = random.pick(['2024-02-30', '2024-13-01', '99999-01-01', '0000-00-00', '2024-1-1', 'yesterday', '']);
      return { kind: 'bad BWB ids and labels', method: 'GET', path: `/v1/regulations/${pathSegment(random.pick(BAD_BWB_IDS))}?date=${date}`, headers: {} };
    }
    const submission = validSubmission(n);
    const body = {
      ...submission,
      target: { ...submission.target, bwbId: random.pick(BAD_BWB_IDS), label: random.pick([...BAD_LABELS, '18']), lid: random.pick(['0x1', '-1', '1000', null]) },
    };
    return { kind: 'bad BWB ids and labels', method: 'POST', path: '/v1/submissions', headers: { ...JSON_HEADERS, 'Idempotency-Key': `hostile-${n}` }, body: JSON.stringify(body) };
  },
  // What broke the API before issue 21: a lone surrogate (as a JSON escape) in any string, a version
  // date in year 0000 or on a day that does not exist, a NUL or a non-id inside a decoded cursor.
  'lone surrogates, impossible dates, bad cursors': (random, n) => {
    const kind = 'lone surrogates, impossible dates, bad cursors';
    const choice = random.int(3);
    if (choice === 0) {
      const after = random.pick(['sig-01\u0000', "sig' OR 1=1 --", '\ud800', 'x'.repeat(300), '']);
      return { kind, method: 'GET', path: `/v1/signals?cursor=${Buffer.from(JSON.stringify({ after })).toString('base64url')}`, headers: {} };
    }
    const submission = validSubmission(n) as Record<string, unknown>;
    let body: string;
    if (choice === 1) {
      const versionDate = random.pick(['0000-01-01', '0001-01-01', '1799-12-31', '2201-01-01', '2023-02-29', '2024-04-31', '9999-12-31']);
      body = JSON.stringify({ ...submission, target: { ...(submission.target as object), versionDate } });
    } else {
      const surrogate = random.pick(['\\ud800', '\\udfff', '\\ud83d', '\\udc00\\ud800']);
      const field = random.pick(['description', 'affected', 'regulationTitle', 'Participatiewet', 'BWBR0015703', '2026-01-01', 'inkomen']);
      const json = JSON.stringify(submission);
      const at = json.indexOf(`"${typeof submission[field] === 'string' ? submission[field] : field}`);
      body = at < 0 ? json : `${json.slice(0, at + 1)}${surrogate}${json.slice(at + 1)}`;
    }
    return { kind, method: 'POST', path: '/v1/submissions', headers: { ...JSON_HEADERS, 'Idempotency-Key': `hostile-${n}` }, body };
  },
  'bad idempotency keys': (random, n) => {
    const key = random.pick(['', ' ', 'a', 'x'.repeat(300), 'x'.repeat(8000), "' OR 1=1 --", '../../etc', 'é-latin1', 'same-key-for-different-bodies']);
    const headers: Record<string, string> = { ...JSON_HEADERS };
    if (!random.chance(0.1)) headers['Idempotency-Key'] = key;
    return { kind: 'bad idempotency keys', method: 'POST', path: '/v1/submissions', headers, body: JSON.stringify(validSubmission(n)) };
  },
  'wrong methods and content types': (random, n) => ({
    kind: 'wrong methods and content types',
    method: random.pick(METHODS),
    path: random.pick(ROUTES),
    headers: {
      'Content-Type': random.pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=utf-16', 'application/xml']),
      'Idempotency-Key': `hostile-${n}`,
    },
    body: random.chance(0.5) ? JSON.stringify(validSubmission(n)) : 'a=1&b=2',
  }),
  'bad moderation auth': (random) => ({
    kind: 'bad moderation auth',
    method: random.pick(['GET', 'POST']),
    path: random.pick(['/v1/moderation/submissions', '/v1/moderation/submissions/sub-00000000/publish', '/v1/moderation/signals']),
    headers: {
      ...JSON_HEADERS,
      ...(random.chance(0.8) ? { Authorization: random.pick(['Bearer', 'Bearer ', 'Bearer x', 'Basic YWRtaW46YWRtaW4=', `Bearer ${'A'.repeat(4000)}`, "Bearer ' OR 1=1 --", 'bearer e2e']) } : {}),
    },
    body: '{}',
  }),
};

export const FAMILY_NAMES = Object.keys(FAMILIES);

/** `count` requests, cycling through the families so each gets an equal share; same seed, same requests. */
export function* hostileRequests(seed: number, count: number): Generator<HostileRequest> {
  const random = seededRandom(seed);
  const families = Object.values(FAMILIES);
  for (let n = 0; n < count; n++) yield families[n % families.length]!(random, n);
}

export interface Tally {
  byStatus: Map<string, number>;
  byKindStatus: Map<string, Map<string, number>>;
  /** Requests that answered 5xx, kept so a failure can show what triggered it. */
  serverErrors: Array<{ request: HostileRequest; status: number; body: string }>;
}

const guarded = new WeakSet<object>();

function send(base: URL, req: HostileRequest, timeoutMs: number): Promise<{ status: string; body: string }> {
  return new Promise((done) => {
    const body = req.body === undefined ? undefined : Buffer.isBuffer(req.body) ? req.body : Buffer.from(req.body);
    const headers: Record<string, string | number> = { ...req.headers };
    if (body) headers['Content-Length'] = body.length;
    let outgoing: ReturnType<typeof httpRequest>;
    try {
      outgoing = httpRequest({ agent: false, host: base.hostname, port: base.port, method: req.method, path: req.path, headers, timeout: timeoutMs },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => void (chunks.length < 4 && chunks.push(c)));
        res.on('end', () => done({ status: String(res.statusCode), body: Buffer.concat(chunks).toString('utf8').slice(0, 300) }));
        res.on('error', () => done({ status: 'connection error', body: '' }));
      });
    } catch {
      // Node itself refuses to send it (an invalid header or path): counts against the generator, not the server.
      return done({ status: 'not sendable', body: '' });
    }
    outgoing.on('timeout', () => {
      outgoing.destroy();
      done({ status: 'timeout', body: '' });
    });
    // A server may answer (413) and close before reading a huge body; the client then sees a reset,
    // possibly after the answer arrived, when the request no longer listens to its socket.
    outgoing.on('error', (e: NodeJS.ErrnoException) => done({ status: 'connection closed', body: e.code ?? e.message }));
    outgoing.on('socket', (socket) => {
      if (guarded.has(socket)) return;
      guarded.add(socket);
      socket.on('error', () => undefined);
    });
    outgoing.end(body);
  });
}

/** Sends every request with `concurrency` in flight, tallying answers by status. */
export async function fireAll(
  baseUrl: string,
  requests: Iterable<HostileRequest>,
  { concurrency = 16, timeoutMs = 30_000 } = {},
): Promise<Tally> {
  const base = new URL(baseUrl);
  const tally: Tally = { byStatus: new Map(), byKindStatus: new Map(), serverErrors: [] };
  const iterator = requests[Symbol.iterator]();
  const worker = async () => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      const request = next.value;
      const { status, body } = await send(base, request, timeoutMs);
      tally.byStatus.set(status, (tally.byStatus.get(status) ?? 0) + 1);
      const perKind = tally.byKindStatus.get(request.kind) ?? new Map<string, number>();
      perKind.set(status, (perKind.get(status) ?? 0) + 1);
      tally.byKindStatus.set(request.kind, perKind);
      if (/^5\d\d$/.test(status)) tally.serverErrors.push({ request, status: Number(status), body });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return tally;
}
