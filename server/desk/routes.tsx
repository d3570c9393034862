// The moderation desk (/moderatie): personal sign-in exchanging a token for a session cookie
// (HttpOnly; Secure; SameSite=Strict), a CSRF token in every form plus a same-origin check, and decisions
// recorded in the audit log under the moderator's own name.
import type { Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';
import { z } from 'zod';
import { AttachRequest, PublishRequest, RejectRequest, SignalId, SignalPatch, type ModerationSubmission } from '../../utils/contract/admin';
import { BwbId } from '../../utils/contract/identity';
import { publicPaths } from '../../utils/contract/public-pages';
import type { Database } from '../db/types';
import * as moderation from '../moderation/service';
import { moderatorTextFindings, type ModeratorTextField } from '../moderation/moderator-text';
import { getRegulationView } from '../repo/regulations';
import { getSignal } from '../repo/signals';
import { statusHistory } from '../repo/status-history';
import { DEFAULT_CORPUS_DIR } from '../seed/corpus-hash';
import { PAGE_SECURITY_HEADERS, HTML_TYPE } from '../web/routes';
import { readerLanguage, webText, type WebKey, type WebText } from '../web/strings';
import { localHref } from '../web/layout';
import { actorName, SESSION_HOURS, sessionFor, signIn, signOut, type Session } from './accounts';
import { compareArticle } from './article-versions';
import { deskPaths, QueuePage, SignalStatusPage, SignInPage, SubmissionPage, type Duplicate, type Notice, type QueueFilter } from './pages';
import { privacyBlockMessage } from './PersonalDataFlags';

export const SESSION_COOKIE = 'ws_desk';

const DESK_HEADERS = { ...PAGE_SECURITY_HEADERS, 'Cache-Control': 'no-store' };

function page(c: Context, node: VNode, status: 200 | 400 | 401 | 403 | 404 | 409 = 200) {
  return c.body(`<!doctype html>${render(node)}`, status, { 'Content-Type': HTML_TYPE, ...DESK_HEADERS });
}

function redirect(c: Context, to: string) {
  return c.body(null, 303, { Location: to, ...DESK_HEADERS });
}

const textOf = (c: Context): WebText => webText(readerLanguage(c.req.query('lang'), c.req.header('Accept-Language')));

/** Browsers send Origin with every form POST; one from elsewhere is a cross-site request. */
function sameOrigin(c: Context): boolean {
  const origin = c.req.header('Origin');
  return origin === undefined || origin === new URL(c.req.url).origin;
}

/** A desk form's fields: one string each, except the repeatable `confirm` checkboxes. */
type DeskForm = Record<string, string | string[]>;

/** The privacy choices a publish or merge form carries (PrivacyChoices in the page). */
function privacyChoices(form: DeskForm) {
  return {
    ...(form.confirm ? { confirmedFields: form.confirm } : {}),
    ...(form.dropQuote ? { dropQuote: true } : {}),
    ...(typeof form.regulationTitle === 'string' && form.regulationTitle.trim() ? { regulationTitle: form.regulationTitle } : {}),
  };
}

/** A form's validation errors as one line for the page, each with the field it concerns. */
const issuesText = (error: z.ZodError): string => error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');

const FIELD_LABELS: Record<ModeratorTextField, WebKey> = {
  title: 'deskTitleField',
  summary: 'deskSummaryField',
  regulationTitle: 'deskRegulationTitleField',
  statusReason: 'deskStatusReason',
};

/** Certain personal data in the moderator's public texts, refused as in the API; null when there is none. */
function personalDataRefusal(body: unknown, text: WebText): string | null {
  const found = moderatorTextFindings(body).map(({ field, kinds }) =>
    text.t('deskPersonalDataInField', { field: text.t(FIELD_LABELS[field]), kinds: kinds.map((k) => text.labels.personalData[k]).join(', ') }),
  );
  return found.length ? found.join(' ') : null;
}

/** A single-valued form field, or '' when absent or repeated. */
const field = (form: DeskForm, name: string): string => (typeof form[name] === 'string' ? form[name] : '');

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []);
}

/** Share of distinct words two texts have in common (Jaccard). */
function similarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.max(1, x.size + y.size - shared);
}

const QueueQuery = z.object({
  status: z.enum(['open', 'all']).catch('open'),
  wet: z.union([BwbId, z.literal('')]).catch(''),
  ouder: z.union([z.coerce.number().int().min(0).max(3650), z.literal('')]).catch(''),
});

const NOTICES: Record<string, WebKey> = {
  publish: 'deskNoticePublish',
  attach: 'deskNoticeAttach',
  reject: 'deskNoticeReject',
  status: 'deskNoticeStatus',
};

