// Throughput of the API's hottest read, GET /v1/regulations/{bwbId} for the law with the most signals,
// measured with wrk on 127.0.0.1 and compared in the same run with a bare Node http server serving the same
// response bytes (what any Node server can reach on the machine). Target: the API reaches at least 0.7 × the
// bare Node server's requests/s. nginx serving the same bytes from a file is measured too, as context only:
// it sets how far any Node server is from a C server here, not what the API's own code costs. The API runs
// as `npm run server` runs it, in a process of its own; hosted inside this measuring process, it lost a
// fifth of its requests/s.
// Each server's request loop gets a CPU of its own and wrk the others (taskset): with wrk and the servers
// floating over two cores, the figure measured how the scheduler shared them. nginx's single-threaded
// worker is pinned whole; of a Node server only the event loop, as V8's garbage collector works in threads
// of its own (pinned with it, the API's p99 rose to 50–70 ms).
// The same run measures the public law page /regeling/BWBR0015703 (HTML rendered with Preact from the same
// cached read, through Hono) beside the JSON lookup of that law.
// Run: npx tsx bench/api-throughput.ts [--seconds S]   (needs `wrk` and `nginx` on PATH or in /usr/sbin)
import { execFile, execFileSync, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emit, note } from './lib/report';
import { exited, spawnApi, waitReady, type Engine } from './lib/api-process';
import { freePort } from '../scripts/lib/free-port';

const SECONDS = Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 10;
const CONNECTIONS = 50;
/** The judged target: the API's requests/s as a share of a bare Node server's, same bytes, same run. */
const BARE_NODE_TARGET = 0.7;
const databaseUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;

function findTool(name: string): string | undefined {
  return ['/usr/bin', '/usr/sbin', '/usr/local/bin', '/usr/local/sbin'].map((dir) => join(dir, name)).find((file) => existsSync(file));
}

function tool(name: string): string {
  const file = findTool(name);
  if (!file) throw new Error(`${name} not found: apt-get install -y wrk nginx`);
  return file;
}

/** The CPUs this process may run on, from taskset's list ("0-3,6"); null without taskset or when unreadable. */
function allowedCpus(): number[] | null {
  const taskset = findTool('taskset');
  if (!taskset) return null;
  try {
    const list = execFileSync(taskset, ['-c', '-p', String(process.pid)], { encoding: 'utf8' }).split(':').pop()!.trim();
    return list.split(',').flatMap((part) => {
      const [from, to = from] = part.split('-').map(Number);
      return Array.from({ length: to! - from! + 1 }, (_, i) => from! + i);
    });
  } catch {
    return null;
  }
}

/** The last allowed CPU for the server under test, the others for wrk; null (nothing pinned) with one CPU or without taskset. */
const CPUS = allowedCpus();
const pinning = CPUS && CPUS.length >= 2 ? { server: String(CPUS.at(-1)), load: CPUS.slice(0, -1).join(',') } : null;
const THREADS = pinning ? CPUS!.length - 1 : 2;

/** `[file, args]` run on the given cores when pinning, else as given. */
function onCores(cores: string | undefined, file: string, args: string[]): [string, string[]] {
  return cores ? [tool('taskset'), ['-c', cores, file, ...args]] : [file, args];
}

/** Puts a process's main thread (for Node: its event loop, where the API runs) on the given CPUs. */
function pinMainThread(pid: number, cpus: string): void {
  execFileSync(tool('taskset'), ['-c', '-p', cpus, String(pid)], { stdio: 'ignore' });
}

interface WrkResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

function toMs(value: string): number {
  const match = value.match(/^([\d.]+)(us|ms|s|m)$/);
  if (!match) return Number.NaN;
  const n = Number(match[1]);
  return { us: n / 1000, ms: n, s: n * 1000, m: n * 60_000 }[match[2] as 'us' | 'ms' | 's' | 'm'];
}

