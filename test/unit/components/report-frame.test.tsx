import { describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/preact';
import { ReportFrame } from '../../../components/ReportFrame';
import { readReportFrameInput } from '../../../utils/overlay/report-frame';

const input = {
  language: 'nl',
  regulation: { bwbId: 'BWBR0015703', title: 'Participatiewet', versionDate: '2026-01-01' },
  article: { label: '58', path: [{ kind: 'hoofdstuk', nr: '6' }], jci: 'jci1.3:c:BWBR0015703&artikel=58', textHash: 'abcdef0123456789' },
  quote: null,
};

describe('report frame input', () => {
  it('reads the identity the content script put in the fragment', () => {
    expect(readReportFrameInput(`#${encodeURIComponent(JSON.stringify(input))}`)).toEqual(input);
  });

  it('refuses anything else instead of showing a form for the wrong article', () => {
    expect(readReportFrameInput('#not-json')).toBeNull();
    expect(readReportFrameInput(`#${encodeURIComponent(JSON.stringify({ ...input, extra: 1 }))}`)).toBeNull();
    const badLabel = { ...input, article: { ...input.article, label: '<script>' } };
    expect(readReportFrameInput(`#${encodeURIComponent(JSON.stringify(badLabel))}`)).toBeNull();
  });
});

describe('ReportFrame', () => {
  it('ignores messages that do not come from its own frame', () => {
    const onClose = vi.fn();
    const { container } = render(<ReportFrame src="about:blank" title="Meld een voorbeeld" onClose={onClose} onEscape={onClose} />);
    window.dispatchEvent(new MessageEvent('message', { data: { source: 'wetsignaal-report', kind: 'close' }, source: window }));
    expect(onClose).not.toHaveBeenCalled();
    expect(container.querySelector('iframe')?.getAttribute('title')).toBe('Meld een voorbeeld');
  });
});
