// The moderation desk's pages (server-rendered, no JavaScript): sign-in, the queue with filters, and one
// submission with its quote, personal-data flags, possible duplicates and the three decisions.
import type { ComponentChildren } from 'preact';
import type { ModerationSubmission } from '../../utils/contract/admin';
import type { SignalSummary } from '../../utils/contract/api';
import { publicPaths } from '../../utils/contract/public-pages';
import { SIGNAL_STATUSES } from '../../utils/contract/vocabulary';
import { formatDate } from '../../utils/i18n/index';
import { Layout, localHref } from '../web/layout';
import { portalUrl } from '../web/pages';
import type { WebText } from '../web/strings';
import { PersonalDataFlags, PrivacyChoices } from './PersonalDataFlags';

const tr = (text: WebText, nl: string, en: string) => (text.language === 'nl' ? nl : en);

export const deskPaths = {
  signIn: `${publicPaths.desk}/aanmelden`,
  signOut: `${publicPaths.desk}/afmelden`,
  submission: (id: string) => `${publicPaths.desk}/melding/${encodeURIComponent(id)}`,
  decide: (id: string, action: 'publish' | 'attach' | 'reject') => `${publicPaths.desk}/melding/${encodeURIComponent(id)}/${action}`,
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
          <span>{tr(text, `Aangemeld als ${moderator}`, `Signed in as ${moderator}`)}</span>
          <input type="hidden" name="csrf" value={csrf} />
          <button class="utrecht-button utrecht-button--secondary-action" type="submit">
            {tr(text, 'Afmelden', 'Sign out')}
          </button>
        </form>
      )}
      {children}
    </Layout>
  );
}

export function SignInPage({ text, failed }: { text: WebText; failed: boolean }) {
  return (
    <DeskLayout text={text} title={tr(text, 'Moderatie: aanmelden', 'Moderation: sign in')} path={publicPaths.desk}>
      <h1 class="utrecht-heading-1">{tr(text, 'Moderatie', 'Moderation')}</h1>
      {failed && (
        <div class="utrecht-alert utrecht-alert--error" role="alert">
          <p class="utrecht-paragraph">{tr(text, 'Deze code is onbekend of ingetrokken.', 'This token is unknown or revoked.')}</p>
        </div>
      )}
      <p class="utrecht-paragraph">
        {tr(
          text,
          'Meld u aan met de persoonlijke code die u van de beheerder kreeg (npm run moderate -- add-moderator <naam>).',
          'Sign in with the personal token your administrator gave you (npm run moderate -- add-moderator <name>).',
        )}
      </p>
      <form method="post" action={localHref(deskPaths.signIn, text.language)}>
        <Field id="token" label={tr(text, 'Persoonlijke code', 'Personal token')}>
          <input class="utrecht-textbox utrecht-textbox--html-input" id="token" name="token" type="password" autoComplete="off" required maxLength={200} />
        </Field>
        <button class="utrecht-button utrecht-button--primary-action" type="submit">
          {tr(text, 'Aanmelden', 'Sign in')}
        </button>
      </form>
    </DeskLayout>
  );
}

export type QueueFilter = { status: 'open' | 'all'; bwbId: string; olderThanDays: string };

