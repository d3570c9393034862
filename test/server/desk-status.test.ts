// A signal's status from the desk over HTTP: only a signed-in moderator with the form's CSRF token changes it,
// a reason (or a published title) with personal data is refused and changes nothing, and a change shows on the public page with its
// reason, recorded in the audit log under the moderator's name.
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicPaths } from '../../utils/contract/public-pages';
import { addModerator } from '../../server/desk/accounts';
import { deskPaths } from '../../server/desk/pages';
import { SESSION_COOKIE } from '../../server/desk/routes';
import { SubmissionAck } from '../../utils/contract/api';
import { ENGINES, freshKey, seededApp, validSubmission } from './support';

const SIGNAL = 'sig-18-participatiewet-algemeen';

describe('signal status from the desk', () => {
  let ctx: Awaited<ReturnType<typeof seededApp>>;
  let cookie = '';
  beforeAll(async () => {
    ctx = await seededApp(ENGINES[0]!);
    const token = await addModerator(ctx.db, 'eva');
    const res = await ctx.app.request(deskPaths.signIn, { method: 'POST', body: new URLSearchParams({ token }) });
    expect(res.status).toBe(303);
    cookie = res.headers.get('Set-Cookie')!.split(';')[0]!;
    expect(cookie.startsWith(`${SESSION_COOKIE}=`)).toBe(true);
  });
  afterAll(() => ctx.drop());

  const deskGet = (path: string) => ctx.app.request(path, { headers: { Cookie: cookie } });
  const csrf = async () => parseHTML(await (await deskGet(deskPaths.signal(SIGNAL))).text()).document.querySelector('[data-testid="desk-status"] input[name="csrf"]')!.getAttribute('value')!;
  const post = (form: Record<string, string>) => ctx.app.request(deskPaths.signalStatus(SIGNAL), { method: 'POST', headers: { Cookie: cookie }, body: new URLSearchParams(form) });
  const publicHistory = async () =>
    [...parseHTML(await (await ctx.app.request(publicPaths.signal(SIGNAL))).text()).document.querySelectorAll('[data-testid="status-change"]')].map((li) => li.getAttribute('data-status'));

  it('refuses a form without the CSRF token, and a reason with personal data', async () => {
    expect((await post({ status: 'opgelost' })).status).toBe(403);
    const refused = await post({ csrf: await csrf(), status: 'opgelost', statusReason: 'Vragen? Mail naar jan@example.org.' });
    expect(refused.status).toBe(400);
    expect(parseHTML(await refused.text()).document.querySelector('[data-testid="desk-error"]')!.textContent).toContain('persoonsgegevens');
    expect(await publicHistory()).toEqual(['5_aanpassing_wetgeving']);
  });

  it('changes the status with a public reason, named after the moderator in the audit log only', async () => {
    const res = await post({ csrf: await csrf(), status: 'opgelost', statusReason: 'Opgelost met de wetswijziging van 1 januari 2027.' });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe(`${deskPaths.signal(SIGNAL)}?gedaan=status`);
    expect(await publicHistory()).toEqual(['5_aanpassing_wetgeving', 'opgelost']);
    const page = await (await ctx.app.request(publicPaths.signal(SIGNAL))).text();
    expect(page).toContain('Opgelost met de wetswijziging van 1 januari 2027.');
    expect(page).not.toMatch(/\beva\b/);
    const audit = await ctx.db.query<{ actor: string }>("SELECT actor FROM moderation_audit WHERE signal_id = $1 AND action = 'edit_signal'", [SIGNAL]);
    expect(audit).toEqual([{ actor: 'moderator:eva' }]);
  });

  it('refuses a publication whose public title holds personal data, as the API does, and publishes nothing', async () => {
    const submitted = await ctx.app.request('/v1/submissions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': freshKey() },
      body: JSON.stringify(validSubmission()),
    });
    const { id } = SubmissionAck.parse(await submitted.json());
    const page = parseHTML(await (await deskGet(deskPaths.submission(id))).text()).document;
    const token = page.querySelector('[data-testid="desk-publish"] input[name="csrf"]')!.getAttribute('value')!;
    const form = { csrf: token, title: 'Terugvordering zonder ruimte, vragen aan jan@example.org', summary: 'Een kleine vergissing leidt tot volledige terugvordering.' };
    const refused = await ctx.app.request(deskPaths.decide(id, 'publish'), { method: 'POST', headers: { Cookie: cookie }, body: new URLSearchParams(form) });
    expect(refused.status).toBe(400);
    expect(parseHTML(await refused.text()).document.querySelector('[data-testid="desk-error"]')!.textContent).toContain('persoonsgegevens');
    const [row] = await ctx.db.query<{ state: string }>('SELECT state FROM submissions WHERE id = $1', [id]);
    expect(row!.state).not.toBe('gepubliceerd');
  });

  it('answers 404 for a signal that does not exist, and sends a visitor without a session to sign in', async () => {
    expect((await deskGet(deskPaths.signal('sig-does-not-exist'))).status).toBe(404);
    const anonymous = await ctx.app.request(deskPaths.signal(SIGNAL));
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('Location')).toBe(publicPaths.desk);
  });
});
