// Fires ≥ 10,000 generated malformed and hostile requests (seeded, so every run sends the same ones)
// at the real API and counts the answers by status. Target: no 5xx, and /healthz still OK afterwards.
// Then sends the labelled personal-data corpora through the public text fields and counts what is caught.
// Run: npx tsx bench/hostile.ts [--count N] [--seed S]
import { startServer } from '../server/start';
import { fireAll, hostileRequests } from './lib/hostile-requests';
import { sendPersonalData } from './lib/personal-data-requests';
import { emit, note } from './lib/report';

const arg = (name: string, fallback: number) => Number(process.argv[process.argv.indexOf(name) + 1]) || fallback;
const COUNT = arg('--count', 11_000);
const SEED = arg('--seed', 20_260_101);
const AREA = 'hostile input';

const ADMIN_TOKEN = 'bench-admin-token-0123456789';
const api = await startServer({ port: 0, memory: true, log: false, adminToken: ADMIN_TOKEN, rateLimitPerMinute: 10_000_000 });
try {
  note(`sending ${COUNT} hostile requests (seed ${SEED}) to ${api.url}`);
  const started = performance.now();
  const tally = await fireAll(api.url, hostileRequests(SEED, COUNT), { concurrency: 16 });
  const seconds = (performance.now() - started) / 1000;
  const health = await fetch(`${api.url}/healthz`).then((r) => r.status, () => 0);
  const fiveHundreds = [...tally.byStatus].filter(([s]) => /^5\d\d$/.test(s)).reduce((n, [, c]) => n + c, 0);
  const timeouts = tally.byStatus.get('timeout') ?? 0;
  emit({ area: AREA, metric: `requests sent (seed ${SEED})`, value: COUNT });
  emit({ area: AREA, metric: 'wall time', value: seconds, unit: 's' });
  for (const [status, count] of [...tally.byStatus].sort()) emit({ area: AREA, metric: `answered ${status}`, value: count });
  emit({ area: AREA, metric: '5xx answers', value: fiveHundreds, target: '0', met: fiveHundreds === 0 });
  emit({ area: AREA, metric: 'timeouts (no answer in 30 s)', value: timeouts, target: '0', met: timeouts === 0 });
  emit({ area: AREA, metric: '/healthz afterwards', value: health, target: '200', met: health === 200 });
  for (const [kind, statuses] of tally.byKindStatus) {
    const summary = [...statuses].sort().map(([s, c]) => `${s}×${c}`).join(' ');
    emit({ area: AREA, metric: `  ${kind}`, value: summary });
  }
  for (const failure of tally.serverErrors.slice(0, 5)) {
    note(`5xx: ${failure.request.method} ${failure.request.path.slice(0, 120)} (${failure.request.kind}) → ${failure.status} ${failure.body}`);
  }
  note('sending the labelled personal-data corpora through description, quote and regulation title');
  const privacy = await sendPersonalData(api.url, ADMIN_TOKEN);
  const PRIVACY = 'hostile input: personal data';
  emit({ area: PRIVACY, metric: 'cases tried (texts × public fields)', value: privacy.tried });
  for (const [kind, { sent, caught }] of privacy.byKind) emit({ area: PRIVACY, metric: `caught: ${kind}`, value: `${caught} of ${sent}` });
  emit({ area: PRIVACY, metric: 'false positives on law-like text', value: `${privacy.falsePositives} of ${privacy.lawLikeSent}`, target: '0', met: privacy.falsePositives === 0 });
  emit({ area: PRIVACY, metric: '5xx answers', value: privacy.serverErrors, target: '0', met: privacy.serverErrors === 0 });
  for (const miss of privacy.misses.slice(0, 20)) note(miss);
} finally {
  await api.close();
}
