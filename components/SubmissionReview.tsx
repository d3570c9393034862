import { useEffect, useRef } from 'preact/hooks';
import { Fragment, type ComponentChildren } from 'preact';
import type { SubmissionRequestInput } from '../utils/contract/api';
import { formatDate, type Language, type Translate } from '../utils/i18n';
import type { Labels } from '../utils/i18n/catalog';
import type { ReviewSegment } from '../utils/privacy/review';

/** A free-text field as it will be sent: the placeholders that replaced personal data are marked. */
export interface ReviewedText {
  label: string;
  segments: ReviewSegment[];
}

export interface SentSummaryProps {
  request: SubmissionRequestInput;
  texts: ReviewedText[];
  language: Language;
  labels: Labels;
  t: Translate;
  /** Before sending, the replaced values are listed, so the citizen sees what was taken out; never in a receipt. */
  showReplacedValues: boolean;
}

function MarkedText({ segments, labels, t }: { segments: ReviewSegment[]; labels: Labels; t: Translate }) {
  return (
    <>
      {segments.map((segment, i) =>
        segment.replaced ? (
          <mark key={i} class="ws-replaced" data-kind={segment.replaced.kind}>
            <span class="ws-visually-hidden">{`${t('formReviewReplaced')} (${labels.personalData[segment.replaced.kind]}): `}</span>
            {segment.text}
          </mark>
        ) : segment.flagged ? (
          <mark key={i} class="ws-flagged" data-kind={segment.flagged.kind}>
            <span class="ws-visually-hidden">{`(${labels.reviewFlag[segment.flagged.kind]}) `}</span>
            {segment.text}
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </>
  );
}

/** What is (or was) sent, field by field: shown to confirm before sending and kept as the receipt. */
export function SentSummary({ request, texts, language, labels, t, showReplacedValues }: SentSummaryProps) {
  const { target } = request;
  const replaced = texts.flatMap((text) => text.segments.flatMap((s) => (s.replaced ? [s.replaced] : [])));
  const flagged = texts.flatMap((text) => text.segments.flatMap((s) => (s.flagged ? [s.flagged] : [])));
  return (
    <>
      <dl class="ws-sent">
        <dt>{t('formLaw')}</dt>
        <dd lang="nl">{request.regulationTitle}</dd>
        <dt>{t('formArticle')}</dt>
        <dd>{target.label + (target.lid ? `, lid ${target.lid}` : '')}</dd>
        {target.versionDate && (
          <>
            <dt>{t('formVersion')}</dt>
            <dd>{formatDate(target.versionDate, language)}</dd>
          </>
        )}
        {target.quote && (
          <>
            <dt>{t('formQuote')}</dt>
            <dd>
              {/* The law's own words: Dutch whatever the UI language. */}
              <blockquote lang="nl">{target.quote.exact}</blockquote>
            </dd>
          </>
        )}
        {texts
          .filter((text) => text.segments.length > 0)
          .map((text) => (
            <Fragment key={text.label}>
              <dt>{text.label}</dt>
              <dd class="ws-sent-text">
                <MarkedText segments={text.segments} labels={labels} t={t} />
              </dd>
            </Fragment>
          ))}
        {request.contactEmail && (
          <>
            <dt>{t('formReviewEmail')}</dt>
            <dd>{request.contactEmail}</dd>
          </>
        )}
        <dt>{t('formReviewConsent')}</dt>
        <dd>{request.consentToPublish ? t('formYes') : t('formNo')}</dd>
      </dl>
      <p class="ws-note" data-testid="replaced-summary">
        {replaced.length === 0
          ? t('formReviewNothingReplaced')
          : `${t('formReviewReplaced')}: ${replaced.map((f) => (showReplacedValues ? `${labels.personalData[f.kind]} (${f.value})` : labels.personalData[f.kind])).join(', ')}`}
      </p>
      {showReplacedValues && flagged.length > 0 && (
        <p class="ws-warning" data-testid="flagged-summary">
          {t('formReviewFlagged', { list: flagged.map((f) => `“${f.value}” (${labels.reviewFlag[f.kind]})`).join(', ') })}
        </p>
      )}
    </>
  );
}

/** A step of the form (review, receipt) with its heading focused on arrival, for keyboard and screen-reader users. */
export function FormStep({ title, children }: { title: string; children: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="ws-form" aria-labelledby="ws-step-h">
      <h3 id="ws-step-h" tabIndex={-1} ref={heading}>
        {title}
      </h3>
      {children}
    </section>
  );
}