/** The notice for `?gedaan=…` (and the signal named in `?signaal=…`), or null. */
function noticeOf(c: Context, text: WebText): Notice | null {
  const key = NOTICES[c.req.query('gedaan') ?? ''];
  if (!key) return null;
  const signalId = SignalId.safeParse(c.req.query('signaal'));
  return { text: text.t(key), signalId: signalId.success ? signalId.data : null };
}

const notFound = (c: Context) => c.body(textOf(c).t('notFound'), 404, { 'Content-Type': 'text/plain; charset=utf-8', ...DESK_HEADERS });

export type DeskDeps = {
  db: Database;
  /** The law corpus the desk compares reported article texts with (default: WETSIGNAAL_CORPUS or ../shared/corpus). */
  corpusDir?: string;
};

export function registerDeskRoutes(app: Hono, { db, corpusDir = DEFAULT_CORPUS_DIR }: DeskDeps) {
  const session = (c: Context) => sessionFor(db, getCookie(c, SESSION_COOKIE));

  /** The signed-in moderator whose form carries the session's CSRF token, or a response refusing the request. */
  async function authorisedPost(c: Context): Promise<{ ok: true; session: Session; form: DeskForm } | { ok: false; response: Response }> {
    const text = textOf(c);
    if (!sameOrigin(c)) return { ok: false, response: page(c, <SignInPage text={text} failed={false} />, 403) };
    const current = await session(c);
    if (!current) return { ok: false, response: redirect(c, localHref(publicPaths.desk, text.linkLang)) };
    const body = await c.req.parseBody({ all: true });
    const form: DeskForm = Object.fromEntries(
      Object.entries(body).flatMap(([key, value]) => {
        const strings = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
        return strings.length === 0 ? [] : [[key, strings.length === 1 && key !== 'confirm' ? strings[0]! : strings]];
      }),
    );
    if (form.csrf !== current.csrf) return { ok: false, response: c.body(text.t('deskFormExpired'), 403, { 'Content-Type': 'text/plain; charset=utf-8', ...DESK_HEADERS }) };
    return { ok: true, session: current, form };
  }

  app.get(publicPaths.desk, async (c) => {
    const text = textOf(c);
    const current = await session(c);
    if (!current) return page(c, <SignInPage text={text} failed={false} />);
    const query = QueueQuery.parse(c.req.query());
    const items = await moderation.listSubmissions(db, {
      open: query.status === 'open',
      bwbId: query.wet || undefined,
      olderThanDays: query.ouder === '' ? undefined : query.ouder,
    });
    const filter: QueueFilter = { status: query.status, bwbId: query.wet, olderThanDays: String(query.ouder) };
    return page(c, <QueuePage text={text} moderator={current.moderator} csrf={current.csrf} items={items} filter={filter} notice={noticeOf(c, text)} />);
  });

  app.post(deskPaths.signIn, async (c) => {
    const text = textOf(c);
    if (!sameOrigin(c)) return page(c, <SignInPage text={text} failed={false} />, 403);
    const body = await c.req.parseBody();
    const token = typeof body.token === 'string' ? body.token : '';
    const started = token ? await signIn(db, token) : null;
    if (!started) return page(c, <SignInPage text={text} failed />, 401);
    setCookie(c, SESSION_COOKIE, started.id, { httpOnly: true, secure: true, sameSite: 'Strict', path: publicPaths.desk, maxAge: SESSION_HOURS * 3600 });
    return redirect(c, localHref(publicPaths.desk, text.linkLang));
  });

  app.post(deskPaths.signOut, async (c) => {
    const checked = await authorisedPost(c);
    if (!checked.ok) return checked.response;
    await signOut(db, checked.session.id);
    deleteCookie(c, SESSION_COOKIE, { path: publicPaths.desk, secure: true, httpOnly: true, sameSite: 'Strict' });
    return redirect(c, localHref(publicPaths.desk, textOf(c).linkLang));
  });

  async function submissionPage(c: Context, current: Session, submission: ModerationSubmission, error: string | null, status: 200 | 400 | 409) {
    const text = textOf(c);
    const others = (await moderation.listSubmissions(db, { open: false, bwbId: submission.target.bwbId })).filter(
      (o) => o.id !== submission.id && o.target.label === submission.target.label,
    );
    const duplicates: Duplicate[] = others
      .map((o) => ({ submission: o, similarity: similarity(o.description, submission.description) }))
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, 10);
    const view = await getRegulationView(db, submission.target.bwbId);
    // Signals on the same article first, then the rest of the law's signals: the likely merge targets.
    const onArticle = new Set(view?.articles.find((a) => a.label === submission.target.label)?.signalIds ?? []);
    const candidates = [...(view?.signals ?? [])].sort((a, b) => Number(onArticle.has(b.id)) - Number(onArticle.has(a.id)));
    return page(
      c,
      <SubmissionPage
        text={text}
        moderator={current.moderator}
        csrf={current.csrf}
        submission={submission}
        comparison={compareArticle(submission.target, corpusDir)}
        knownRegulation={view !== null && view !== undefined}
        duplicates={duplicates}
        candidates={candidates}
        error={error}
      />,
      status,
    );
  }

  app.get(`${publicPaths.desk}/melding/:id`, async (c) => {
    const current = await session(c);
    if (!current) return redirect(c, localHref(publicPaths.desk, textOf(c).linkLang));
    const submission = await moderation.getSubmission(db, c.req.param('id'), false);
    if (!submission) return notFound(c);
    return submissionPage(c, current, submission, null, 200);
  });

  app.post(`${publicPaths.desk}/melding/:id/:action`, async (c) => {
    const checked = await authorisedPost(c);
    if (!checked.ok) return checked.response;
    const { session: current, form } = checked;
    const id = c.req.param('id');
    const action = c.req.param('action');
    const actor = actorName(current.moderator);
    const text = textOf(c);
    let signalId: string | null = null;
    try {
      if (action === 'publish') {
        const body = PublishRequest.safeParse({ title: form.title, summary: form.summary, ...(form.status ? { status: form.status } : {}), ...privacyChoices(form) });
        if (!body.success) throw new FormError(issuesText(body.error));
        const refusal = personalDataRefusal(body.data, text);
        if (refusal) throw new FormError(refusal);
        signalId = (await moderation.publish(db, id, body.data, actor)).signal?.id ?? null;
      } else if (action === 'attach') {
        const body = AttachRequest.safeParse({ signalId: form.signalId, ...privacyChoices(form) });
        if (!body.success) throw new FormError(body.error.issues.map((i) => i.message).join('; '));
        const refusal = personalDataRefusal(body.data, text);
        if (refusal) throw new FormError(refusal);
        signalId = (await moderation.attach(db, id, body.data.signalId, actor, body.data)).signal?.id ?? null;
      } else if (action === 'reject') {
        const body = RejectRequest.safeParse({ reason: form.reason });
        if (!body.success) throw new FormError(text.t('deskGiveReason'));
        await moderation.reject(db, id, body.data.reason, actor);
      } else {
        return notFound(c);
      }
    } catch (error) {
      const refused = error instanceof FormError || error instanceof moderation.ModerationError || error instanceof moderation.PrivacyBlock;
      if (!refused) throw error;
      const submission = await moderation.getSubmission(db, id, false);
      if (!submission) return notFound(c);
      const message = error instanceof moderation.PrivacyBlock ? privacyBlockMessage(error.errors.map((e) => e.field), text) : error.message;
      return submissionPage(c, current, submission, message, error instanceof FormError ? 400 : 409);
    }
    return redirect(c, localHref(publicPaths.desk, text.linkLang, { gedaan: action, ...(signalId ? { signaal: signalId } : {}) }));
  });

  async function signalPage(c: Context, current: Session, id: string, error: string | null, status: 200 | 400 = 200) {
    const signal = await getSignal(db, id);
    if (!signal) return notFound(c);
    const text = textOf(c);
    const history = await statusHistory(db, signal);
    return page(c, <SignalStatusPage text={text} moderator={current.moderator} csrf={current.csrf} signal={signal} history={history} notice={noticeOf(c, text)} error={error} />, status);
  }

  app.get(`${publicPaths.desk}/signaal/:id`, async (c) => {
    const current = await session(c);
    if (!current) return redirect(c, localHref(publicPaths.desk, textOf(c).linkLang));
    return signalPage(c, current, c.req.param('id'), null);
  });

  app.post(`${publicPaths.desk}/signaal/:id/status`, async (c) => {
    const checked = await authorisedPost(c);
    if (!checked.ok) return checked.response;
    const { session: current, form } = checked;
    const id = c.req.param('id');
    const text = textOf(c);
    const reason = field(form, 'statusReason').trim();
    const patch = SignalPatch.safeParse({ status: form.status, ...(reason ? { statusReason: reason } : {}) });
    if (!patch.success) return signalPage(c, current, id, issuesText(patch.error), 400);
    const refusal = personalDataRefusal(patch.data, text);
    if (refusal) return signalPage(c, current, id, refusal, 400);
    try {
      await moderation.patchSignal(db, id, patch.data, actorName(current.moderator));
    } catch (error) {
      if (error instanceof moderation.ModerationError) return notFound(c);
      throw error;
    }
    return redirect(c, localHref(deskPaths.signal(id), text.linkLang, { gedaan: 'status' }));
  });
}

class FormError extends Error {}
