import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import seedFile from '../../../server/seed/signals.json';
import { dutchDate } from '../../../utils/citation/official';
import { unciteable } from '../../shown-text';
import { SignalCard } from '../../../components/SignalCard';
import { signal, ui } from './fixtures';

describe('SignalCard', () => {
  it('renders API text as text, never as markup', () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const { container } = render(
      <SignalCard signal={signal('sig-x', { title: hostile, summary: hostile })} bwbId="BWBR0015703" label="58" pageTextHash={null} {...ui('nl')} />,
    );
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getByRole('heading').textContent).toBe(hostile);
  });

  it('says against which version it was reported and that the text changed since', () => {
    render(<SignalCard signal={signal('sig-a')} bwbId="BWBR0015703" label="58" pageTextHash="cccccccccccccccc" {...ui('nl')} />);
    // Reported against 2023-01-01 with hash bbbb…; the page shows another text.
    expect(screen.getByText(/^Gemeld tegen de versie van 01-01-2023\./)).toBeTruthy();
    expect(screen.getByText('De tekst van dit artikel is gewijzigd sinds de melding.')).toBeTruthy();
    expect(screen.queryByText(/sindsdien niet gewijzigd/)).toBeNull();
  });

  it('does not claim a change when the hash matches', () => {
    render(<SignalCard signal={signal('sig-a')} bwbId="BWBR0015703" label="58" pageTextHash="bbbbbbbbbbbbbbbb" {...ui('nl')} />);
    expect(screen.queryByText(/gewijzigd sinds de melding/)).toBeNull();
  });

  it('shows each source as its citation, linked where it has a URL', () => {
    render(
      <SignalCard
        signal={signal('sig-a', {
          sources: [
            { kind: 'kamerstuk', citation: 'Kamerstuk 31 066, nr. 1242', detail: 'Hoofdlijnenbrief', date: '2023-06-15', url: 'https://zoek.officielebekendmakingen.nl/kst-31066-1242.html' },
            { kind: 'rapport', citation: 'Streng maar onrechtvaardig: De bijstand gewogen', detail: null, date: null, url: null },
          ],
        })}
        bwbId="BWBR0015703" label="58" pageTextHash={null} {...ui('nl')}
      />,
    );
    const link = screen.getByRole('link', { name: 'Kamerstuk 31 066, nr. 1242' });
    expect(link.getAttribute('href')).toBe('https://zoek.officielebekendmakingen.nl/kst-31066-1242.html');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(link.closest('li')?.textContent).toBe('Kamerstuk 31 066, nr. 1242, Hoofdlijnenbrief');
    expect(screen.queryByRole('link', { name: /Streng maar onrechtvaardig/ })).toBeNull();
    expect(screen.getByText('Streng maar onrechtvaardig: De bijstand gewogen')).toBeTruthy();
  });
});

