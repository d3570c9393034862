import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { ArticlePanel } from '../../../components/ArticlePanel';
import { article, memoryDrafts, regulation, response, signal, view, ui, localPrivacy } from './fixtures';
import { SubmissionForm, type DraftStore } from '../../../components/SubmissionForm';
import type { SubmitResult } from '../../../utils/extension/messages';
import type { Quote } from '../../../utils/contract/identity';

/** The real form, rendered in place of the extension's frame. */
function formRenderer(submit: (r: unknown) => Promise<SubmitResult>, drafts: DraftStore = memoryDrafts()) {
  return (quote: Quote | null, close: () => void) => (
    <SubmissionForm regulation={regulation} article={article('58')} quote={quote} drafts={drafts}
      privacy={localPrivacy} {...ui('nl')} submit={submit} onCancel={close} />
  );
}

function renderPanel(onClose = vi.fn(), submit = vi.fn(async () => ({ state: 'queued' as const, localId: 'x' })), shown = regulation) {
  const signals = [signal('sig-a')];
  render(
    <ArticlePanel
      view={view('58', signals)}
      regulation={shown}
      data={response(signals)}
      anchors={new Map([['58', 'Hoofdstuk6_Artikel58']])}
      quote={null}
      anchoring={new Map()}
      reportForm={formRenderer(submit)}
      {...ui('nl')}
      onClose={onClose}
    />,
  );
  return { onClose, submit };
}

describe('ArticlePanel references', () => {
  it('names a clause in another law by its short title and article, links it, and never shows a BWB id', () => {
    const signals = [signal('sig-a')];
    const data = response(signals);
    data.regulation.abbreviation = 'Pw';
    const covered = { ...view('58', signals), curated: { ...data.articles[0]!, clause: { status: 'gedekt_extern' as const, clauseBwbId: 'BWBR0018472', clauseLabel: '47', clauseLaw: 'Awir', note: null, source: null, verified: true } } };
    render(
      <ArticlePanel view={covered} regulation={regulation} data={data} anchors={new Map()} quote={null} anchoring={new Map()}
        reportForm={formRenderer(vi.fn())} publicBase="https://wetsignaal.example" {...ui('nl')} onClose={vi.fn()} />,
    );
    const link = screen.getByRole('link', { name: 'Staat in een andere wet: Awir art. 47' });
    expect(link.getAttribute('href')).toBe('https://wetten.overheid.nl/jci1.3:c:BWBR0018472&artikel=47');
    expect(screen.getByRole('dialog').textContent).not.toMatch(/BWB[RV]\d{7}/);
    expect(screen.getByRole('link', { name: 'Deel dit artikel' }).getAttribute('href')).toBe('https://wetsignaal.example/regeling/BWBR0015703#artikel-58');
    expect(screen.getByRole('link', { name: 'Deel: openbare pagina van dit signaal' }).getAttribute('href')).toBe('https://wetsignaal.example/signaal/sig-a');
  });
});

