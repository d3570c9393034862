// The moderation desk's pages (server-rendered, no JavaScript): sign-in, the queue with filters, one
// submission (the article as reported beside the current text, the quote marked, personal-data flags,
// possible duplicates, the three decisions) and one signal's status with a public reason.
// Stable data-testid attributes mark what the end-to-end tests find.
import type { ComponentChildren } from 'preact';
import type { ModerationSubmission } from '../../utils/contract/admin';
import type { Signal, SignalSummary } from '../../utils/contract/api';
import { publicPaths } from '../../utils/contract/public-pages';
import { SIGNAL_STATUSES, type SignalStatus } from '../../utils/contract/vocabulary';
import { formatDate } from '../../utils/i18n/index';
import { LanguageField, Layout, localHref } from '../web/layout';
import type { StatusChange } from '../repo/status-history';
import { StatusHistory } from '../web/pages';
import { TableWrap } from '../web/TableWrap';
import type { WebText } from '../web/strings';
import { ArticleComparisonView } from './ArticleComparison';
import type { ArticleComparison } from './article-versions';
import { PersonalDataFlags, PrivacyChoices } from './PersonalDataFlags';

export const deskPaths = {
  signIn: `${publicPaths.desk}/aanmelden`,
  signOut: `${publicPaths.desk}/afmelden`,
  submission: (id: string) => `${publicPaths.desk}/melding/${encodeURIComponent(id)}`,
  decide: (id: string, action: 'publish' | 'attach' | 'reject') => `${publicPaths.desk}/melding/${encodeURIComponent(id)}/${action}`,
  signal: (id: string) => `${publicPaths.desk}/signaal/${encodeURIComponent(id)}`,
  signalStatus: (id: string) => `${publicPaths.desk}/signaal/${encodeURIComponent(id)}/status`,
};

function Field({ id, label, children }: { id: string; label: string; children: ComponentChildren }) {
  return (
    <div class="utrecht-form-field">
      <label class="utrecht-form-label" for={id}>
        {label}
      </label>
      {children}
    </div>
  );
}

function DeskLayout({ text, title, path, moderator, csrf, children }: { text: WebText; title: string; path: string; moderator?: string; csrf?: string; children: ComponentChildren }) {
  return (
    <Layout text={text} title={title} path={path}>
      {moderator && csrf && (
        <form class="ws-desk-bar" method="post" action={deskPaths.signOut}>
          <span data-testid="desk-moderator">{text.t('deskSignedInAs', { name: moderator })}</span>
          <input type="hidden" name="csrf" value={csrf} />
          <button class="utrecht-button utrecht-button--secondary-action" type="submit" data-testid="desk-sign-out">
            {text.t('deskSignOut')}
          </button>
        </form>
      )}
      {children}
    </Layout>
  );
}

export function SignInPage({ text, failed }: { text: WebText; failed: boolean }) {
  const { t } = text;
  return (
    <DeskLayout text={text} title={t('deskSignInTitle')} path={publicPaths.desk}>
      <h1 class="utrecht-heading-1">{t('desk')}</h1>
      {failed && (
        <div class="utrecht-alert utrecht-alert--error" role="alert">
          <p class="utrecht-paragraph">{t('deskSignInFailed')}</p>
        </div>
      )}
      <p class="utrecht-paragraph">{t('deskSignInIntro')}</p>
      <form method="post" action={localHref(deskPaths.signIn, text.linkLang)} data-testid="desk-sign-in">
        <Field id="token" label={t('deskToken')}>
          <input class="utrecht-textbox utrecht-textbox--html-input" id="token" name="token" type="password" autoComplete="off" required maxLength={200} />
        </Field>
        <button class="utrecht-button utrecht-button--primary-action" type="submit">
          {t('deskSignIn')}
        </button>
      </form>
    </DeskLayout>
  );
}

export type QueueFilter = { status: 'open' | 'all'; bwbId: string; olderThanDays: string };

/** A done decision shown on the next page, with the signal it concerned. */
export type Notice = { text: string; signalId: string | null };