describe('SignalCard citing and sharing', () => {
  it('copies a citation of the signal itself: title, article and version, public address and consultation date', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<SignalCard signal={signal('sig-a')} bwbId="BWBR0015703" law="Pw" label="58" pageTextHash={null} publicBase="https://wetsignaal.example/api" {...ui('nl')} />);
    fireEvent.click(screen.getByRole('button', { name: 'Kopieer verwijzing' }));
    const consulted = dutchDate(new Date().toLocaleDateString('sv-SE'));
    expect(writeText).toHaveBeenCalledWith(
      `Wetsignaal, ‘Terugvordering zonder schuldregeling’, Pw art. 58 (versie van 1 januari 2023), https://wetsignaal.example/signaal/sig-a (geraadpleegd op ${consulted})`,
    );
    expect(await screen.findByText('Verwijzing gekopieerd.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Deel: openbare pagina van dit signaal' }).getAttribute('href')).toBe('https://wetsignaal.example/signaal/sig-a');
  });

  it('shows the citation to copy by hand when the clipboard refuses', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => Promise.reject(new Error('denied')) }, configurable: true });
    render(<SignalCard signal={signal('sig-a')} bwbId="BWBR0015703" law="Pw" label="58" pageTextHash={null} {...ui('nl')} />);
    fireEvent.click(screen.getByRole('button', { name: 'Kopieer verwijzing' }));
    const field = await screen.findByRole('textbox', { name: 'Kopieer verwijzing' });
    expect((field as HTMLTextAreaElement).value).toMatch(/^Wetsignaal, ‘Terugvordering zonder schuldregeling’, Pw art\. 58 \(versie van 1 januari 2023\) \(geraadpleegd op /);
    expect(screen.queryByRole('link', { name: /Deel/ })).toBeNull();
  });

  it('says how sure it is and the date of its status, in words', () => {
    render(<SignalCard signal={signal('sig-a', { evidence: 'onbevestigd', statusDate: null })} bwbId="BWBR0015703" label={null} pageTextHash={null} {...ui('nl')} />);
    expect(screen.getByText(/Alleen aan de wet gekoppeld/)).toBeTruthy();
    expect(screen.getByText(/datum van deze stand niet bekend/)).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/Onderbouwing|niet bevestigd/);
  });

  describe('certainty per target origin', () => {
    const target = { bwbId: 'BWBR0015703', label: '58', lid: null, path: [], jci: null, versionDate: '2023-01-01', textHash: 'bbbbbbbbbbbbbbbb', quote: null };
    const merged = { kind: 'melding', mergedOn: '2026-03-04' } as const;
    const certainty = () => screen.getByText(/^(Hoe zeker|How certain)$/).nextElementSibling?.textContent;

    it("claims the signal's certainty for an article its sources name", () => {
      render(<SignalCard signal={signal('sig-a', { targets: [{ ...target, origin: { kind: 'bronnen' } }] })} bwbId="BWBR0015703" label="58" pageTextHash={null} {...ui('nl')} />);
      expect(certainty()).toBe('Gecontroleerd in de wettekst: dit artikel zegt wat hier staat');
    });

    it('says an article added from a report rests on that report, with the date of the merge, not on the sources', () => {
      const s = signal('sig-a', { targets: [{ ...target, origin: { kind: 'bronnen' } }, { ...target, label: '11', origin: merged }] });
      const { unmount } = render(<SignalCard signal={s} bwbId="BWBR0015703" label="11" pageTextHash={null} {...ui('nl')} />);
      expect(certainty()).toBe('Dit artikel is aan het signaal gekoppeld na een melding (beoordeeld door een moderator op 04-03-2026); de bronnen noemen het niet');
      expect(document.body.textContent).not.toContain('Gecontroleerd in de wettekst');
      unmount();
      const english = render(<SignalCard signal={s} bwbId="BWBR0015703" label="11" pageTextHash={null} {...ui('en')} />);
      expect(certainty()).toBe('This article was linked to the signal after a report (checked by a moderator on 2026-03-04); the sources do not mention it');
      // The same signal on an article its sources name keeps its certainty.
      english.unmount();
      render(<SignalCard signal={s} bwbId="BWBR0015703" label="58" pageTextHash={null} {...ui('nl')} />);
      expect(certainty()).toBe('Gecontroleerd in de wettekst: dit artikel zegt wat hier staat');
    });

    it("keeps the signal's certainty for an answer that does not state an origin (an older server, or a cached answer)", () => {
      render(<SignalCard signal={signal('sig-a', { targets: [target] })} bwbId="BWBR0015703" label="58" pageTextHash={null} {...ui('nl')} />);
      expect(certainty()).toBe('Gecontroleerd in de wettekst: dit artikel zegt wat hier staat');
    });

    it('says so for a whole law added from a report on the law-level list', () => {
      const s = signal('sig-a', { targets: [{ ...target, label: null, origin: merged }] });
      render(<SignalCard signal={s} bwbId="BWBR0015703" label={null} pageTextHash={null} {...ui('nl')} />);
      expect(certainty()).toBe('Deze wet is aan het signaal gekoppeld na een melding (beoordeeld door een moderator op 04-03-2026); de bronnen noemen haar niet');
    });
  });

  it('says the text is unchanged when the hash matches, and that it cannot tell without one', () => {
    const { unmount } = render(<SignalCard signal={signal('sig-a')} bwbId="BWBR0015703" label="58" pageTextHash="bbbbbbbbbbbbbbbb" {...ui('nl')} />);
    expect(screen.getByText(/sindsdien niet gewijzigd/)).toBeTruthy();
    expect(screen.getByText(/In analyse|Aanpassing gevonden/).textContent).toContain('stand van 07-09-2022');
    unmount();
    render(<SignalCard signal={signal('sig-a')} bwbId="BWBR0015703" label="58" pageTextHash={null} {...ui('nl')} />);
    expect(screen.getByText(/kan Wetsignaal niet nagaan/)).toBeTruthy();
  });
});

describe('SignalCard on every seeded signal', () => {
  it('shows no file name and no English fragment', () => {
    const texts: string[] = [];
    for (const s of seedFile.signals) {
      const { container, unmount } = render(
        <SignalCard signal={signal(s.id, { title: s.title, summary: s.summary, status: s.status as never, evidence: s.evidence as never, sources: s.sources as never, statusDate: s.statusDate })}
          bwbId="BWBR0015703" label={null} pageTextHash={null} {...ui('nl')} />,
      );
      texts.push(container.textContent ?? '');
      unmount();
    }
    expect(texts).toHaveLength(33);
    expect(unciteable(texts)).toEqual([]);
  });
});

describe('SignalCard re-anchoring', () => {
  const quoted = (exact: string) =>
    signal('sig-q', {
      targets: [
        {
          bwbId: 'BWBR0015703', label: '58', lid: null, path: [], jci: null, versionDate: '2023-01-01', textHash: 'bbbbbbbbbbbbbbbb',
          quote: { exact, prefix: 'Het college ', suffix: ' indien de', start: 12, end: 12 + exact.length },
          origin: { kind: 'bronnen' },
        },
      ],
    });

  it('shows the quoted sentence and that it is still there', () => {
    render(<SignalCard signal={quoted('vordert de kosten van bijstand terug')} bwbId="BWBR0015703" label="58" pageTextHash="cccccccccccccccc"
      anchored="exact" {...ui('nl')} />);
    expect(screen.getByText('(staat nog zo in het artikel)')).toBeTruthy();
  });

  it('says when the sentence is gone', () => {
    render(<SignalCard signal={quoted('vordert de kosten van bijstand terug')} bwbId="BWBR0015703" label="58" pageTextHash="cccccccccccccccc"
      anchored="lost" {...ui('nl')} />);
    expect(screen.getByText('(staat niet meer in het artikel)')).toBeTruthy();
  });
});
