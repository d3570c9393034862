import type { SignalSummary } from '../utils/contract/api';
import { formatDate, type Language, type Translate } from '../utils/i18n';
import type { Labels } from '../utils/i18n/catalog';
import { targetOn } from '../utils/overlay/model';

export interface SignalCardProps {
  signal: SignalSummary;
  bwbId: string;
  /** The article the card is shown on; null on the regulation-level list. */
  label: string | null;
  /** Hash of the article text on this page, to tell whether it changed since the report. */
  pageTextHash: string | null;
  /** Where the quoted sentence of the report was found again in the current text, if it has a quote. */
  anchored?: AnchorMatch | null;
  language: Language;
  labels: Labels;
  t: Translate;
}

/** One known signal. Every API field is rendered as text (Preact escapes it), never as HTML. */
export type AnchorMatch = 'exact' | 'fuzzy' | 'lost';

export function SignalCard({ signal, bwbId, label, pageTextHash, anchored = null, language, labels, t }: SignalCardProps) {
  const target = label === null ? null : targetOn(signal, bwbId, label);
  const changed = target?.textHash != null && pageTextHash !== null && target.textHash !== pageTextHash;
  const quote = target?.quote ?? null;
  return (
    <article class="ws-card" aria-labelledby={`ws-sig-${signal.id}`}>
      {/* Curated content stays in its own language (Dutch), marked for screen readers and translators. */}
      <h4 id={`ws-sig-${signal.id}`} lang="nl">
        {signal.title}
      </h4>
      <p lang="nl">{signal.summary}</p>
      <dl>
        <dt>{t('status')}</dt>
        <dd>{labels.status[signal.status]}</dd>
        {signal.cause && (
          <>
            <dt>{t('cause')}</dt>
            <dd>{labels.cause[signal.cause]}</dd>
          </>
        )}
        <dt>{t('source')}</dt>
        <dd>
          {signal.source.url ? (
            <a href={signal.source.url} target="_blank" rel="noopener noreferrer" lang="nl">
              {signal.source.reference}
            </a>
          ) : (
            <span lang="nl">{signal.source.reference}</span>
          )}
        </dd>
        <dt>{t('evidence')}</dt>
        <dd>{labels.evidence[signal.evidence]}</dd>
      </dl>
      {target?.versionDate && <p class="ws-note">{t('reportedAgainst', { date: formatDate(target.versionDate, language) })}</p>}
      {changed && <p class="ws-warning">{t('textChanged')}</p>}
      {quote && (
        <div class="ws-note">
          <span>{t('quoteHeading')} </span>
          <q lang="nl">{quote.exact}</q>
          {anchored && <span> {t(anchored === 'exact' ? 'quoteExact' : anchored === 'fuzzy' ? 'quoteFuzzy' : 'quoteLost')}</span>}
        </div>
      )}
    </article>
  );
}