async function wrk(url: string): Promise<WrkResult> {
  const [file, args] = onCores(pinning?.load, tool('wrk'), [`-t${THREADS}`, `-c${CONNECTIONS}`, `-d${SECONDS}s`, '--latency', url]);
  const { stdout: out } = await promisify(execFile)(file, args, {
    encoding: 'utf8',
    timeout: (SECONDS + 30) * 1000,
  });
  const percentile = (p: string) => toMs(out.match(new RegExp(`^\\s+${p}%\\s+(\\S+)`, 'm'))?.[1] ?? '');
  const errors = [...out.matchAll(/(?:Non-2xx or 3xx responses|Socket errors:.*?timeout)\s*:?\s*(\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
  return {
    requestsPerSecond: Number(out.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? Number.NaN),
    p50Ms: percentile('50'),
    p99Ms: percentile('99'),
    errors,
  };
}

interface Served {
  url: string;
  stop(): Promise<void>;
}

/**
 * Runs a server process that answers with `body` (written to response.json in a throw-away directory) on a
 * free port: `command` gets the directory and port and returns what to spawn. Resolves once it answers.
 * `pin`: the whole process on the server's CPU (nginx: one single-threaded worker), or only its main thread
 * (Node: the event loop, as the API is pinned; V8's garbage-collector threads stay free, as they do in use).
 */
async function serveFile(
  prefix: string,
  body: Buffer,
  pin: 'process' | 'main thread',
  command: (dir: string, port: number) => [string, string[]],
): Promise<Served> {
  const dir = mkdtempSync(join(tmpdir(), `wetsignaal-${prefix}-`));
  const port = await freePort();
  writeFileSync(join(dir, 'response.json'), body);
  const [file, args] = onCores(pin === 'process' ? pinning?.server : undefined, ...command(dir, port));
  const child = spawn(file, args, { stdio: 'ignore' });
  if (pinning && pin === 'main thread') pinMainThread(child.pid!, pinning.server);
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) break;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  return {
    url,
    async stop() {
      const gone = new Promise((ok) => child.once('exit', ok));
      child.kill('SIGTERM');
      await gone;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** nginx in the foreground with a throw-away config, serving one file with the API's content type. */
function startNginx(body: Buffer, contentType: string): Promise<Served> {
  return serveFile('nginx', body, 'process', (dir, port) => {
    writeFileSync(
      join(dir, 'nginx.conf'),
      `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:${port};
    location / { root ${dir}; default_type "${contentType}"; try_files /response.json =404; }
  }
}
`,
    );
    return [tool('nginx'), ['-p', dir, '-c', join(dir, 'nginx.conf')]];
  });
}

/**
 * A bare Node http server in a process of its own, answering every request with the same bytes: the most
 * any Node server can do on this machine, to set the API's figure against in the same run.
 */
function startBareNode(body: Buffer, contentType: string): Promise<Served> {
  return serveFile('bare', body, 'main thread', (dir, port) => {
    const script = `const body = require('node:fs').readFileSync(${JSON.stringify(join(dir, 'response.json'))});
require('node:http').createServer((req, res) => {
  res.writeHead(200, { 'content-type': ${JSON.stringify(contentType)}, 'content-length': body.length });
  res.end(body);
}).listen(${port}, '127.0.0.1');`;
    return [process.execPath, ['-e', script]];
  });
}

/** The regulation with the most signals, according to the API's own index. */
async function busiestRegulation(apiUrl: string): Promise<{ bwbId: string; signals: number }> {
  const index = (await (await fetch(`${apiUrl}/v1/index`)).json()) as { regulations: Array<{ bwbId: string }> };
  let best = { bwbId: '', signals: -1 };
  for (const { bwbId } of index.regulations) {
    const body = (await (await fetch(`${apiUrl}/v1/regulations/${bwbId}`)).json()) as { signals: unknown[] };
    if (body.signals.length > best.signals) best = { bwbId, signals: body.signals.length };
  }
  if (!best.bwbId) throw new Error('the API index lists no regulation');
  return best;
}

/** The API in a process of its own on a free port, its event loop pinned like bare Node's; resolves once it is ready. */
async function startApi(engine: Engine): Promise<Served> {
  const port = await freePort();
  // Without its request log, as nginx runs without its access log (with it, about a fifth fewer requests/s here).
  const child = spawnApi(engine, port, { REQUEST_LOG: '0' });
  child.stderr?.resume(); // its start-up line; unread, a full pipe would stall it
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    child.kill('SIGTERM');
    await exited(child);
  };
  try {
    await waitReady(url, child);
  } catch (error) {
    await stop();
    throw error;
  }
  if (pinning) pinMainThread(child.pid!, pinning.server);
  return { url, stop };
}

async function measure(engineName: string, engine: Engine): Promise<void> {
  const area = `API throughput ${engineName}`;
  const api = await startApi(engine);
  try {
    const { bwbId, signals } = await busiestRegulation(api.url);
    const target = `${api.url}/v1/regulations/${bwbId}`;
    const response = await fetch(target);
    const body = Buffer.from(await response.arrayBuffer());
    const contentType = response.headers.get('content-type') ?? 'application/json';
    const nginx = await startNginx(body, contentType);
    const bare = await startBareNode(body, contentType);
    try {
      note(`${engineName}: wrk -t${THREADS} -c${CONNECTIONS} -d${SECONDS}s on ${bwbId} (${signals} signals, ${body.length} bytes), API, nginx, bare Node`);
      const ours = await wrk(target);
      const theirs = await wrk(nginx.url);
      const ceiling = await wrk(bare.url);
      emit({ area, metric: 'cores: each server / wrk', value: pinning ? `${pinning.server} / ${pinning.load}` : 'shared (one core, or no taskset)' });
      emit({ area, metric: `GET /v1/regulations/${bwbId} (${signals} signals, ${(body.length / 1024).toFixed(1)} KB)`, value: ours.requestsPerSecond, unit: 'req/s' });
      emit({ area, metric: '  API p50 / p99 latency', value: `${ours.p50Ms.toFixed(2)} / ${ours.p99Ms.toFixed(2)}`, unit: 'ms' });
      emit({ area, metric: '  API non-2xx or timed-out responses', value: ours.errors });
      emit({ area, metric: 'bare Node http server, same bytes (no routing, no cache, no headers of ours)', value: ceiling.requestsPerSecond, unit: 'req/s' });
      emit({ area, metric: '  bare Node p50 / p99 latency', value: `${ceiling.p50Ms.toFixed(2)} / ${ceiling.p99Ms.toFixed(2)}`, unit: 'ms' });
      const ratio = ours.requestsPerSecond / ceiling.requestsPerSecond;
      emit({ area, metric: 'API / bare Node requests per second', value: ratio, unit: '×', target: `≥ ${BARE_NODE_TARGET}`, met: ratio >= BARE_NODE_TARGET });
      emit({ area, metric: '  nginx, same bytes from a file (1 worker; context, not judged)', value: theirs.requestsPerSecond, unit: 'req/s' });
      emit({ area, metric: '  nginx p50 / p99 latency', value: `${theirs.p50Ms.toFixed(2)} / ${theirs.p99Ms.toFixed(2)}`, unit: 'ms' });
      emit({ area, metric: '  API / nginx', value: ours.requestsPerSecond / theirs.requestsPerSecond, unit: '×' });
      emit({ area, metric: '  bare Node / nginx (the most a Node server reaches here)', value: ceiling.requestsPerSecond / theirs.requestsPerSecond, unit: '×' });
      await measurePage(area, api.url);
    } finally {
      await Promise.all([nginx.stop(), bare.stop()]);
    }
  } finally {
    await api.stop();
  }
}

/** The law page the issue names (Participatiewet), rendered as HTML, beside the JSON lookup of the same law. */
const PAGE_BWB_ID = 'BWBR0015703';

async function measurePage(area: string, apiUrl: string): Promise<void> {
  const pageUrl = `${apiUrl}/regeling/${PAGE_BWB_ID}`;
  const jsonUrl = `${apiUrl}/v1/regulations/${PAGE_BWB_ID}`;
  const [page, json] = await Promise.all([pageUrl, jsonUrl].map(async (url) => Buffer.from(await (await fetch(url)).arrayBuffer()).length));
  // Back to back, so both see the same machine: on a shared one the load changes within a minute.
  const lookup = await wrk(jsonUrl);
  const html = await wrk(pageUrl);
  emit({ area, metric: `GET /regeling/${PAGE_BWB_ID} (HTML page, ${(page! / 1024).toFixed(1)} KB)`, value: html.requestsPerSecond, unit: 'req/s' });
  emit({ area, metric: '  page p50 / p99 latency', value: `${html.p50Ms.toFixed(2)} / ${html.p99Ms.toFixed(2)}`, unit: 'ms' });
  emit({ area, metric: '  page non-2xx or timed-out responses', value: html.errors });
  emit({ area, metric: `GET /v1/regulations/${PAGE_BWB_ID} (JSON lookup, ${(json! / 1024).toFixed(1)} KB), just before`, value: lookup.requestsPerSecond, unit: 'req/s' });
  emit({ area, metric: '  JSON p50 / p99 latency', value: `${lookup.p50Ms.toFixed(2)} / ${lookup.p99Ms.toFixed(2)}`, unit: 'ms' });
  emit({ area, metric: 'HTML page / JSON lookup requests per second', value: html.requestsPerSecond / lookup.requestsPerSecond, unit: '×' });
}

const pgliteDir = mkdtempSync(join(tmpdir(), 'wetsignaal-throughput-'));
try {
  await measure('PGlite', { kind: 'pglite', dataDir: pgliteDir });
} finally {
  rmSync(pgliteDir, { recursive: true, force: true });
}
if (databaseUrl) await measure('PostgreSQL', { kind: 'postgres', databaseUrl });
else note('PostgreSQL skipped: set TEST_DATABASE_URL (or DATABASE_URL) to include it');
