import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { RegulationResponse } from '../utils/contract/api';
import type { Language, MessageKey, Translate } from '../utils/i18n';
import type { Labels } from '../utils/i18n/catalog';
import type { ArticleView } from '../utils/overlay/model';
import type { ApiErrorCode } from '../utils/api/client';
import { SignalCard } from './SignalCard';

const ERROR_TEXT: Record<ApiErrorCode, MessageKey> = {
  unreachable: 'apiErrorUnreachable',
  timeout: 'apiErrorTimeout',
  'not-json': 'apiErrorNotJson',
  'unknown-format': 'apiErrorUnknownFormat',
  http: 'apiErrorHttp',
};

export interface RegulationSummaryProps {
  bwbId: string;
  data: RegulationResponse | null;
  views: ArticleView[];
  offline: boolean;
  error: { code: ApiErrorCode; status: number | null } | null;
  language: Language;
  labels: Labels;
  t: Translate;
}

/**
 * At the top of the law, inline after its title so the law text does not move: the totals on one line,
 * and on request (a disclosure that floats over the page) the clause status, jump links to the articles
 * and the signals about the whole law.
 */
export function RegulationSummary({ bwbId, data, views, offline, error, language, labels, t }: RegulationSummaryProps) {
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDivElement>(null);
  // The details open under the end of the title; where that would run off the window, further left.
  useLayoutEffect(() => {
    const el = details.current;
    if (!el) return;
    el.style.removeProperty('inset-inline-start');
    const overflow = el.getBoundingClientRect().right - document.documentElement.clientWidth;
    if (overflow > 0) el.style.insetInlineStart = `${-Math.ceil(overflow + 8)}px`;
  }, [open]);
  const withSignals = views.filter((v) => v.signals.length > 0);
  const articleSignals = new Set(withSignals.flatMap((v) => v.signals.map((s) => s.id)));
  const regulationSignals = (data?.signals ?? []).filter((s) => data?.regulationSignalIds.includes(s.id));
  const total = new Set([...articleSignals, ...regulationSignals.map((s) => s.id)]).size;
  const counts =
    total > 0
      ? `${t('summaryCounts', { n: total })} ${t('summaryArticles', { n: withSignals.length })}`
      : error
        ? null
        : t('summaryNoData');
  return (
    <section
      class="ws-summary"
      aria-label={t('summaryTitle')}
      lang={language}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) setOpen(false);
      }}
    >
      <button type="button" class="ws-summary-toggle" aria-expanded={open} aria-controls="ws-summary-details" onClick={() => setOpen(!open)}>
        <strong>{t('summaryTitle')}</strong>
        {counts && <span>: {counts}</span>}
      </button>
      {offline && <span class="ws-tag">{t('offline')}</span>}
      {error && (
        <span role="alert" class="ws-warning">
          {t('apiError')} {t(ERROR_TEXT[error.code], { status: error.status ?? '' })}
        </span>
      )}
      {open && (
        <div id="ws-summary-details" class="ws-summary-details" ref={details}>
          {regulationSignals.length > 0 && <p>{t('summaryRegulationLevel', { n: regulationSignals.length })}</p>}
          {data && <p>{labels.regulationClause[data.clause.status]}</p>}
          {withSignals.length > 0 && (
            <nav aria-label={t('summaryJump')}>
              <ul>
                {withSignals.map((v) => (
                  <li key={v.article.label}>
                    <a href={v.article.anchorId ? `#${v.article.anchorId}` : undefined}>
                      {v.article.label} ({v.signals.length})
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {regulationSignals.length > 0 && (
            <section aria-label={t('regulationSignalsHeading')}>
              <h2>{t('regulationSignalsHeading')}</h2>
              {regulationSignals.map((signal) => (
                <SignalCard key={signal.id} signal={signal} bwbId={bwbId} label={null} pageTextHash={null} language={language} labels={labels} t={t} />
              ))}
            </section>
          )}
        </div>
      )}
    </section>
  );
}
