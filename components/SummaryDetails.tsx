import type { RegulationResponse } from '../utils/contract/api';
import type { Language, Translate } from '../utils/i18n';
import type { Labels } from '../utils/i18n/catalog';
import type { SummaryFigures } from '../utils/overlay/model';
import { SignalCard } from './SignalCard';
import { Legend } from './Legend';

export interface SummaryDetailsProps {
  bwbId: string;
  data: RegulationResponse | null;
  figures: SummaryFigures;
  language: Language;
  labels: Labels;
  t: Translate;
}

/** The summary's details (see summary-line.ts): the clause status, jump links to the articles and the signals about the whole law. */
export function SummaryDetails({ bwbId, data, figures: { withSignals, regulationSignals }, language, labels, t }: SummaryDetailsProps) {
  // Without data (the lookup failed) the details would open empty: say so instead.
  if (!data && withSignals.length === 0 && regulationSignals.length === 0) return <p>{t('summaryNothingNow')}</p>;
  return (
    <>
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
      <Legend t={t} />
    </>
  );
}
