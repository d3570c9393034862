import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { PopupView } from '../../../components/PopupView';
import { OptionsView } from '../../../components/OptionsView';
import { DEFAULT_SETTINGS } from '../../../utils/extension/settings';
import type { StatusView } from '../../../utils/extension/messages';


const tab = {
  url: 'https://wetten.overheid.nl/BWBR0015703/2026-01-01',
  lawPage: true,
  recognised: true,
  bwbId: 'BWBR0015703',
  title: 'Participatiewet',
  versionDate: '2026-01-01',
  articleCount: 174,
  signalCount: 3,
  offline: false,
  problem: null,
  strategies: { jci: 170, 'container-id': 4, heading: 0 },
};
const status: StatusView = { apiReachable: true, apiBaseUrl: 'http://127.0.0.1:8787', outboxWaiting: 2, tab };

describe('PopupView', () => {
  it('shows what was recognised, the API state and the outbox', () => {
    render(<PopupView status={status} submissions={[]} language="nl" openOptions={() => {}} />);
    expect(screen.getByText('Participatiewet')).toBeTruthy();
    expect(screen.getByTestId('signal-count').textContent).toBe(' · 3 signalen');
    expect(screen.getByText('174 artikelen herkend')).toBeTruthy();
    expect(screen.getByText('Herkend via: jci 170, container-id 4')).toBeTruthy();
    expect(screen.getByText(/in orde/)).toBeTruthy();
    expect(screen.getByText('2 meldingen wachten op verzending')).toBeTruthy();
  });

  it('offers to report on the article at the top of the tab', () => {
    const onReport = vi.fn();
    render(<PopupView status={status} submissions={[]} language="nl" openOptions={() => {}} onReport={onReport} />);
    fireEvent.click(screen.getByRole('button', { name: 'Meld een voorbeeld bij het artikel bovenaan' }));
    expect(onReport).toHaveBeenCalledOnce();
  });

  it('says when the signals shown are the saved ones', () => {
    render(<PopupView status={{ ...status, apiReachable: false, tab: { ...tab, offline: true } }} submissions={[]} language="nl" openOptions={() => {}} />);
    expect(screen.getByText('Verbinding met de signalendienst: niet bereikbaar')).toBeTruthy();
    expect(screen.getByText('U ziet opgeslagen signalen: de signalendienst was niet bereikbaar.')).toBeTruthy();
  });

  it('names status lines it does not know as selector health, not as a notice about the law', () => {
    render(<PopupView status={{ ...status, tab: { ...tab, unknownStatusLines: ['Iets nieuws van de portal.'] } }} submissions={[]} language="nl" openOptions={() => {}} />);
    expect(screen.getByTestId('health-unknown-status').textContent).toBe('Onbekende regel boven de wet (niet als melding getoond): "Iets nieuws van de portal."');
    expect(screen.queryByText(/Pagina niet herkend/)).toBeNull();
  });

  it('says "pagina niet herkend" instead of guessing', () => {
    render(<PopupView status={{ ...status, tab: { ...tab, recognised: false, problem: 'geen artikelen gevonden' } }} submissions={[]} language="nl" openOptions={() => {}} />);
    expect(screen.getByText(/Pagina niet herkend/)).toBeTruthy();
  });

  it('lists my reports with their moderation state and reason', () => {
    render(
      <PopupView
        status={status}
        submissions={[{ localId: 'a', createdAt: '2026-01-01T00:00:00Z', regulationTitle: 'Participatiewet', label: '58', state: 'afgewezen', reason: 'geen hardheid', signalId: null, lastError: null,
          bwbId: 'BWBR0015703', versionDate: '2026-01-01', description: 'Mijn BSN [BSN verwijderd] stond op de brief.', quote: 'wordt teruggevorderd' },
          { localId: 'b', createdAt: '2026-01-02T00:00:00Z', regulationTitle: 'Awir', label: '47', state: 'samengevoegd', reason: null, signalId: 'sig-kot-alles-of-niets', lastError: null }]}
        language="nl"
        openOptions={() => {}}
      />,
    );
    // Date, the article as a link that opens the law there, and the state with the moderator's reason.
    const [first, second] = [...screen.getByTestId('submissions').children] as HTMLElement[];
    expect(first!.textContent).toMatch(/^01-01-2026 · Participatiewet, artikel 58: Afgewezen \(geen hardheid\)/);
    expect(screen.getByRole('link', { name: 'Participatiewet, artikel 58' }).getAttribute('href')).toBe('https://wetten.overheid.nl/jci1.3:c:BWBR0015703&artikel=58');
    // The receipt: what was sent, kept with the report.
    expect(first!.querySelector('details')!.textContent).toContain('Mijn BSN [BSN verwijderd] stond op de brief.');
    // Merged: the signal's public page on the service, named in words (not by its internal id).
    expect(second!.textContent).toMatch(/Awir, artikel 47: Samengevoegd met een bestaand signaal · Bekijk het signaal$/);
    expect(screen.getByRole('link', { name: 'Bekijk het signaal' }).getAttribute('href')).toBe('http://127.0.0.1:8787/signaal/sig-kot-alles-of-niets');
    // A rejected report has no signal to link to.
    expect(first!.querySelector('[data-testid="submission-signal"]')).toBeNull();
  });
});

describe('OptionsView', () => {
  it('refuses a plain-http address that is not this computer', async () => {
    const save = vi.fn(async () => true);
    render(<OptionsView initial={DEFAULT_SETTINGS} save={save} />);
    fireEvent.input(screen.getByLabelText('Adres van de signalendienst'), { target: { value: 'http://example.org' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await screen.findByText(/geen geldig adres/);
    expect(save).not.toHaveBeenCalled();
  });

  it('saves a self-hosted https address and the toggles', async () => {
    const save = vi.fn(async () => true);
    render(<OptionsView initial={DEFAULT_SETTINGS} save={save} />);
    fireEvent.input(screen.getByLabelText('Adres van de signalendienst'), { target: { value: 'https://signalen.example.org/' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /Een knop bij elk artikel/, description: /Ook artikelen zonder signalen/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await screen.findByText('Opgeslagen.');
    expect(save).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, apiBaseUrl: 'https://signalen.example.org', showAll: true });
  });
});
