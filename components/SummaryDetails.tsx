import type { ComponentChild } from 'preact';
import { useState } from 'preact/hooks';
import type { RegulationResponse } from '../utils/contract/api';
import type { Language, Translate } from '../utils/i18n';
import type { Labels } from '../utils/i18n/catalog';
import type { SummaryFigures } from '../utils/overlay/model';
import { SignalCard } from './SignalCard';

export interface SummaryDetailsProps {
  bwbId: string;
  data: RegulationResponse | null;
  figures: SummaryFigures;
  language: Language;
  labels: Labels;
  t: Translate;
  /**
   * On a regulation without articles, whose whole text is the unit reported on: renders the report form
   * (in the extension an isolated frame); the details then offer "Meld een voorbeeld bij deze regeling".
   */
  reportForm?: (close: () => void) => ComponentChild;
}

/** The summary's details (see summary-line.ts): the clause status, jump links to the articles and the signals about the whole law. */
export function SummaryDetails({ bwbId, data, figures: { withSignals, regulationSignals }, language, labels, t, reportForm }: SummaryDetailsProps) {
  const [reporting, setReporting] = useState(false);
  const report =
    reportForm &&
    (reporting ? (
      reportForm(() => setReporting(false))
    ) : (
      <button type="button" class="ws-button ws-primary" onClick={() => setReporting(true)}>
        {t('reportRegulationButton')}
      </button>
    ));
  // Without data (the lookup failed) the details would open empty: say so instead.
  if (!data && withSignals.length === 0 && regulationSignals.length === 0) {
    return (
      <>
        <p>{t('summaryNothingNow')}</p>
        {report}
      </>
    );
  }
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
      {report}
    </>
  );
}
