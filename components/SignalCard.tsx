import type { SignalSummary } from '../utils/contract/api';
import { formatDate, type Language, type Translate } from '../utils/i18n';
import { causeLabels, evidenceLabels, statusLabels } from '../utils/i18n/vocabulary-labels';
import { targetOn } from '../utils/overlay/model';
import { reanchorQuote } from '../utils/anchoring/reanchor';
import { normaliseArticleText } from '../utils/recognition/text-hash';

export interface SignalCardProps {
  signal: SignalSummary;
  bwbId: string;
  /** The article the card is shown on; null on the regulation-level list. */
  label: string | null;
  /** Hash of the article text on this page, to tell whether it changed since the report. */
  pageTextHash: string | null;
  /** The article's current text, to find the quoted sentence again after a change. */
  articleText?: string | null;
  language: Language;
  t: Translate;
}

/** One known signal. Every API field is rendered as text (Preact escapes it), never as HTML. */
export function SignalCard({ signal, bwbId, label, pageTextHash, articleText = null, language, t }: SignalCardProps) {
  const target = label === null ? null : targetOn(signal, bwbId, label);
  const changed = target?.textHash != null && pageTextHash !== null && target.textHash !== pageTextHash;
  const quote = target?.quote ?? null;
  const anchored = quote && articleText !== null ? reanchorQuote(quote, normaliseArticleText(articleText)) : null;
  return (
    <article class="ws-card" aria-labelledby={`ws-sig-${signal.id}`}>
      <h4 id={`ws-sig-${signal.id}`}>{signal.title}</h4>
      <p>{signal.summary}</p>
      <dl>
        <dt>{t('status')}</dt>
        <dd>{statusLabels[language][signal.status]}</dd>
        {signal.cause && (
          <>
            <dt>{t('cause')}</dt>
            <dd>{causeLabels[language][signal.cause]}</dd>
          </>
        )}
        <dt>{t('source')}</dt>
        <dd>
          {signal.source.url ? (
            <a href={signal.source.url} target="_blank" rel="noopener noreferrer">
              {signal.source.reference}
            </a>
          ) : (
            signal.source.reference
          )}
        </dd>
        <dt>{t('evidence')}</dt>
        <dd>{evidenceLabels[language][signal.evidence]}</dd>
      </dl>
      {target?.versionDate && <p class="ws-note">{t('reportedAgainst', { date: formatDate(target.versionDate, language) })}</p>}
      {changed && <p class="ws-warning">{t('textChanged')}</p>}
      {quote && (
        <div class="ws-note">
          <span>{t('quoteHeading')} </span>
          <q>{quote.exact}</q>
          {anchored && <span> {t(anchored.match === 'exact' ? 'quoteExact' : anchored.match === 'fuzzy' ? 'quoteFuzzy' : 'quoteLost')}</span>}
        </div>
      )}
    </article>
  );
}
