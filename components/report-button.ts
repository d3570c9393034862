// The small "Meld een voorbeeld" button an article gets when the reader comes to it by keyboard (or
// points at it): made for that article only, never for every article at load.
import type { Translate } from '../utils/i18n';
import { element } from './dom';

const SVG = 'http://www.w3.org/2000/svg';

/** A speech bubble with a plus: inline SVG, as font glyphs may be missing on the reader's machine. */
export function reportIcon(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', 'ws-icon');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', 'M4 4h16v12H9l-5 4zM12 7v6M9 10h6');
  svg.append(path);
  return svg;
}

export function createReportButton(container: HTMLElement, label: string, { t, onOpen }: { t: Translate; onOpen: (opener: HTMLElement) => void }): HTMLButtonElement {
  const button = element('button', { type: 'button', class: 'ws-badge ws-sev-none', 'aria-haspopup': 'dialog' }) as HTMLButtonElement;
  const name = t('formTitle', { label });
  button.title = name;
  button.append(reportIcon(), element('span', { class: 'ws-visually-hidden' }, name), element('span', { 'aria-hidden': 'true' }, t('reportShort')));
  button.addEventListener('click', () => onOpen(button));
  container.replaceChildren(button);
  return button;
}
