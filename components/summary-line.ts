// The summary at the top of the law, inline after its title so the law text does not move: the totals on
// one line, and on request (a disclosure that floats over the page) the details. The line is on the page
// at load and built with the DOM, on most law pages by the content script itself (so it uses only the
// line's own messages, line-texts.ts); the details are a Preact component (SummaryDetails), rendered when
// they open (see entrypoints/overlay-ui). Text only, never HTML.
import type { Language } from '../utils/i18n';
import type { ApiErrorCode } from '../utils/api/client';
import { isQuiet, type SummaryFigures } from '../utils/overlay/model';
import { errorOnLine, type LineTranslate } from '../utils/overlay/line-texts';
import { element } from './dom';
import { icon } from './icons';

const DETAILS_ID = 'ws-summary-details';

export interface SummaryLineOptions {
  offline: boolean;
  error: { code: ApiErrorCode; status: number | null } | null;
  language: Language;
  t: LineTranslate;
  /** What is known of the law's hardheidsclausule, as a short status; null where the extension does not know it. */
  clause?: string | null;
  /** Opens the report form for the article nearest the top of the viewport; absent where the details offer the form. */
  onReport?: (opener: HTMLElement) => void;
  /** Renders the details into `slot` when they open or change while open; `null`: they close, clear the slot. */
  renderDetails(slot: HTMLElement, figures: SummaryFigures | null): Promise<void> | void;
}

export interface SummaryLine {
  /** Shows new totals (articles recognised later); open details follow. */
  update(figures: SummaryFigures): void;
  /** Shows the clause status (read from the page's text after the line went in); true when it changed. */
  setClause(text: string | null): boolean;
}

/** The details open under the end of the title; where that would run off the window, further left. */
function keepInWindow(details: HTMLElement): void {
  const overflow = details.getBoundingClientRect().right - document.documentElement.clientWidth;
  if (overflow > 0) details.style.insetInlineStart = `${-Math.ceil(overflow + 8)}px`;
}

/** " · " between the parts of the line; not read out. */
const separator = () => element('span', { class: 'ws-summary-sep', 'aria-hidden': 'true' }, '·');

export function createSummaryLine(container: HTMLElement, { offline, error, language, t, clause, onReport, renderDetails }: SummaryLineOptions): SummaryLine {
  const section = element('section', { class: 'ws-summary', 'aria-label': t('summaryTitle'), lang: language });
  const toggle = element('button', { type: 'button', class: 'ws-summary-toggle', 'aria-expanded': 'false', 'aria-controls': DETAILS_ID });
  const counts = element('span');
  toggle.append(element('strong', {}, t('summaryTitle')), counts);
  section.append(toggle);
  // Always there, empty until a status is known: the law's own clause is read once the page is parsed.
  const status = element('span', { class: 'ws-summary-clause' });
  let shown: string | null = null;
  // Only a change touches the page: each one lays the line out again.
  const setClause = (text: string | null | undefined): boolean => {
    if ((text ?? null) === shown) return false;
    shown = text ?? null;
    status.replaceChildren(...(text ? [separator(), ` ${text}`] : []));
    return true;
  };
  setClause(clause);
  section.append(status);
  if (onReport) {
    // Every law page offers reporting, also where nothing is known yet: the form names the article it is for.
    const report = element('button', { type: 'button', class: 'ws-summary-report', 'aria-haspopup': 'dialog', title: t('summaryReportTitle') });
    report.append(icon('report'), element('span', {}, t('reportShort')));
    report.addEventListener('click', () => onReport(report));
    section.append(separator(), report);
  }
  if (offline) section.append(element('span', { class: 'ws-tag' }, t('offline')));
  if (error) {
    section.append(element('span', { role: 'alert', class: 'ws-warning' }, errorOnLine(error, t)));
  }
  let figures: SummaryFigures = { total: 0, withSignals: [], regulationSignals: [] };
  let details: HTMLElement | null = null;

  const open = () => {
    const opened = element('div', { id: DETAILS_ID, class: 'ws-summary-details' });
    details = opened;
    section.append(opened);
    toggle.setAttribute('aria-expanded', 'true');
    void Promise.resolve(renderDetails(opened, figures)).then(() => {
      if (details === opened) keepInWindow(opened);
    });
  };
  const close = () => {
    if (!details) return;
    void renderDetails(details, null);
    details.remove();
    details = null;
    toggle.setAttribute('aria-expanded', 'false');
  };
  toggle.addEventListener('click', () => (details ? close() : open()));
  section.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close();
  });
  container.replaceChildren(section);

  return {
    setClause,
    update(next) {
      figures = next;
      const text =
        next.total > 0
          ? // Signals about the law as a whole only (or a regulation without articles): no "bij 0 artikelen".
            next.withSignals.length > 0
            ? `${t('summaryCounts', { n: next.total })} ${t('summaryArticles', { n: next.withSignals.length })}`
            : t('summaryCounts', { n: next.total })
          : error
            ? ''
            : t('summaryNoData');
      counts.textContent = text && `: ${text}`;
      section.classList.toggle('ws-summary-quiet', isQuiet(next, error));
      if (details) void renderDetails(details, figures);
    },
  };
}
