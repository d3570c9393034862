// Every export format parsed back after a signal with hostile-looking public text was published: the
// bytes carry no `</` (safe to embed in a page), the parsed value is exactly what was published, and
// the annotation's FragmentSelector is an RFC 3986 fragment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnnotationCollection, ExportJson, ModerationDecision } from '../../utils/contract/admin';
import { SubmissionAck } from '../../utils/contract/api';
import type { App } from '../../server/app';
import { CSV_COLUMNS } from '../../server/export/csv';
import { encodeFragment } from '../../server/export/annotation';
import { ADMIN_TOKEN, ENGINES, freshKey, parseCsv, seededApp, validSubmission, type Engine } from './support';

const TITLE = 'Terugvordering </script><script>alert(1)</script> <!-- & "quotes"';
const SUMMARY = '=HYPERLINK("x") een samenvatting met </style> en \u2028 regelscheiding.';
const QUOTE = { exact: 'Het college kan besluiten', prefix: 'lid 8. ', suffix: ' tot gehele', start: 7, end: 32 };
const RFC3986_FRAGMENT = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-F]{2})*$/;

describe.each(ENGINES)('export formats on $name', (engine: Engine) => {
  let ctx: Awaited<ReturnType<typeof seededApp>>;
  let app: App;
  let signalId: string;
  beforeAll(async () => {
    ctx = await seededApp(engine);
    app = ctx.app;
    const target = { bwbId: 'BWBR0015703', label: '58', lid: '8', versionDate: '2026-01-01', path: [{ kind: 'hoofdstuk', nr: '6' }, { kind: 'paragraaf', nr: '6.4' }], quote: QUOTE };
    const sent = await app.request('/v1/submissions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': freshKey() },
      body: JSON.stringify(validSubmission({ target })),
    });
    expect(sent.status).toBe(202);
    const ack = SubmissionAck.parse(await sent.json());
    const published = await app.request(`/v1/moderation/submissions/${ack.id}/publish`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ title: TITLE, summary: SUMMARY }),
    });
    expect(published.status).toBe(200);
    signalId = ModerationDecision.parse(await published.json()).signal!.id;
  });
  afterAll(() => ctx.drop());

  it('every format says per target whether the sources name it or a merged report added it', async () => {
    // A report about Participatiewet article 11, merged into the published signal.
    const sent = await app.request('/v1/submissions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': freshKey() },
      body: JSON.stringify(validSubmission({ target: { bwbId: 'BWBR0015703', label: '11', lid: null, versionDate: null } })),
    });
    const ack = SubmissionAck.parse(await sent.json());
    const attached = await app.request(`/v1/moderation/submissions/${ack.id}/attach`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ signalId }),
    });
    expect(attached.status).toBe(200);
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    const json = ExportJson.parse(await (await app.request('/v1/export')).json()).signals.find((s) => s.id === signalId);
    expect(json?.targets.map((t) => [t.label, t.origin])).toEqual([
      ['58', { kind: 'bronnen' }],
      ['11', { kind: 'melding', mergedOn: today }],
    ]);
    const rows = parseCsv(await (await app.request('/v1/export?format=csv')).text()).filter((r) => r[0] === signalId);
    const column = (name: (typeof CSV_COLUMNS)[number]) => rows.map((r) => r[CSV_COLUMNS.indexOf(name)]);
    expect(column('label')).toEqual(['58', '11']);
    expect(column('target_origin')).toEqual(['bronnen', 'melding']);
    expect(column('target_merged_on')).toEqual(['', today]);
    const annotations = AnnotationCollection.parse(await (await app.request('/v1/export?format=annotation')).json()).first.items;
    const comments = (i: number) =>
      annotations.find((a) => a.id.endsWith(`/v1/signals/${signalId}#target-${i}`))!.body.filter((b) => 'purpose' in b && b.purpose === 'commenting');
    expect(comments(0)).toEqual([]);
    expect(comments(1)).toMatchObject([
      { value: `Dit artikel is aan het signaal gekoppeld na een melding (beoordeeld door een moderator op ${today.split('-').reverse().join('-')}); de bronnen noemen het niet` },
    ]);
  });

  it('JSON: no "</" in the bytes, and parsing gives back exactly the published text', async () => {
    const res = await app.request('/v1/export');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    const raw = await res.text();
    expect(raw).not.toMatch(/<\/|<!--/);
    const signal = ExportJson.parse(JSON.parse(raw)).signals.find((s) => s.id === signalId);
    expect(signal?.title).toBe(TITLE);
    expect(signal?.summary).toBe(SUMMARY);
    expect(signal?.targets[0]?.quote).toEqual(QUOTE);
  });

  it('CSV: parses back (RFC 4180) with the text intact and formulas neutralised', async () => {
    const res = await app.request('/v1/export?format=csv');
    const rows = parseCsv(await res.text());
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const row = rows.find((r) => r[0] === signalId)!;
    const cell = (name: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(name)];
    expect(cell('title')).toBe(TITLE);
    expect(cell('summary')).toBe(`'${SUMMARY}`);
    expect(cell('label')).toBe('58');
  });

  it('annotation: no "</" in the bytes, the selector is an RFC 3986 fragment that decodes to the portal anchor', async () => {
    const raw = await (await app.request('/v1/export?format=annotation')).text();
    expect(raw).not.toMatch(/<\/|<!--/);
    const collection = AnnotationCollection.parse(JSON.parse(raw));
    const annotation = collection.first.items.find((a) => a.id.endsWith(`/v1/signals/${signalId}#target-0`))!;
    expect(annotation.body[0]).toMatchObject({ value: `${TITLE}\n\n${SUMMARY}` });
    const selector = annotation.target.selector!;
    expect(selector.value).toMatch(RFC3986_FRAGMENT);
    expect(decodeURIComponent(selector.value)).toBe('Hoofdstuk6_Paragraaf6.4_Artikel58_Lid8');
    expect(selector.refinedBy).toEqual({ type: 'TextQuoteSelector', exact: QUOTE.exact, prefix: QUOTE.prefix, suffix: QUOTE.suffix });
    expect(annotation.target.source).toBe('https://wetten.overheid.nl/BWBR0015703/2026-01-01');
  });
});

describe('encodeFragment', () => {
  it('percent-encodes as UTF-8 whatever RFC 3986 does not allow in a fragment, and nothing else', () => {
    expect(encodeFragment('Hoofdstuk4_Artikel4:84*')).toBe('Hoofdstuk4_Artikel4:84*');
    expect(encodeFragment('Artikel 1 %<>"#é\u{1F600}')).toBe('Artikel%201%20%25%3C%3E%22%23%C3%A9%F0%9F%98%80');
    for (const s of ['a b', '%%', '</script>', '#frag', 'ü/ß?x']) {
      const encoded = encodeFragment(s);
      expect(encoded).toMatch(RFC3986_FRAGMENT);
      expect(decodeURIComponent(encoded)).toBe(s);
    }
  });
});
