import type { RegulationResponse } from '../utils/contract/api';
import type { Language, Translate } from '../utils/i18n';
import type { Labels } from '../utils/i18n/catalog';
import type { ArticleView } from '../utils/overlay/model';
import type { ApiErrorCode } from '../utils/api/client';
import type { MessageKey } from '../utils/i18n';

const ERROR_TEXT: Record<ApiErrorCode, MessageKey> = {
  unreachable: 'apiErrorUnreachable',
  timeout: 'apiErrorTimeout',
  'not-json': 'apiErrorNotJson',
  'unknown-format': 'apiErrorUnknownFormat',
  http: 'apiErrorHttp',
};
import { SignalCard } from './SignalCard';

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

/** At the top of the law: totals, whole-law signals, clause status and jump links to articles. */
export function RegulationSummary({ bwbId, data, views, offline, error, language, labels, t }: RegulationSummaryProps) {
  const withSignals = views.filter((v) => v.signals.length > 0);
  const articleSignals = new Set(withSignals.flatMap((v) => v.signals.map((s) => s.id)));
  const regulationSignals = (data?.signals ?? []).filter((s) => data?.regulationSignalIds.includes(s.id));
  const total = new Set([...articleSignals, ...regulationSignals.map((s) => s.id)]).size;
  return (
    <section class="ws-summary" aria-label={t('summaryTitle')} lang={language}>
      <strong>{t('summaryTitle')}</strong>{' '}
      {offline && <span class="ws-tag">{t('offline')}</span>}
      {error && (
        <p role="alert">
          {t('apiError')} {t(ERROR_TEXT[error.code], { status: error.status ?? '' })}
        </p>
      )}
      {!error && total === 0 && <p>{t('summaryNoData')}</p>}
      {total > 0 && (
        <p>
          {t('summaryCounts', { n: total })} {t('summaryArticles', { n: withSignals.length })}
          {regulationSignals.length > 0 && <>; {t('summaryRegulationLevel', { n: regulationSignals.length })}</>}
        </p>
      )}
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
        <details>
          <summary>{t('regulationSignalsHeading')}</summary>
          {regulationSignals.map((signal) => (
            <SignalCard key={signal.id} signal={signal} bwbId={bwbId} label={null} pageTextHash={null} language={language} labels={labels} t={t} />
          ))}
        </details>
      )}
    </section>
  );
}
