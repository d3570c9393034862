import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { RigidSection } from '../../../components/RigidSection';
import { heldOutReliability } from '../../../utils/analysis/held-out-record';
import { ArticlePanel } from '../../../components/ArticlePanel';
import type { RigidView } from '../../../utils/extension/messages';
import { regulation, response, signal, ui, view } from './fixtures';

const covered: RigidView = {
  outcome: 'terugvordering',
  phrase: 'wordt de bijstand teruggevorderd',
  coveredBy: { bwbId: 'BWBR0005537', label: '4:94a', law: 'Awb' },
};
const uncovered: RigidView = { outcome: 'intrekking', phrase: 'college trekt het besluit in', coveredBy: null };
const anchors = new Map([['12', 'Artikel12']]);

function renderSection(rigid: RigidView[], language: 'nl' | 'en' = 'nl') {
  return render(<RigidSection bwbId={regulation.bwbId} law="Pw" rigid={rigid} anchors={anchors} {...ui(language)} />);
}

describe('RigidSection', () => {
  it('says the outcome, quotes the phrase and names what covers it by short title, with a link', () => {
    const { container } = renderSection([covered, uncovered]);
    const section = screen.getByRole('region', { name: 'Gebonden bepaling (automatisch herkend)' });
    const [first, second] = [...section.querySelectorAll('li')].map((li) => li.textContent);
    expect(first).toBe('Gevolg: terugvordering. In de tekst: “wordt de bijstand teruggevorderd”Gedekt door: Awb art. 4:94a');
    expect(second).toBe('Gevolg: intrekking. In de tekst: “college trekt het besluit in”Door geen hardheidsclausule gedekt.');
    expect(screen.getByRole('link', { name: 'Awb art. 4:94a' }).getAttribute('href')).toBe('https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=4:94a');
    expect(section.textContent).toContain('Het is geen oordeel van een jurist.');
    // How often such findings held on regulations never seen: the held-out record's counts, not a figure in the text.
    const { rigid } = heldOutReliability();
    expect(section.textContent).toContain(`klopten ${rigid.tp} van de ${rigid.tp + rigid.fp} zulke bevindingen`);
    expect(container.textContent).not.toMatch(/BWB[RV]\d{7}/);
  });

  it('names a clause of the page\'s own law by its short title and jumps to it on the page', () => {
    renderSection([{ ...covered, coveredBy: { bwbId: regulation.bwbId, label: '12', law: null } }]);
    expect(screen.getByRole('link', { name: 'Pw art. 12' }).getAttribute('href')).toBe('#Artikel12');
  });

  it('renders the phrase as text, never as HTML', () => {
    const { container } = renderSection([{ ...uncovered, phrase: 'trekt <img src=x onerror=alert(1)> in' }]);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('“trekt <img src=x onerror=alert(1)> in”');
  });

  it('speaks English through the catalog, the quoted law text marked as Dutch', () => {
    const { container } = renderSection([covered], 'en');
    expect(screen.getByRole('region', { name: 'Rigid provision (recognised automatically)' })).toBeTruthy();
    expect(container.querySelector('li')?.textContent).toBe('Outcome: recovery. In the text: “wordt de bijstand teruggevorderd”Covered by: Awb art. 4:94a');
    expect(container.querySelector('li [lang="nl"]')?.textContent).toBe('“wordt de bijstand teruggevorderd”');
    expect(container.textContent).toContain('It is not a legal judgement.');
    const { rigid } = heldOutReliability();
    expect(container.textContent).toContain(`${rigid.tp} of ${rigid.tp + rigid.fp} such findings were right`);
  });

  it('is absent without findings, also in the panel', () => {
    const { container } = renderSection([]);
    expect(container.innerHTML).toBe('');
    const signals = [signal('sig-a')];
    const props = { view: view('58', signals), regulation, data: response(signals), anchors, quote: null, anchoring: new Map(), reportForm: () => null, ...ui('nl'), onClose: vi.fn() };
    const { unmount } = render(<ArticlePanel {...props} />);
    expect(screen.queryByRole('heading', { name: /Gebonden bepaling/ })).toBeNull();
    unmount();
    render(<ArticlePanel {...props} rigid={[uncovered]} />);
    expect(screen.getByRole('heading', { name: 'Gebonden bepaling (automatisch herkend)' })).toBeTruthy();
  });
});