describe('ArticlePanel', () => {
  it('is a modal dialog named after the article, with signals, clause and Awb hooks', () => {
    renderPanel();
    const dialog = screen.getByRole('dialog', { name: 'Artikel 58' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(screen.getByRole('heading', { name: '1 bekend signaal' })).toBeTruthy();
    expect(screen.getByText(/specifieke mogelijkheid om af te wijken/)).toBeTruthy();
    // Article 58 holds its own clause: no link that points at the panel's own article.
    expect(screen.queryByRole('link', { name: /Staat in/ })).toBeNull();
    expect(dialog.querySelector('a[href="#Hoofdstuk6_Artikel58"]')).toBeNull();
    const awb = screen.getByRole('link', { name: 'Awb art. 4:94a' });
    expect(awb.getAttribute('href')).toBe('https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=4:94a');
  });

  it('in a BES law, says that the Awb does not apply there instead of linking Awb articles', () => {
    renderPanel(vi.fn(), undefined, { ...regulation, title: 'Participatiewet BES' });
    const awb = screen.getByRole('region', { name: 'Ruimte in de Awb' });
    expect(awb.textContent).toContain('geldt niet in Caribisch Nederland');
    expect(screen.queryByRole('link', { name: /Awb art\./ })).toBeNull();
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
    fireEvent.click(screen.getByRole('button', { name: 'Controleer en verstuur' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Verstuur melding' }));
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
    fireEvent.submit(screen.getByRole('button', { name: 'Controleer en verstuur' }).closest('form')!);
    await screen.findByText(/ten minste 20 tekens/);
    expect(submit).not.toHaveBeenCalled();
  });
});

describe('SubmissionForm privacy and drafts', () => {
  it('finds personal data, marks it and redacts it in one click', async () => {
    renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Meld een voorbeeld bij dit artikel' }));
    fireEvent.input(screen.getByLabelText('Wat is er gebeurd?'), {
      target: { value: 'Mijn BSN 111222333 stond op de brief, mail mij op jan@example.nl als het kan.' },
    });
    const alert = await screen.findByText(/gegevens die iemand herkenbaar maken/);
    expect(alert.textContent).toContain('BSN');
    fireEvent.click(screen.getByRole('button', { name: 'Haal deze gegevens weg' }));
    const field = screen.getByLabelText('Wat is er gebeurd?') as HTMLTextAreaElement;
    await vi.waitFor(() => expect(field.value).toContain('[BSN verwijderd]'));
    const text = field.value;
    expect(text).not.toContain('111222333');
    expect(text).not.toContain('jan@example.nl');
    expect(text).toContain('[BSN verwijderd]');
  });

  it('shows the exact text to be sent with each replaced item marked, goes back to edit, and sends only on confirmation', async () => {
    const { submit } = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Meld een voorbeeld bij dit artikel' }));
    const written = 'Mijn BSN 111222333 stond op de brief, mail mij op jan@example.nl als het kan.';
    fireEvent.input(screen.getByLabelText('Wat is er gebeurd?'), { target: { value: written } });
    fireEvent.click(screen.getByRole('button', { name: 'Controleer en verstuur' }));
    await screen.findByRole('heading', { name: 'Controleer wat u verstuurt' });
    const marks = [...document.querySelectorAll('mark.ws-replaced')];
    expect(marks.map((m) => m.getAttribute('data-kind'))).toEqual(['bsn', 'email']);
    expect(marks.map((m) => m.textContent)).toEqual([expect.stringContaining('[BSN verwijderd]'), expect.stringContaining('[e-mailadres verwijderd]')]);
    expect(submit).not.toHaveBeenCalled();

    // Back to editing keeps what was written, untouched.
    fireEvent.click(screen.getByRole('button', { name: 'Terug naar bewerken' }));
    expect((screen.getByLabelText('Wat is er gebeurd?') as HTMLTextAreaElement).value).toBe(written);
    fireEvent.click(screen.getByRole('button', { name: 'Controleer en verstuur' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Verstuur melding' }));
    await screen.findByRole('heading', { name: 'Bewijs van uw melding' });
    const sent = (submit.mock.calls[0] as unknown as [{ description: string }])[0].description;
    expect(sent).toBe('Mijn BSN [BSN verwijderd] stond op de brief, mail mij op [e-mailadres verwijderd] als het kan.');
    // The receipt shows what was sent, without the values that were taken out.
    expect(document.body.textContent).toContain('[BSN verwijderd]');
    expect(document.body.textContent).not.toContain('111222333');
  });

  it('marks a likely name and street address in the review without replacing them, and sends them only as written', async () => {
    const { submit } = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Meld een voorbeeld bij dit artikel' }));
    const written = 'Mijn moeder mevrouw De Vries uit de Kerkstraat 12 kreeg de hele bijstand teruggevorderd.';
    fireEvent.input(screen.getByLabelText('Wat is er gebeurd?'), { target: { value: written } });
    fireEvent.click(screen.getByRole('button', { name: 'Controleer en verstuur' }));
    await screen.findByRole('heading', { name: 'Controleer wat u verstuurt' });
    const flagged = [...document.querySelectorAll('mark.ws-flagged')];
    expect(flagged.map((m) => m.getAttribute('data-kind'))).toEqual(['person_name', 'street_address']);
    expect(flagged[0]!.textContent).toContain('De Vries');
    expect(flagged[0]!.textContent).toContain('mogelijk een naam');
    const warning = screen.getByTestId('flagged-summary').textContent!;
    expect(warning).toContain('De Vries');
    expect(warning).toContain('Kerkstraat 12');
    expect(warning).toContain('Terug naar bewerken');
    expect(document.querySelectorAll('mark.ws-replaced')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Verstuur melding' }));
    await screen.findByRole('heading', { name: 'Bewijs van uw melding' });
    // Nothing uncertain is changed behind the citizen's back: it goes as written, and the server holds it for review.
    expect((submit.mock.calls[0] as unknown as [{ description: string }])[0].description).toBe(written);
  });

  it('keeps the draft when the panel closes and reopens', async () => {
    const drafts = memoryDrafts();
    const signals = [signal('sig-a')];
    const submitSpy = vi.fn(async () => ({ state: 'queued' as const, localId: 'x' }));
    const props = {
      view: view('58', signals), regulation, data: response(signals), anchors: new Map<string, string>(),
      quote: null, anchoring: new Map(), reportForm: formRenderer(submitSpy, drafts), ...ui('nl'),
      onClose: () => {},
    };
    const first = render(<ArticlePanel {...props} />);
    fireEvent.click(screen.getByRole('button', { name: 'Meld een voorbeeld bij dit artikel' }));
    fireEvent.input(screen.getByLabelText('Wat is er gebeurd?'), { target: { value: 'Een half verhaal dat ik later afmaak' } });
    await vi.waitFor(() => expect(drafts.saved.get('BWBR0015703|58')?.description).toBe('Een half verhaal dat ik later afmaak'));
    first.unmount();
    render(<ArticlePanel {...props} />);
    fireEvent.click(screen.getByRole('button', { name: 'Meld een voorbeeld bij dit artikel' }));
    await vi.waitFor(() =>
      expect((screen.getByLabelText('Wat is er gebeurd?') as HTMLTextAreaElement).value).toBe('Een half verhaal dat ik later afmaak'),
    );
  });

  it('sends the selected sentence as a quote and opens the form for it', async () => {
    const signals = [signal('sig-a')];
    const submit = vi.fn(async () => ({ state: 'sent' as const, localId: 'x' }));
    const quote = { exact: 'wordt teruggevorderd', prefix: 'de bijstand ', suffix: ' van degene', start: 12, end: 32 };
    render(
      <ArticlePanel view={view('58', signals)} regulation={regulation} data={response(signals)} anchors={new Map()}
        quote={quote} anchoring={new Map()} reportForm={formRenderer(submit)} {...ui('nl')} onClose={() => {}} />,
    );
    expect(screen.getByText('wordt teruggevorderd')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Wat is er gebeurd?'), { target: { value: 'Alles werd teruggevorderd, ook van mijn gezin.' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Schulden' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Samenloop met andere regels' }));
    fireEvent.input(screen.getByLabelText('Met welke andere wet of regel?'), { target: { value: 'Awir' } });
    fireEvent.click(screen.getByRole('button', { name: 'Controleer en verstuur' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Verstuur melding' }));
    await screen.findByText('Uw melding is verzonden. Dank u wel.');
    expect(submit).toHaveBeenCalledWith(
      expect.objectContaining({ target: expect.objectContaining({ quote }), impactAreas: ['schulden'], cause: 'samenloop', otherLaw: 'Awir' }),
    );
  });
});
