import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/preact';
import { render } from 'preact';
import { createSummaryLine, type SummaryLineOptions } from '../../../components/summary-line';
import { SummaryDetails } from '../../../components/SummaryDetails';
import { summaryFigures } from '../../../utils/overlay/model';
import type { RegulationResponse } from '../../../utils/contract/api';
import type { ArticleView } from '../../../utils/overlay/model';
import { article, response, signal, view, ui } from './fixtures';

/** An article without signals. */
const quiet = (label: string): ArticleView => ({ article: article(label), curated: null, signals: [], computed: null });

afterEach(() => document.body.replaceChildren());

/** The summary as the overlay mounts it: the DOM line, with the Preact details rendered into its slot. */
function mount(data: RegulationResponse | null, options: Pick<SummaryLineOptions, 'offline' | 'error' | 'clause' | 'onReport'>) {
  const container = document.body.appendChild(document.createElement('span'));
  const { t, labels, language } = ui('nl');
  return createSummaryLine(container, {
    ...options,
    language,
    t,
    renderDetails: (slot, figures) =>
      render(
        figures && <SummaryDetails bwbId="BWBR0015703" data={data} failed={options.error !== null} figures={figures} language={language} labels={labels} t={t} />,
        slot,
      ),
  });
}

describe('summary details', () => {
  it('names the clause by its article, jumps to it on the page, and says what it covers', () => {
    const data = response([signal('sig-a')]);
    data.regulation.abbreviation = 'Awir';
    data.clause = { status: 'algemeen_eigen', clauseBwbId: 'BWBR0015703', clauseLabel: '47', clauseLaw: 'Awir', note: 'Lid 1: beleidsregels voor onbillijkheden van overwegende aard.', source: null, verified: true };
    const { labels, language, t } = ui('nl');
    const slot = document.body.appendChild(document.createElement('div'));
    render(<SummaryDetails bwbId="BWBR0015703" data={data} figures={summaryFigures(data, [])} anchors={new Map([['47', 'Artikel47']])} language={language} labels={labels} t={t} />, slot);
    expect(slot.textContent).toContain('Deze wet heeft een algemene hardheidsclausule: Awir art. 47');
    expect(screen.getByRole('link', { name: 'Awir art. 47' }).getAttribute('href')).toBe('#Artikel47');
    expect(slot.textContent).toContain('Wat de clausule dekt: Lid 1: beleidsregels voor onbillijkheden van overwegende aard.');
  });
});

describe('summary', () => {
  it('counts signals over articles, opens to links to them, and closes with Escape', () => {
    const signals = [signal('sig-a'), signal('sig-b')];
    const data = response(signals);
    mount(data, { offline: true, error: null }).update(summaryFigures(data, [view('58', signals), quiet('59')]));
    const toggle = screen.getByRole('button', { name: /Wetsignaal.*2 signalen bij 1 artikel/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('link')).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)).not.toBeNull();
    expect(screen.getByRole('link', { name: 'Participatiewet art. 58 (2)' }).getAttribute('href')).toBe('#Hoofdstuk6_Artikel58');
    fireEvent.keyDown(screen.getByRole('link', { name: 'Participatiewet art. 58 (2)' }), { key: 'Escape' });
    expect(screen.queryByRole('link')).toBeNull();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByText('offline: opgeslagen gegevens')).toBeTruthy();
  });

  it('follows articles recognised later, also while open', () => {
    const signals = [signal('sig-a')];
    const data = response(signals);
    const line = mount(data, { offline: false, error: null });
    line.update(summaryFigures(data, []));
    const toggle = screen.getByRole('button', { name: /Wetsignaal/ });
    fireEvent.click(toggle);
    expect(screen.queryByRole('link')).toBeNull();
    line.update(summaryFigures(data, [view('58', signals)]));
    expect(toggle.textContent).toMatch(/1 signaal bij 1 artikel/);
    expect(screen.getByRole('link', { name: 'Participatiewet art. 58 (1)' })).toBeTruthy();
  });

  it('says what went wrong when the API failed, and shows no counts then', () => {
    mount(null, { offline: false, error: { code: 'timeout', status: null } }).update(summaryFigures(null, []));
    expect(screen.getByRole('alert').textContent).toBe('Wetsignaal kon de signalen niet ophalen. De signalendienst antwoordde niet op tijd.');
    expect(screen.getByRole('button').textContent).toBe('Wetsignaal');
    // Opened, the details do not stay empty.
    fireEvent.click(screen.getByRole('button'));
    expect(document.querySelector('.ws-summary-details')?.textContent).toBe('Zonder antwoord van de signalendienst is er nu niets te tonen. Probeer het later nog eens.');
  });

  it('on a law nobody reported on: a quiet line that offers reporting, and details that say how', () => {
    const reported: HTMLElement[] = [];
    mount(null, { offline: false, error: null, onReport: (opener) => reported.push(opener) }).update(summaryFigures(null, []));
    const section = document.querySelector('section.ws-summary')!;
    expect(section.classList.contains('ws-summary-quiet')).toBe(true);
    expect(section.textContent).toBe('Wetsignaal: geen bekende signalen bij deze wet·Meld een voorbeeld');
    const report = screen.getByRole('button', { name: 'Meld een voorbeeld' });
    expect(report.title).toBe('Meld een voorbeeld bij het artikel dat bovenaan in beeld staat');
    fireEvent.click(report);
    expect(reported).toEqual([report]);
    fireEvent.click(screen.getByRole('button', { name: /Wetsignaal/ }));
    const details = document.querySelector('.ws-summary-details')!.textContent!;
    expect(details).toContain('Niemand heeft nog een voorbeeld gemeld bij deze wet.');
    expect(details).toContain('Wat betekenen de knoppen?');
  });

  it('names the clause status on the line where it is known, and leaves the quiet look once there are signals', () => {
    const data = response([signal('sig-a')]);
    const line = mount(data, { offline: false, error: null, clause: 'Deze wet heeft een algemene hardheidsclausule' });
    line.update(summaryFigures(data, []));
    const section = document.querySelector('section.ws-summary')!;
    expect(section.textContent).toBe('Wetsignaal: geen bekende signalen bij deze wet· Deze wet heeft een algemene hardheidsclausule');
    expect(screen.queryByRole('button', { name: 'Meld een voorbeeld' })).toBeNull();
    line.update(summaryFigures(data, [view('58', data.signals)]));
    expect(section.classList.contains('ws-summary-quiet')).toBe(false);
  });

  it('renders what the API says as text, never as markup', () => {
    const hostile = signal('sig-x', { title: '<img src=x onerror=alert(1)>' });
    const data = { ...response([hostile]), regulationSignalIds: ['sig-x'] };
    mount(data, { offline: false, error: null }).update(summaryFigures(data, []));
    fireEvent.click(screen.getByRole('button', { name: /Wetsignaal/ }));
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });
});

describe('summaryFigures', () => {
  it('counts each signal once, whether it is on several articles or about the whole law', () => {
    const [a, b, c] = [signal('sig-a'), signal('sig-b'), signal('sig-c')];
    const data = { ...response([a, b, c]), regulationSignalIds: ['sig-b', 'sig-c'] };
    const figures = summaryFigures(data, [view('58', [a, b]), view('59', [a]), quiet('60')]);
    expect(figures.total).toBe(3);
    expect(figures.withSignals.map((v) => v.article.label)).toEqual(['58', '59']);
    expect(figures.regulationSignals.map((s) => s.id)).toEqual(['sig-b', 'sig-c']);
  });
});
