import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/preact';
import { createBadge } from '../../../components/badge';
import type { ArticleView } from '../../../utils/overlay/model';
import { signal, view, ui } from './fixtures';

afterEach(() => document.body.replaceChildren());

function mount(v: ArticleView, language: 'nl' | 'en' = 'nl', onOpen = () => {}) {
  const container = document.body.appendChild(document.createElement('span'));
  return createBadge(container, v, { t: ui(language).t, onOpen });
}

describe('badge', () => {
  it('names the count, the clause mark and the Awb mark for screen readers', () => {
    mount(view('58', [signal('sig-a'), signal('sig-b')]));
    const button = screen.getByRole('button', { name: '2 signalen bij artikel 58, hardheidsclausule, Awb-ruimte' });
    expect(button.getAttribute('aria-haspopup')).toBe('dialog');
    expect(button.className).toContain('ws-sev-in-progress');
    expect([...button.querySelectorAll('span[aria-hidden="true"]')].map((s) => s.textContent)).toEqual(['2', '§', 'Awb']);
    // The flag is an inline SVG, not a font glyph that may be missing.
    expect(button.querySelector('svg.ws-icon path')).not.toBeNull();
    expect(button.textContent).not.toMatch(/[⚑ⓘ]/u);
  });

  it('opens from the keyboard as well as the mouse', () => {
    const onOpen = vi.fn();
    mount(view('58', [signal('sig-a')]), 'en', onOpen);
    const button = screen.getByRole('button', { name: /1 signal on article 58/ });
    button.focus();
    fireEvent.click(button); // Enter/Space on a native button dispatch click
    expect(onOpen).toHaveBeenCalledWith(button);
  });

  it('colours by the most serious open status', () => {
    mount(view('58', [signal('sig-a', { status: 'opgelost' }), signal('sig-b', { status: '3_analyse' })]));
    expect(screen.getByRole('button').className).toContain('ws-sev-open-serious');
  });

  it('shows what the analysis found later on the same button, so a focused badge keeps its focus', () => {
    const quiet: ArticleView = { ...view('12', [signal('sig-a')]), curated: null, signals: [] };
    const badge = mount(quiet);
    const button = screen.getByRole('button', { name: 'Informatie bij artikel 12' });
    button.focus();
    quiet.computed = { clause: 'specific', hooks: [] };
    badge.update();
    expect(screen.getByRole('button')).toBe(button);
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute('title')).toBe('Informatie bij artikel 12, hardheidsclausule');
  });
});
