// Lid-level and regulation-level reporting in the components: the panel's cards name the lid a signal is
// about, the form starts with the lid the selected sentence is in, and a regulation without articles is
// reported on as a whole (target kind "regulation") from the summary's details.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { SignalCard } from '../../../components/SignalCard';
import { SubmissionForm } from '../../../components/SubmissionForm';
import { SummaryDetails } from '../../../components/SummaryDetails';
import { citeProvision } from '../../../utils/i18n/provision';
import { SubmissionRequest } from '../../../utils/contract/api';
import { article, localPrivacy, memoryDrafts, regulation, signal, ui } from './fixtures';

describe('citeProvision', () => {
  it('cites as drafters do in Dutch, and in the short English form', () => {
    expect(citeProvision('3', '2', 'nl')).toBe('artikel 3, tweede lid');
    expect(citeProvision('4:84', '12', 'nl')).toBe('artikel 4:84, twaalfde lid');
    expect(citeProvision('3', '2a', 'nl')).toBe('artikel 3, lid 2a');
    expect(citeProvision('3', null, 'nl')).toBe('artikel 3');
    expect(citeProvision('3', '2', 'en')).toBe('article 3(2)');
  });
});

describe('lid-level reporting', () => {
  it('a card names the lid its signal is about', () => {
    const s = signal('sig-lid', { targets: [{ bwbId: 'BWBR0015703', label: '58', lid: '2', path: [], jci: null, versionDate: null, textHash: null, quote: null, origin: { kind: 'bronnen' } }] });
    render(<SignalCard signal={s} bwbId="BWBR0015703" label="58" pageTextHash={null} {...ui('nl')} />);
    expect(screen.getByText('Gaat over artikel 58, tweede lid')).toBeTruthy();
  });

  it('the form starts with the lid the selected sentence is in, and sends it', async () => {
    const submit = vi.fn(async () => ({ state: 'sent' as const, localId: 'local-1' }));
    render(<SubmissionForm regulation={regulation} article={article('58')} quote={null} lid="3" drafts={memoryDrafts()} privacy={localPrivacy} {...ui('nl')} submit={submit} onCancel={() => undefined} />);
    const lid = screen.getByLabelText('Lid (als u dat weet)') as HTMLInputElement;
    await waitFor(() => expect(lid.value).toBe('3'));
    fireEvent.input(screen.getByLabelText('Wat is er gebeurd?'), { target: { value: 'De regel trof mij zwaarder dan bedoeld, zonder uitweg.' } });
    fireEvent.submit(lid.closest('form')!);
    fireEvent.click(await screen.findByRole('button', { name: 'Verstuur melding' }));
    await waitFor(() => expect(submit).toHaveBeenCalled());
    const request = SubmissionRequest.parse((submit.mock.calls[0] as unknown[])[0]);
    expect(request.target).toMatchObject({ kind: 'article', label: '58', lid: '3' });
  });
});

describe('a regulation without articles', () => {
  it('the form reports on the whole regulation: no article, no lid field, target kind regulation', async () => {
    const submit = vi.fn(async () => ({ state: 'sent' as const, localId: 'local-1' }));
    const whole = { label: null, path: [], jci: null, textHash: '0123456789abcdef' };
    render(<SubmissionForm regulation={regulation} article={whole} quote={null} drafts={memoryDrafts()} privacy={localPrivacy} {...ui('nl')} submit={submit} onCancel={() => undefined} />);
    expect(screen.getByRole('heading', { name: 'Meld een voorbeeld bij deze regeling' })).toBeTruthy();
    expect(screen.queryByLabelText('Lid (als u dat weet)')).toBeNull();
    fireEvent.input(screen.getByLabelText('Wat is er gebeurd?'), { target: { value: 'De normbedragen lieten voor ons gezin niets over.' } });
    fireEvent.submit(screen.getByRole('heading', { name: 'Meld een voorbeeld bij deze regeling' }).closest('form')!);
    fireEvent.click(await screen.findByRole('button', { name: 'Verstuur melding' }));
    await waitFor(() => expect(submit).toHaveBeenCalled());
    const request = SubmissionRequest.parse((submit.mock.calls[0] as unknown[])[0]);
    expect(request.target).toMatchObject({ kind: 'regulation', label: null, lid: null, jci: null, textHash: '0123456789abcdef' });
  });

  it("the summary's details offer the report form, and its signals show there", () => {
    const s = signal('sig-whole', { targets: [{ bwbId: 'BWBR0015703', label: null, lid: null, path: [], jci: null, versionDate: null, textHash: null, quote: null, origin: { kind: 'bronnen' } }] });
    const reportForm = vi.fn(() => <p>formulier</p>);
    render(<SummaryDetails bwbId="BWBR0015703" data={null} figures={{ total: 1, withSignals: [], regulationSignals: [s] }} {...ui('nl')} reportForm={reportForm} />);
    expect(screen.getByText(s.title)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Meld een voorbeeld bij deze regeling' }));
    expect(screen.getByText('formulier')).toBeTruthy();
  });
});