export function QueuePage({ text, moderator, csrf, items, filter, notice }: { text: WebText; moderator: string; csrf: string; items: ModerationSubmission[]; filter: QueueFilter; notice: string | null }) {
  const { labels, language } = text;
  return (
    <DeskLayout text={text} title={tr(text, 'Moderatie: wachtrij', 'Moderation: queue')} path={publicPaths.desk} moderator={moderator} csrf={csrf}>
      <h1 class="utrecht-heading-1">{tr(text, 'Wachtrij', 'Queue')}</h1>
      {notice && (
        <div class="utrecht-alert utrecht-alert--ok" role="status">
          <p class="utrecht-paragraph">{notice}</p>
        </div>
      )}
      <form class="ws-search" method="get" action={publicPaths.desk}>
        {language === 'en' && <input type="hidden" name="lang" value="en" />}
        <Field id="status" label={tr(text, 'Status', 'Status')}>
          <select class="utrecht-select utrecht-select--html-select" id="status" name="status">
            <option value="open" selected={filter.status === 'open'}>
              {tr(text, 'Open', 'Open')}
            </option>
            <option value="all" selected={filter.status === 'all'}>
              {tr(text, 'Alle', 'All')}
            </option>
          </select>
        </Field>
        <Field id="wet" label={tr(text, 'Wet (BWB-nummer)', 'Law (BWB id)')}>
          <input class="utrecht-textbox utrecht-textbox--html-input" id="wet" name="wet" value={filter.bwbId} maxLength={12} />
        </Field>
        <Field id="ouder" label={tr(text, 'Ouder dan (dagen)', 'Older than (days)')}>
          <input class="utrecht-textbox utrecht-textbox--html-input" id="ouder" name="ouder" inputMode="numeric" value={filter.olderThanDays} maxLength={4} />
        </Field>
        <button class="utrecht-button utrecht-button--secondary-action" type="submit">
          {tr(text, 'Filteren', 'Filter')}
        </button>
      </form>
      {items.length === 0 ? (
        <p class="utrecht-paragraph">{tr(text, 'Geen meldingen.', 'No submissions.')}</p>
      ) : (
        <div class="ws-table-wrap">
          <table class="utrecht-table">
            <caption class="utrecht-table__caption ws-visually-hidden">{tr(text, 'Meldingen', 'Submissions')}</caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">{tr(text, 'Ontvangen', 'Received')}</th>
                <th class="utrecht-table__header-cell" scope="col">{tr(text, 'Wet en artikel', 'Law and article')}</th>
                <th class="utrecht-table__header-cell" scope="col">{tr(text, 'Melding', 'Report')}</th>
                <th class="utrecht-table__header-cell" scope="col">{tr(text, 'Status', 'Status')}</th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {items.map((s) => (
                <tr class="utrecht-table__row" key={s.id}>
                  <td class="utrecht-table__cell">{formatDate(s.receivedAt, language)}</td>
                  <td class="utrecht-table__cell">
                    {s.regulationTitle}
                    {s.target.label ? `, art. ${s.target.label}` : ''}
                  </td>
                  <td class="utrecht-table__cell">
                    <a class="utrecht-link" href={localHref(deskPaths.submission(s.id), language)}>
                      {s.description.length > 120 ? `${s.description.slice(0, 119)}…` : s.description}
                    </a>
                  </td>
                  <td class="utrecht-table__cell">{labels.submissionState[s.state]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
  knownRegulation: boolean;
  duplicates: Duplicate[];
  candidates: SignalSummary[];
  error: string | null;
}) {
  const { text, moderator, csrf, submission: s, knownRegulation, duplicates, candidates, error } = props;
  const { labels, language } = text;
  const open = s.state === 'ontvangen' || s.state === 'in_behandeling';
  const quote = s.target.quote;
  return (
    <DeskLayout text={text} title={tr(text, 'Melding beoordelen', 'Review submission')} path={deskPaths.submission(s.id)} moderator={moderator} csrf={csrf}>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={localHref(publicPaths.desk, language)}>
          {tr(text, '← Terug naar de wachtrij', '← Back to the queue')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">
        {s.regulationTitle}
        {s.target.label ? `, ${tr(text, 'artikel', 'article')} ${s.target.label}` : ''}
        {s.target.lid ? ` lid ${s.target.lid}` : ''}
      </h1>
      {error && (
        <div class="utrecht-alert utrecht-alert--error" role="alert">
          <p class="utrecht-paragraph">{error}</p>
        </div>
      )}
      <p class="utrecht-paragraph ws-meta">
        <span>{labels.submissionState[s.state]}</span>
        <span>{formatDate(s.receivedAt, language)}</span>
        <span>{s.id}</span>
      </p>
      <div class="ws-grid">
        <section>
          <h2 class="utrecht-heading-2">{tr(text, 'Zoals gemeld', 'As reported')}</h2>
          <p class="utrecht-paragraph">
            {s.target.versionDate
              ? tr(text, `Versie van ${formatDate(s.target.versionDate, language)}`, `Version of ${formatDate(s.target.versionDate, language)}`)
              : tr(text, 'Versie onbekend', 'Version unknown')}
          </p>
          {quote ? (
            <blockquote class="utrecht-blockquote">
              <p class="utrecht-paragraph">
                …{quote.prefix}
                <mark class="utrecht-mark">{quote.exact}</mark>
                {quote.suffix}…
              </p>
            </blockquote>
          ) : (
            <p class="utrecht-paragraph">{tr(text, 'Geen zin aangewezen.', 'No sentence marked.')}</p>
          )}
        </section>
        <section>
          <h2 class="utrecht-heading-2">{tr(text, 'Huidige versie', 'Current version')}</h2>
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={portalUrl(s.target.bwbId, s.target.label)} rel="noopener noreferrer">
              {tr(text, 'Het artikel zoals het nu geldt, op wetten.overheid.nl', 'The article as in force now, on wetten.overheid.nl')}
            </a>
          </p>
        </section>
      </div>
      <h2 class="utrecht-heading-2">{tr(text, 'Wat er gebeurde', 'What happened')}</h2>
      <p class="utrecht-paragraph">{s.description}</p>
      {s.affected && (
        <p class="utrecht-paragraph">
          {tr(text, 'Wie het treft', 'Who is affected')}: {s.affected}
        </p>
      )}
      <p class="utrecht-paragraph ws-meta">
        <span>{s.consentToPublish ? tr(text, 'Toestemming om te publiceren', 'Consent to publish') : tr(text, 'Geen toestemming om te publiceren', 'No consent to publish')}</span>
        {s.cause && <span>{labels.cause[s.cause]}</span>}
      </p>
      <h2 class="utrecht-heading-2">{tr(text, 'Persoonsgegevens', 'Personal data')}</h2>
      <PersonalDataFlags submission={s} text={text} />
      <h2 class="utrecht-heading-2">{tr(text, 'Mogelijke dubbele meldingen', 'Possible duplicates')}</h2>
      {duplicates.length === 0 ? (
        <p class="utrecht-paragraph">{tr(text, 'Geen andere meldingen over dit artikel.', 'No other submissions about this article.')}</p>
      ) : (
        <ul class="utrecht-unordered-list">
          {duplicates.map((d) => (
            <li class="utrecht-unordered-list__item" key={d.submission.id}>
              <a class="utrecht-link" href={localHref(deskPaths.submission(d.submission.id), language)}>
                {d.submission.description.slice(0, 100)}
              </a>{' '}
              ({labels.submissionState[d.submission.state]}, {Math.round(d.similarity * 100)}% {tr(text, 'dezelfde woorden', 'same words')})
            </li>
          ))}
        </ul>
      )}
      {open && (
        <>
          <h2 class="utrecht-heading-2">{tr(text, 'Samenvoegen met een bestaand signaal', 'Merge into an existing signal')}</h2>
          <form method="post" action={localHref(deskPaths.decide(s.id, 'attach'), language)}>
            <input type="hidden" name="csrf" value={csrf} />
            <Field id="signalId" label={tr(text, 'Signaal', 'Signal')}>
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
              {tr(text, 'Samenvoegen', 'Merge')}
            </button>
          </form>
          <h2 class="utrecht-heading-2">{tr(text, 'Publiceren als nieuw signaal', 'Publish as a new signal')}</h2>
          <form method="post" action={localHref(deskPaths.decide(s.id, 'publish'), language)}>
            <input type="hidden" name="csrf" value={csrf} />
            <Field id="title" label={tr(text, 'Titel (openbaar, neutraal)', 'Title (public, neutral)')}>
              <input class="utrecht-textbox utrecht-textbox--html-input" id="title" name="title" required maxLength={200} />
            </Field>
            <Field id="summary" label={tr(text, 'Samenvatting (openbaar, zonder persoonsgegevens)', 'Summary (public, no personal data)')}>
              <textarea class="utrecht-textarea utrecht-textarea--html-textarea" id="summary" name="summary" required maxLength={2000} rows={5} />
            </Field>
            <Field id="publishStatus" label={tr(text, 'Status', 'Status')}>
              <select class="utrecht-select utrecht-select--html-select" id="publishStatus" name="status">
                {SIGNAL_STATUSES.map((status) => (
                  <option value={status} key={status} selected={status === '2_binnengekomen'}>
                    {labels.status[status]}
                  </option>
                ))}
              </select>
            </Field>
            <PrivacyChoices submission={s} knownRegulation={knownRegulation} form="publish" text={text} />
            <button class="utrecht-button utrecht-button--primary-action" type="submit">
              {tr(text, 'Publiceren', 'Publish')}
            </button>
          </form>
          <h2 class="utrecht-heading-2">{tr(text, 'Afwijzen', 'Reject')}</h2>
          <form method="post" action={localHref(deskPaths.decide(s.id, 'reject'), language)}>
            <input type="hidden" name="csrf" value={csrf} />
            <Field id="reason" label={tr(text, 'Reden (de melder ziet deze in "mijn meldingen")', 'Reason (the reporter sees it in "my reports")')}>
              <textarea class="utrecht-textarea utrecht-textarea--html-textarea" id="reason" name="reason" required maxLength={500} rows={3} />
            </Field>
            <button class="utrecht-button utrecht-button--secondary-action" type="submit">
              {tr(text, 'Afwijzen', 'Reject')}
            </button>
          </form>
        </>
      )}
    </DeskLayout>
  );
}
