import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { Badge } from '../../../components/Badge';
import { signal, view, ui } from './fixtures';

describe('Badge', () => {
  it('names the count, the clause mark and the Awb mark for screen readers', () => {
    render(<Badge view={view('58', [signal('sig-a'), signal('sig-b')])} {...ui('nl')} onOpen={() => {}} />);
    const button = screen.getByRole('button', { name: '2 signalen bij artikel 58, hardheidsclausule, Awb-ruimte' });
    expect(button.getAttribute('aria-haspopup')).toBe('dialog');
    expect(button.className).toContain('ws-sev-in-progress');
  });

  it('opens from the keyboard as well as the mouse', () => {
    const onOpen = vi.fn();
    render(<Badge view={view('58', [signal('sig-a')])} {...ui('en')} onOpen={onOpen} />);
    const button = screen.getByRole('button', { name: /1 signal on article 58/ });
    button.focus();
    fireEvent.click(button); // Enter/Space on a native button dispatch click
    expect(onOpen).toHaveBeenCalledWith(button);
  });

  it('colours by the most serious open status', () => {
    render(<Badge view={view('58', [signal('sig-a', { status: 'opgelost' }), signal('sig-b', { status: '3_analyse' })])} {...ui('nl')} onOpen={() => {}} />);
    expect(screen.getByRole('button').className).toContain('ws-sev-open-serious');
  });
});
