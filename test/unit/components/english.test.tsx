// English is complete: no Dutch UI text in the English UI. Every message in the English catalogue, and the
// text every component renders in English, is checked for Dutch words; curated content (signals, notes,
// the law's own words) stays Dutch and must be marked with lang="nl".
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/preact';
import { en, nl } from '../../../utils/i18n/messages';
import { ArticlePanel } from '../../../components/ArticlePanel';
import { SubmissionForm } from '../../../components/SubmissionForm';
import { SummaryDetails } from '../../../components/SummaryDetails';
import { PopupView } from '../../../components/PopupView';
import { OptionsView } from '../../../components/OptionsView';
import { createBadge } from '../../../components/badge';
import { createReportButton } from '../../../components/report-button';
import { DEFAULT_SETTINGS } from '../../../utils/extension/settings';
import { article, localPrivacy, memoryDrafts, regulation, response, signal, ui, view } from './fixtures';

/** Common Dutch function words and UI words that no English sentence here should contain. */
const DUTCH = /\b(de|het|een|van|niet|wordt|worden|bij|artikel|artikelen|melding|meldingen|signalen|verstuur|annuleren|sluiten|wet|uw|wij|zijn|geen|voorbeeld|toon|alles)\b/iu;
/** Words shared by both languages, or names. */
const ALLOWED = /\b(Awb|BSN|JCI|Wetsignaal|Participatiewet)\b/gu;

function textOutsideDutch(root: Element): string {
  const copy = root.cloneNode(true) as Element;
  copy.querySelectorAll('[lang="nl"]').forEach((el) => el.remove());
  copy.querySelectorAll('option[value="nl"]').forEach((el) => el.remove()); // "Nederlands" names the language itself
  return (copy.textContent ?? '').replace(ALLOWED, '');
}

function entries(catalog: Record<string, string | { one: string; other: string }>): Array<[string, string]> {
  return Object.entries(catalog).flatMap(([key, entry]) =>
    typeof entry === 'string' ? [[key, entry] as [string, string]] : [[`${key}.one`, entry.one], [`${key}.other`, entry.other]] as Array<[string, string]>,
  );
}

describe('English UI', () => {
  it('has an English text for every message key, none of them Dutch or left the same as the Dutch', () => {
    const dutch = new Map(entries(nl));
    for (const [key, text] of entries(en)) {
      expect(text.trim(), key).not.toBe('');
      expect(text.replace(ALLOWED, ''), key).not.toMatch(DUTCH);
      // A single word may be the same in both ("Status"); a sentence may not.
      if (/\p{L}+\s+\p{L}+/u.test(text.replace(ALLOWED, '').replace(/\{\w+\}/gu, ''))) expect(text, `${key} is not translated`).not.toBe(dutch.get(key));
    }
  });

  it('renders every component in English, with curated Dutch content marked lang="nl"', async () => {
    const signals = [signal('sig-a')];
    const english = ui('en');
    const views: Array<[string, Element]> = [];
    const panel = render(
      <ArticlePanel view={view('58', signals)} regulation={regulation} data={response(signals)} anchors={new Map()} quote={null}
        reporting anchoring={new Map()} {...english} onClose={() => {}}
        reportForm={(quote, close) => (
          <SubmissionForm regulation={regulation} article={article('58')} quote={quote} drafts={memoryDrafts()} privacy={localPrivacy}
            {...english} submit={async () => ({ state: 'sent', localId: 'x' })} onCancel={close} statusPage="popup.html" />
        )} />,
    );
    views.push(['panel with form', panel.container]);
    const summary = render(
      <SummaryDetails bwbId="BWBR0015703" data={response(signals)} figures={{ total: 1, withSignals: [view('58', signals)], regulationSignals: signals }} {...english} />,
    );
    views.push(['summary details', summary.container]);
    const tab = {
      url: 'https://wetten.overheid.nl/BWBR0015703', lawPage: true, recognised: true, bwbId: 'BWBR0015703', title: 'Participatiewet',
      versionDate: '2026-01-01', articleCount: 3, signalCount: 1, offline: true, problem: null, strategies: { jci: 3 },
    };
    const popup = render(
      <PopupView status={{ apiReachable: false, apiBaseUrl: 'http://127.0.0.1', outboxWaiting: 1, tab }} language="en" openOptions={() => {}} onReport={() => {}}
        submissions={[{ localId: 'a', createdAt: '2026-01-01T00:00:00Z', regulationTitle: 'Participatiewet', label: '58', state: 'afgewezen', reason: null,
          signalId: null, lastError: null, bwbId: 'BWBR0015703', versionDate: '2026-01-01', description: 'A text', quote: null }]} />,
    );
    views.push(['popup', popup.container]);
    const options = render(<OptionsView initial={{ ...DEFAULT_SETTINGS, language: 'en' }} save={async () => true} />);
    views.push(['options', options.container]);
    const badgeHost = document.body.appendChild(document.createElement('span'));
    createBadge(badgeHost, view('58', signals), { t: english.t, onOpen: () => {} });
    views.push(['badge', badgeHost]);
    const reportHost = document.body.appendChild(document.createElement('span'));
    createReportButton(reportHost, '58', { t: english.t, onOpen: () => {} });
    views.push(['report button', reportHost]);
    for (const [name, root] of views) {
      expect(textOutsideDutch(root), name).not.toMatch(DUTCH);
      // The accessible names count too.
      const names = [...root.querySelectorAll('[aria-label], [title]')].map((el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`);
      expect(names.join(' ').replace(ALLOWED, ''), name).not.toMatch(DUTCH);
    }
  });
});