function NoticeBox({ notice, text }: { notice: Notice; text: WebText }) {
  return (
    <div class="utrecht-alert utrecht-alert--ok" role="status" data-testid="desk-notice">
      <p class="utrecht-paragraph">
        {notice.text}
        {notice.signalId && (
          <>
            {' '}
            <a class="utrecht-link" href={localHref(deskPaths.signal(notice.signalId), text.linkLang)}>
              {text.t('deskEditSignal')}
            </a>
          </>
        )}
      </p>
    </div>
  );
}

function BackToQueue({ text }: { text: WebText }) {
  return (
    <p class="utrecht-paragraph">
      <a class="utrecht-link" href={localHref(publicPaths.desk, text.linkLang)}>
        {text.t('deskBack')}
      </a>
    </p>
  );
}

function ErrorAlert({ error }: { error: string }) {
  return (
    <div class="utrecht-alert utrecht-alert--error" role="alert" data-testid="desk-error">
      <p class="utrecht-paragraph">{error}</p>
    </div>
  );
}

const articleOf = (s: ModerationSubmission, text: WebText) => (s.target.label ? `, ${text.t('deskArticleShort', { label: s.target.label })}` : '');

export function QueuePage({ text, moderator, csrf, items, filter, notice }: { text: WebText; moderator: string; csrf: string; items: ModerationSubmission[]; filter: QueueFilter; notice: Notice | null }) {
  const { t, labels, language } = text;
  return (
    <DeskLayout text={text} title={t('deskQueueTitle')} path={publicPaths.desk} moderator={moderator} csrf={csrf}>
      <h1 class="utrecht-heading-1">{t('deskQueue')}</h1>
      {notice && <NoticeBox notice={notice} text={text} />}
      <form class="ws-search" method="get" action={publicPaths.desk} data-testid="desk-filter">
        <LanguageField text={text} />
        <Field id="status" label={t('status')}>
          <select class="utrecht-select utrecht-select--html-select" id="status" name="status">
            <option value="open" selected={filter.status === 'open'}>
              {t('deskFilterOpen')}
            </option>
            <option value="all" selected={filter.status === 'all'}>
              {t('deskFilterAll')}
            </option>
          </select>
        </Field>
        <Field id="wet" label={t('deskFilterLaw')}>
          <input class="utrecht-textbox utrecht-textbox--html-input" id="wet" name="wet" value={filter.bwbId} maxLength={12} />
        </Field>
        <Field id="ouder" label={t('deskFilterAge')}>
          <input class="utrecht-textbox utrecht-textbox--html-input" id="ouder" name="ouder" inputMode="numeric" value={filter.olderThanDays} maxLength={4} />
        </Field>
        <button class="utrecht-button utrecht-button--secondary-action" type="submit">
          {t('deskFilter')}
        </button>
      </form>
      {items.length === 0 ? (
        <p class="utrecht-paragraph" data-testid="desk-queue-empty">
          {t('deskNoSubmissions')}
        </p>
      ) : (
        <TableWrap label={t('deskSubmissions')}>
          <table class="utrecht-table" data-testid="desk-queue">
            <caption class="utrecht-table__caption ws-visually-hidden">{t('deskSubmissions')}</caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">{t('deskReceived')}</th>
                <th class="utrecht-table__header-cell" scope="col">{t('deskLawArticle')}</th>
                <th class="utrecht-table__header-cell" scope="col">{t('deskReport')}</th>
                <th class="utrecht-table__header-cell" scope="col">{t('status')}</th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {items.map((s) => (
                <tr class="utrecht-table__row" key={s.id} data-testid="desk-queue-item" data-submission-id={s.id}>
                  <td class="utrecht-table__cell">{formatDate(s.receivedAt, language)}</td>
                  <td class="utrecht-table__cell">
                    {s.regulationTitle}
                    {articleOf(s, text)}
                  </td>
                  <td class="utrecht-table__cell">
                    <a class="utrecht-link" href={localHref(deskPaths.submission(s.id), text.linkLang)}>
                      {s.description.length > 120 ? `${s.description.slice(0, 119)}…` : s.description}
                    </a>
                  </td>
                  <td class="utrecht-table__cell" data-testid="desk-queue-state">
                    {labels.submissionState[s.state]}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </DeskLayout>
  );
}

export type Duplicate = { submission: ModerationSubmission; similarity: number };

export function SubmissionPage(props: {
  text: WebText;
  moderator: string;
  csrf: string;
  submission: ModerationSubmission;
  comparison: ArticleComparison;
  knownRegulation: boolean;
  duplicates: Duplicate[];
  candidates: SignalSummary[];
  error: string | null;
}) {
  const { text, moderator, csrf, submission: s, comparison, knownRegulation, duplicates, candidates, error } = props;
  const { t, labels, language } = text;
  const open = s.state === 'ontvangen' || s.state === 'in_behandeling';
  const fieldText = (field: 'affected' | 'otherLaw', value: string | null) =>
    value ? (
      <p class="utrecht-paragraph" data-testid={`submission-${field}`}>
        {labels.publicTextField[field]}: {value}
      </p>
    ) : null;
  return (
    <DeskLayout text={text} title={t('deskReviewTitle')} path={deskPaths.submission(s.id)} moderator={moderator} csrf={csrf}>
      <BackToQueue text={text} />
      <h1 class="utrecht-heading-1">
        {s.regulationTitle}
        {s.target.label ? `, ${t('deskArticleHeading', { label: s.target.label })}` : ''}
        {s.target.lid ? ` ${t('lid', { lid: s.target.lid })}` : ''}
      </h1>
      {error && <ErrorAlert error={error} />}
      <p class="utrecht-paragraph ws-meta" data-testid="submission-meta" data-submission-id={s.id} data-state={s.state}>
        <span>{labels.submissionState[s.state]}</span>
        <span>{formatDate(s.receivedAt, language)}</span>
        <span>{s.id}</span>
      </p>
      {s.signalId && (
        <p class="utrecht-paragraph ws-meta" data-testid="submission-signal">
          <a class="utrecht-link" href={localHref(deskPaths.signal(s.signalId), text.linkLang)}>
            {t('deskEditSignal')}
          </a>
          <a class="utrecht-link" href={localHref(publicPaths.signal(s.signalId), text.linkLang)}>
            {t('deskPublicPage')}
          </a>
        </p>
      )}
      <ArticleComparisonView target={s.target} comparison={comparison} text={text} />
      <h2 class="utrecht-heading-2">{t('deskWhatHappened')}</h2>
      <p class="utrecht-paragraph" data-testid="submission-description">
        {s.description}
      </p>
      {fieldText('affected', s.affected)}
      {fieldText('otherLaw', s.otherLaw)}
      <p class="utrecht-paragraph ws-meta">
        <span data-testid="submission-consent">{s.consentToPublish ? t('deskConsent') : t('deskNoConsent')}</span>
        {s.cause && <span>{labels.cause[s.cause]}</span>}
      </p>
      <h2 class="utrecht-heading-2">{t('deskPersonalData')}</h2>
      <PersonalDataFlags submission={s} text={text} />
      <h2 class="utrecht-heading-2">{t('deskDuplicates')}</h2>
      {duplicates.length === 0 ? (
        <p class="utrecht-paragraph">{t('deskNoDuplicates')}</p>
      ) : (
        <ul class="utrecht-unordered-list" data-testid="desk-duplicates">
          {duplicates.map((d) => (
            <li class="utrecht-unordered-list__item" key={d.submission.id}>
              <a class="utrecht-link" href={localHref(deskPaths.submission(d.submission.id), text.linkLang)}>
                {d.submission.description.slice(0, 100)}
              </a>{' '}
              ({labels.submissionState[d.submission.state]}, {t('deskSameWords', { n: Math.round(d.similarity * 100) })})
            </li>
          ))}
        </ul>
      )}
      {open && (
        <>
          <h2 class="utrecht-heading-2">{t('deskMergeHeading')}</h2>
          <form method="post" action={localHref(deskPaths.decide(s.id, 'attach'), text.linkLang)} data-testid="desk-attach">
            <input type="hidden" name="csrf" value={csrf} />
            <Field id="signalId" label={t('deskSignal')}>
              <select class="utrecht-select utrecht-select--html-select" id="signalId" name="signalId" required>
                {candidates.map((c) => (
                  <option value={c.id} key={c.id}>
                    {c.title}
                  </option>
                ))}
              </select>
            </Field>
            <PrivacyChoices submission={s} knownRegulation={knownRegulation} form="attach" text={text} />
            <button class="utrecht-button utrecht-button--primary-action" type="submit">
              {t('deskMerge')}
            </button>
          </form>
          <h2 class="utrecht-heading-2">{t('deskPublishHeading')}</h2>
          <form method="post" action={localHref(deskPaths.decide(s.id, 'publish'), text.linkLang)} data-testid="desk-publish">
            <input type="hidden" name="csrf" value={csrf} />
            <Field id="title" label={t('deskTitleField')}>
              <input class="utrecht-textbox utrecht-textbox--html-input" id="title" name="title" required maxLength={200} />
            </Field>
            <Field id="summary" label={t('deskSummaryField')}>
              <textarea class="utrecht-textarea utrecht-textarea--html-textarea" id="summary" name="summary" required maxLength={2000} rows={5} />
            </Field>
            <StatusSelect id="publishStatus" label={t('status')} selected="2_binnengekomen" text={text} />
            <PrivacyChoices submission={s} knownRegulation={knownRegulation} form="publish" text={text} />
            <button class="utrecht-button utrecht-button--primary-action" type="submit">
              {t('deskPublish')}
            </button>
          </form>
          <h2 class="utrecht-heading-2">{t('deskReject')}</h2>
          <form method="post" action={localHref(deskPaths.decide(s.id, 'reject'), text.linkLang)} data-testid="desk-reject">
            <input type="hidden" name="csrf" value={csrf} />
            <Field id="reason" label={t('deskRejectReason')}>
              <textarea class="utrecht-textarea utrecht-textarea--html-textarea" id="reason" name="reason" required maxLength={500} rows={3} />
            </Field>
            <button class="utrecht-button utrecht-button--secondary-action" type="submit">
              {t('deskReject')}
            </button>
          </form>
        </>
      )}
    </DeskLayout>
  );
}

function StatusSelect({ id, label, selected, text }: { id: string; label: string; selected: SignalStatus; text: WebText }) {
  return (
    <Field id={id} label={label}>
      <select class="utrecht-select utrecht-select--html-select" id={id} name="status">
        {SIGNAL_STATUSES.map((status) => (
          <option value={status} key={status} selected={status === selected}>
            {text.labels.status[status]}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** One signal for a moderator: its status history and the form to change the status, with a public reason. */
export function SignalStatusPage(props: { text: WebText; moderator: string; csrf: string; signal: Signal; history: StatusChange[]; notice: Notice | null; error: string | null }) {
  const { text, moderator, csrf, signal, history, notice, error } = props;
  const { t, labels } = text;
  return (
    <DeskLayout text={text} title={t('deskSignalTitle')} path={deskPaths.signal(signal.id)} moderator={moderator} csrf={csrf}>
      <BackToQueue text={text} />
      <h1 class="utrecht-heading-1">{signal.title}</h1>
      {notice && <NoticeBox notice={{ ...notice, signalId: null }} text={text} />}
      {error && <ErrorAlert error={error} />}
      <p class="utrecht-paragraph ws-meta">
        <span data-testid="signal-status" data-status={signal.status}>
          {t('status')}: <strong>{labels.status[signal.status]}</strong>
        </span>
        <a class="utrecht-link" href={localHref(publicPaths.signal(signal.id), text.linkLang)}>
          {t('deskPublicPage')}
        </a>
      </p>
      <h2 class="utrecht-heading-2">{t('statusHistory')}</h2>
      <StatusHistory history={history} text={text} />
      <h2 class="utrecht-heading-2">{t('deskStatusHeading')}</h2>
      <form method="post" action={localHref(deskPaths.signalStatus(signal.id), text.linkLang)} data-testid="desk-status">
        <input type="hidden" name="csrf" value={csrf} />
        <StatusSelect id="newStatus" label={t('deskNewStatus')} selected={signal.status} text={text} />
        <Field id="statusReason" label={t('deskStatusReason')}>
          <textarea class="utrecht-textarea utrecht-textarea--html-textarea" id="statusReason" name="statusReason" maxLength={500} rows={3} />
        </Field>
        <button class="utrecht-button utrecht-button--primary-action" type="submit">
          {t('deskStatusSave')}
        </button>
      </form>
    </DeskLayout>
  );
}
