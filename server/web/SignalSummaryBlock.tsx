// One signal in a list (the law page, the home page): title linking to its permalink, status, cause, source;
// on the law page also how sure it is about the article (or law) it is listed under.
import type { SignalSummary } from '../../utils/contract/api';
import { publicPaths } from '../../utils/contract/public-pages';
import { formatDate } from '../../utils/i18n/index';
import { targetCertainty } from '../../utils/i18n/target-certainty';
import { localHref } from './layout';
import { SourceList } from './SourceCitation';
import type { WebText } from './strings';

/** Where a signal is listed: one article of a law, or (label null) the law as a whole. */
export type ListedUnder = { bwbId: string; label: string | null };

export function SignalSummaryBlock({
  signal,
  text,
  headingLevel,
  under,
}: {
  signal: SignalSummary;
  text: WebText;
  headingLevel: 2 | 3 | 4;
  under?: ListedUnder;
}) {
  const { t, labels, language } = text;
  const target = under ? (signal.targets.find((x) => x.bwbId === under.bwbId && x.label === under.label) ?? null) : null;
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  return (
    <article class="ws-signal">
      <Heading class={`utrecht-heading-${headingLevel}`}>
        <a class="utrecht-link" href={localHref(publicPaths.signal(signal.id), text.linkLang)}>
          {signal.title}
        </a>
      </Heading>
      <p class="utrecht-paragraph">{signal.summary}</p>
      <p class="utrecht-paragraph ws-meta">
        <span>
          {t('status')}: <strong>{labels.status[signal.status]}</strong>
        </span>
        {signal.cause && (
          <span>
            {t('cause')}: {labels.cause[signal.cause]}
          </span>
        )}
        <span>{t('updated', { date: formatDate(signal.updatedAt, language) })}</span>
      </p>
      {under && (
        <p class="utrecht-paragraph">
          {t('evidence')}: {targetCertainty(signal.evidence, target, labels, language)}
        </p>
      )}
      <p class="utrecht-paragraph">
        {t('source')}: <SourceList sources={signal.sources} />
      </p>
    </article>
  );
}
