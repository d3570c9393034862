import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { ArticlePanel } from '../../../components/ArticlePanel';
import { translator } from '../../../utils/i18n';
import { regulation, response, signal, view } from './fixtures';

function renderPanel(onClose = vi.fn(), submit = vi.fn(async () => ({ state: 'queued' as const, localId: 'x' }))) {
  const signals = [signal('sig-a')];
  render(
    <ArticlePanel
      view={view('58', signals)}
      regulation={regulation}
      data={response(signals)}
      anchors={new Map([['58', 'Hoofdstuk6_Artikel58']])}
      language="nl"
      t={translator('nl')}
      submit={submit}
      onClose={onClose}
    />,
  );
  return { onClose, submit };
}

describe('ArticlePanel', () => {
  it('is a modal dialog named after the article, with signals, clause and Awb hooks', () => {
    renderPanel();
    const dialog = screen.getByRole('dialog', { name: 'Artikel 58' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(screen.getByRole('heading', { name: '1 bekend signaal' })).toBeTruthy();
    expect(screen.getByText(/specifieke mogelijkheid om af te wijken/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Staat in artikel 58' }).getAttribute('href')).toBe('#Hoofdstuk6_Artikel58');
    const awb = screen.getByRole('link', { name: 'Awb artikel 4:94a' });
    expect(awb.getAttribute('href')).toBe('https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=4:94a');
  });

  it('closes on Escape', () => {
    const { onClose } = renderPanel();
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
  });

  it('sends a report tied to the exact article and version', async () => {
    const { submit } = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Meld een voorbeeld bij dit artikel' }));
    fireEvent.input(screen.getByLabelText('Wat is er gebeurd?'), { target: { value: 'De gemeente vorderde de hele bijstand terug.' } });
    fireEvent.change(screen.getByLabelText('Wie bent u?'), { target: { value: 'advocaat' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verstuur melding' }));
    await screen.findByText('Uw melding is bewaard en wacht op verzending.');
    expect(submit).toHaveBeenCalledWith(
      expect.objectContaining({
        role: 'advocaat',
        target: expect.objectContaining({ bwbId: 'BWBR0015703', label: '58', versionDate: '2026-01-01', jci: expect.stringContaining('artikel=58') }),
      }),
    );
  });

  it('refuses a description that is too short without sending', async () => {
    const { submit } = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Meld een voorbeeld bij dit artikel' }));
    fireEvent.input(screen.getByLabelText('Wat is er gebeurd?'), { target: { value: 'te kort' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Verstuur melding' }).closest('form')!);
    await screen.findByText(/ten minste 20 tekens/);
    expect(submit).not.toHaveBeenCalled();
  });
});
