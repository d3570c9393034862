import { formatDate, translator, type Language } from '../utils/i18n';
import { catalogFor } from '../utils/i18n/catalog';
import type { OutboxView, StatusView } from '../utils/extension/messages';
import { jciPermalink } from '../utils/overlay/links';
import { publicPaths, publicUrl } from '../utils/contract/public-pages';
import { Legend } from './Legend';

export interface PopupViewProps {
  status: StatusView;
  submissions: OutboxView[];
  language: Language;
  openOptions: () => void;
  /** Opens the report form on the tab, for the article nearest the top of its viewport. */
  onReport?: () => void;
}

/** What was recognised on this tab, whether the API answers, and the user's own reports. */
export function PopupView({ status, submissions, language, openOptions, onReport }: PopupViewProps) {
  const { messages, labels } = catalogFor(language);
  const t = translator(messages);
  const tab = status.tab;
  return (
    <>
      <h1>{t('popupTitle')}</h1>
      <section aria-label={t('popupTitle')}>
        {!tab || !tab.lawPage ? (
          <p>{t('popupNoLawPage')}</p>
        ) : !tab.recognised ? (
          <p class="ws-bad" data-testid="not-recognised">
            {t('popupNotRecognised')}
            {tab.problem ? `: ${tab.problem}` : ''}
          </p>
        ) : (
          <>
            <p data-testid="recognised">
              <strong lang="nl">{tab.title}</strong>
              <span data-testid="signal-count">{` · ${t('summaryCounts', { n: tab.signalCount })}`}</span>
            </p>
            {onReport && (
              <p>
                <button type="button" class="ws-primary" onClick={onReport}>
                  {t('popupReport')}
                </button>
              </p>
            )}
            <p>
              {tab.bwbId}
              {tab.versionDate ? ` · ${t('popupVersion', { date: formatDate(tab.versionDate, language) })}` : ''}
            </p>
            {tab.wholeText ? (
              <p data-testid="article-count">{t('popupWholeText')}</p>
            ) : (
              tab.articleCount !== null && <p data-testid="article-count">{t('popupArticles', { n: tab.articleCount })}</p>
            )}
            {/* Selector health: which recognition strategy worked, so a markup change on the portal shows. */}
            <p class="ws-note" data-testid="health">
              {t('popupHealth', {
                strategies: Object.entries(tab.strategies)
                  .filter(([, n]) => n > 0)
                  .map(([name, n]) => `${name} ${n}`)
                  .join(', '),
              })}
            </p>
            {tab.unknownStatusLines && (
              <p class="ws-note" data-testid="health-unknown-status">
                {t('popupUnknownStatus', { lines: tab.unknownStatusLines.map((line) => `"${line}"`).join(', ') })}
              </p>
            )}
          </>
        )}
      </section>
      <Legend t={t} />
      <p class={status.apiReachable ? 'ws-ok' : 'ws-bad'} data-testid="api-status">
        {status.apiReachable ? t('popupApiOk') : t('popupApiDown')}
      </p>
      {tab?.offline && <p data-testid="offline">{t('popupOffline')}</p>}
      {status.outboxWaiting > 0 && <p data-testid="outbox">{t('popupOutbox', { n: status.outboxWaiting })}</p>}
      <h2>{t('popupMySubmissions')}</h2>
      {submissions.length === 0 ? (
        <p class="ws-note">{t('popupNoSubmissions')}</p>
      ) : (
        <ul data-testid="submissions">
          {submissions.map((s) => (
            <li key={s.localId}>
              <time dateTime={s.createdAt}>{formatDate(s.createdAt, language)}</time>
              {' · '}
              {s.bwbId && s.label ? (
                <a href={jciPermalink(s.bwbId, s.label)} target="_blank" rel="noopener">
                  {`${s.regulationTitle}, ${t('popupArticle', { label: s.label })}`}
                </a>
              ) : (
                <span>{s.regulationTitle + (s.label ? `, ${t('popupArticle', { label: s.label })}` : '')}</span>
              )}
              <span data-testid="submission-state">
                {`: ${labels.submissionState[s.state]}`}
                {s.reason ? ` (${s.reason})` : ''}
              </span>
              {/* Published or merged: the signal's public page, named in words rather than by its internal id. */}
              {s.signalId && (s.state === 'gepubliceerd' || s.state === 'samengevoegd') && (
                <>
                  {' · '}
                  <a href={publicUrl(status.apiBaseUrl, publicPaths.signal(s.signalId))} target="_blank" rel="noopener" data-testid="submission-signal">
                    {t('popupSignalLink')}
                  </a>
                </>
              )}
              {s.description && (
                <details>
                  <summary>{t('popupReceipt')}</summary>
                  {s.versionDate && <p>{t('popupVersion', { date: formatDate(s.versionDate, language) })}</p>}
                  {s.quote && <blockquote lang="nl">{s.quote}</blockquote>}
                  <p class="ws-receipt-text">{s.description}</p>
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
      <p>
        <button type="button" class="ws-secondary" onClick={openOptions}>
          {t('popupOptions')}
        </button>
      </p>
    </>
  );
}
