import { useState } from 'preact/hooks';
import type { SignalSummary, Source } from '../utils/contract/api';
import { publicPaths, publicUrl } from '../utils/contract/public-pages';
import { signalCitation } from '../utils/citation/signal';
import { formatDate, type Language, type Translate } from '../utils/i18n';
import type { Labels } from '../utils/i18n/catalog';
import { targetOn } from '../utils/overlay/model';
import { citeProvision } from '../utils/i18n/provision';
import { targetCertainty } from '../utils/i18n/target-certainty';

export interface SignalCardProps {
  signal: SignalSummary;
  bwbId: string;
  /** The law's short name ("Pw", "Awir"), for the citation of the signal (never its BWB id). */
  law?: string | null;
  /** The article the card is shown on; null on the regulation-level list. */
  label: string | null;
  /** Hash of the article text on this page, to tell whether it changed since the report. */
  pageTextHash: string | null;
  /** Where the quoted sentence of the report was found again in the current text, if it has a quote. */
  anchored?: AnchorMatch | null;
  /** The Wetsignaal instance whose public pages the signal can be shared from (the API's base URL). */
  publicBase?: string | null;
  language: Language;
  labels: Labels;
  t: Translate;
}

/** One known signal. Every API field is rendered as text (Preact escapes it), never as HTML. */
export type AnchorMatch = 'exact' | 'fuzzy' | 'lost';

/** Today as the reader's calendar has it (the consultation date of a citation). */
function today(): string {
  return new Date().toLocaleDateString('sv-SE');
}

function SourceItem({ source }: { source: Source }) {
  return (
    <li>
      <cite>
        {source.url ? (
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {source.citation}
          </a>
        ) : (
          source.citation
        )}
      </cite>
      {source.detail && `, ${source.detail}`}
    </li>
  );
}

export function SignalCard(props: SignalCardProps) {
  const { signal, bwbId, law = null, label, pageTextHash, anchored = null, publicBase = null, language, labels, t } = props;
  const [copied, setCopied] = useState<{ ok: boolean; text: string } | null>(null);
  // What the certainty is about: the article's target, or on the law-level list the whole-law target.
  const certaintyOf = targetOn(signal, bwbId, label);
  const target = label === null ? null : certaintyOf;
  const textState = !target ? null : target.textHash === null || pageTextHash === null ? 'unknown' : target.textHash === pageTextHash ? 'same' : 'changed';
  const quote = target?.quote ?? null;
  const address = publicBase ? publicUrl(publicBase, publicPaths.signal(signal.id)) : null;

  async function copyCitation() {
    const text = signalCitation({ title: signal.title, law, label, versionDate: target?.versionDate ?? null, address, consulted: today() });
    try {
      await navigator.clipboard.writeText(text);
      setCopied({ ok: true, text });
    } catch {
      setCopied({ ok: false, text });
    }
  }

  return (
    <article class="ws-card" aria-labelledby={`ws-sig-${signal.id}`}>
      {/* Curated content stays in its own language (Dutch), marked for screen readers and translators. */}
      <h4 id={`ws-sig-${signal.id}`} lang="nl">
        {signal.title}
      </h4>
      <p lang="nl">{signal.summary}</p>
      <dl>
        <dt>{t('status')}</dt>
        <dd>
          {labels.status[signal.status]} (
          {signal.statusDate ? t('statusAsOf', { date: formatDate(signal.statusDate, language) }) : t('statusDateUnknown')})
        </dd>
        {signal.cause && (
          <>
            <dt>{t('cause')}</dt>
            <dd>{labels.cause[signal.cause]}</dd>
          </>
        )}
        <dt>{t('certainty')}</dt>
        <dd>{targetCertainty(signal.evidence, certaintyOf, labels, language)}</dd>
        <dt>{t('sources')}</dt>
        <dd>
          <ul class="ws-sources">
            {signal.sources.map((source, i) => (
              <SourceItem key={i} source={source} />
            ))}
          </ul>
        </dd>
      </dl>
      {target?.lid && target.label && <p class="ws-note">{t('aboutProvision', { provision: citeProvision(target.label, target.lid, language) })}</p>}
      {target?.versionDate && (
        <p class="ws-note">
          {t('reportedAgainst', { date: formatDate(target.versionDate, language) })}.{' '}
          {textState === 'same' && t('textUnchanged')}
          {textState === 'unknown' && t('textUnknown')}
        </p>
      )}
      {textState === 'changed' && <p class="ws-warning">{t('textChanged')}</p>}
      {quote && (
        <div class="ws-note">
          <span>{t('quoteHeading')} </span>
          <q lang="nl">{quote.exact}</q>
          {anchored && <span> {t(anchored === 'exact' ? 'quoteExact' : anchored === 'fuzzy' ? 'quoteFuzzy' : 'quoteLost')}</span>}
        </div>
      )}
      <p class="ws-actions">
        <button type="button" class="ws-button" onClick={() => void copyCitation()}>
          {t('copyCitation')}
        </button>
        {address && (
          <a class="ws-button" href={address} target="_blank" rel="noopener noreferrer" aria-label={t('shareSignalName')}>
            {t('shareSignal')}
          </a>
        )}
      </p>
      <div role="status" class="ws-note">
        {copied?.ok && t('citationCopied')}
        {copied && !copied.ok && (
          <>
            {t('citationCopyFailed')}
            <textarea readOnly rows={3} class="ws-citation" aria-label={t('copyCitation')} value={copied.text} />
          </>
        )}
      </div>
    </article>
  );
}
