// The article as reported beside the newest text the server knows, the quoted sentence marked in both, and
// whether the text changed since the report (server/desk/article-versions.ts decides; unknown stays unknown).
import type { Quote, Target } from '../../utils/contract/identity';
import { formatDate } from '../../utils/i18n/index';
import { portalUrl } from '../web/pages';
import type { WebKey, WebText } from '../web/strings';
import { markQuote, type ArticleComparison, type ArticleText } from './article-versions';

const CHANGE: Record<ArticleComparison['change'], { key: WebKey; alert: string }> = {
  changed: { key: 'deskTextChanged', alert: 'warning' },
  unchanged: { key: 'deskTextUnchanged', alert: 'ok' },
  unknown: { key: 'deskTextUnknown', alert: 'info' },
};

/** A lid starts with its number ("2. ", "3a. "); a list item with a letter, a degree number or a dash. */
const LID = /^\d+[a-z]{0,2}\. /;
const LIST_ITEM = /^(?:[a-z]{1,3}\.|\d+°\.|[–-]) /;
const lineClass = (line: string) => `utrecht-paragraph${LID.test(line) ? ' ws-lid' : LIST_ITEM.test(line) ? ' ws-item' : ''}`;

/** `showSent`: when the sentence is not in the text, show it as the reporter's browser sent it. */
function ArticleTextBlock({ article, quote, text, showSent }: { article: ArticleText; quote: Quote | null; text: WebText; showSent: boolean }) {
  const { lines, found } = markQuote(article.text, quote);
  return (
    <>
      {article.repealed && <p class="utrecht-paragraph ws-note">{text.t('deskRepealed')}</p>}
      {quote && !found && (
        <>
          <p class="utrecht-paragraph ws-note" data-testid="quote-missing">
            {text.t('deskQuoteMissing')}
          </p>
          {showSent && <QuoteAsSent quote={quote} />}
        </>
      )}
      <div class="ws-article-text" data-testid="article-text">
        {lines.map((line, i) => (
          <p class={lineClass(line.text)} key={i}>
            {line.mark ? (
              <>
                {line.text.slice(0, line.mark.start)}
                <mark class="utrecht-mark" data-testid="quote-mark">
                  {line.text.slice(line.mark.start, line.mark.end)}
                </mark>
                {line.text.slice(line.mark.end)}
              </>
            ) : (
              line.text
            )}
          </p>
        ))}
      </div>
    </>
  );
}

/** The quote as the reporter's browser sent it, when the server has no text to show it in. */
function QuoteAsSent({ quote }: { quote: Quote }) {
  return (
    <blockquote class="utrecht-blockquote">
      <p class="utrecht-paragraph">
        …{quote.prefix}
        <mark class="utrecht-mark" data-testid="quote-mark">
          {quote.exact}
        </mark>
        {quote.suffix}…
      </p>
    </blockquote>
  );
}

export function ArticleComparisonView({ target, comparison, text }: { target: Target; comparison: ArticleComparison; text: WebText }) {
  const { t, language } = text;
  const { reported, current, matchedBy, change } = comparison;
  const version = (date: string | null) => (date ? t('deskVersionOf', { date: formatDate(date, language) }) : t('deskVersionUnknown'));
  return (
    <section class="ws-comparison" data-testid="article-comparison" data-change={change}>
      <div class={`utrecht-alert utrecht-alert--${CHANGE[change].alert}`}>
        <p class="utrecht-paragraph" data-testid="text-change">
          <strong>{t(CHANGE[change].key)}</strong>
        </p>
      </div>
      <div class="ws-grid">
        <section aria-labelledby="zoals-gemeld" data-testid="article-as-reported">
          <h2 class="utrecht-heading-2" id="zoals-gemeld">
            {t('deskAsReported')}
          </h2>
          <p class="utrecht-paragraph">{version(reported?.versionDate ?? target.versionDate)}</p>
          {matchedBy === 'versionDate' && <p class="utrecht-paragraph ws-note">{t('deskReportedByDate')}</p>}
          {reported ? (
            <ArticleTextBlock article={reported} quote={target.quote} text={text} showSent />
          ) : (
            <>
              <p class="utrecht-paragraph ws-note" data-testid="reported-unknown">
                {t('deskReportedUnknown')}
              </p>
              {target.quote ? <QuoteAsSent quote={target.quote} /> : <p class="utrecht-paragraph">{t('deskNoQuote')}</p>}
            </>
          )}
        </section>
        <section aria-labelledby="huidige-versie" data-testid="article-current">
          <h2 class="utrecht-heading-2" id="huidige-versie">
            {t('deskCurrent')}
          </h2>
          {current ? (
            <>
              <p class="utrecht-paragraph">
                {version(current.versionDate)}. {t('deskCurrentNote')}
              </p>
              <ArticleTextBlock article={current} quote={target.quote} text={text} showSent={false} />
            </>
          ) : (
            <p class="utrecht-paragraph ws-note">{t('deskCurrentUnknown')}</p>
          )}
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={portalUrl(target.bwbId, target.label)} rel="noopener noreferrer">
              {t('deskPortalNow')}
            </a>
          </p>
        </section>
      </div>
    </section>
  );
}
