import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
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
    expect(screen.getByText('Gemeld tegen de versie van 01-01-2023')).toBeTruthy();
    expect(screen.getByText(/gewijzigd sinds de melding/)).toBeTruthy();
  });

  it('does not claim a change when the hash matches', () => {
    render(<SignalCard signal={signal('sig-a')} bwbId="BWBR0015703" label="58" pageTextHash="bbbbbbbbbbbbbbbb" {...ui('nl')} />);
    expect(screen.queryByText(/gewijzigd sinds de melding/)).toBeNull();
  });

  it('links the source only when it has an https url', () => {
    render(
      <SignalCard
        signal={signal('sig-a', { source: { type: 'kamerbrief', reference: 'Kamerstuk 31 066, nr. 1242', url: 'https://zoek.officielebekendmakingen.nl/kst-31066-1242' } })}
        bwbId="BWBR0015703" label="58" pageTextHash={null} {...ui('nl')}
      />,
    );
    const link = screen.getByRole('link', { name: 'Kamerstuk 31 066, nr. 1242' });
    expect(link.getAttribute('rel')).toContain('noopener');
  });
});

describe('SignalCard re-anchoring', () => {
  const quoted = (exact: string) =>
    signal('sig-q', {
      targets: [
        {
          bwbId: 'BWBR0015703', label: '58', lid: null, path: [], jci: null, versionDate: '2023-01-01', textHash: 'bbbbbbbbbbbbbbbb',
          quote: { exact, prefix: 'Het college ', suffix: ' indien de', start: 12, end: 12 + exact.length },
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
