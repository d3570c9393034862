import type { ComponentChild } from 'preact';
import { useState } from 'preact/hooks';
import type { RegulationResponse } from '../utils/contract/api';
import type { Language, Translate } from '../utils/i18n';
import type { Labels } from '../utils/i18n/catalog';
import type { SummaryFigures } from '../utils/overlay/model';
import { SignalCard } from './SignalCard';
import { ClauseLink } from './ClauseSection';
import { articleReference, lawName } from '../utils/citation/signal';
import { Legend } from './Legend';

export interface SummaryDetailsProps {
  bwbId: string;
  data: RegulationResponse | null;
  /** The lookup failed (no data for that reason, not because nothing is known). */
  failed?: boolean;
  figures: SummaryFigures;
  /** Anchor ids of the articles on the page, to jump to the clause the summary names. */
  anchors?: ReadonlyMap<string, string>;
  /** The Wetsignaal instance whose public pages signals can be shared from. */
  publicBase?: string | null;
  language: Language;
  labels: Labels;
  t: Translate;
  /**
   * On a regulation without articles, whose whole text is the unit reported on: renders the report form
   * (in the extension an isolated frame); the details then offer "Meld een voorbeeld bij deze regeling".
   */
  reportForm?: (close: () => void) => ComponentChild;
  /** What the page's text says of the law's own hardheidsclausule, where the API has no status of its own. */
  lawClause?: string | null;
}

/** The summary's details (see summary-line.ts): the clause status, jump links to the articles and the signals about the whole law. */
export function SummaryDetails(props: SummaryDetailsProps) {
  const { bwbId, data, failed = false, figures: { withSignals, regulationSignals }, anchors, publicBase = null, language, labels, t, reportForm, lawClause = null } = props;
  const readClause = lawClause && <p>{t('summaryLawClauseRead', { status: lawClause })}</p>;
  const law = data ? lawName(data.regulation) : null;
  const clause = data?.clause;
  const clauseBwbId = clause?.clauseBwbId ?? bwbId;
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
  // Without data the details would open empty: say why (the lookup failed, or nobody reported yet) instead.
  if (!data && withSignals.length === 0 && regulationSignals.length === 0) {
    return (
      <>
        <p>{t(failed ? 'summaryNothingNow' : 'summaryNoneDetails')}</p>
        {readClause}
        {report}
        {!failed && <Legend t={t} />}
      </>
    );
  }
  return (
    <>
      {regulationSignals.length > 0 && <p>{t('summaryRegulationLevel', { n: regulationSignals.length })}</p>}
      {clause && (
        <p>
          {labels.regulationClause[clause.status]}
          {clause.clauseLabel && (
            <>
              {': '}
              <ClauseLink
                bwbId={clauseBwbId}
                label={clause.clauseLabel}
                law={clauseBwbId === bwbId ? law : (clause.clauseLaw ?? null)}
                sameLaw={clauseBwbId === bwbId}
                anchors={anchors}
                bare
                t={t}
              />
            </>
          )}
        </p>
      )}
      {clause?.note && <p class="ws-note">{t('summaryClauseNote', { note: clause.note })}</p>}
      {readClause}
      {withSignals.length > 0 && (
        <nav aria-label={t('summaryJump')}>
          <ul>
            {withSignals.map((v) => (
              <li key={v.article.label}>
                <a href={v.article.anchorId ? `#${v.article.anchorId}` : undefined}>
                  {articleReference(law, v.article.label)} ({v.signals.length})
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
            <SignalCard
              key={signal.id}
              signal={signal}
              bwbId={bwbId}
              law={law}
              label={null}
              pageTextHash={null}
              publicBase={publicBase}
              language={language}
              labels={labels}
              t={t}
            />
          ))}
        </section>
      )}
      {report}
      <Legend t={t} />
    </>
  );
}
