// The small "Meld een voorbeeld" button an article gets when the reader comes to it by keyboard (or
// points at it): made for that article only, never for every article at load.
import type { Translate } from '../utils/i18n';
import { element } from './dom';
import { icon } from './icons';

export function createReportButton(container: HTMLElement, label: string, { t, onOpen }: { t: Translate; onOpen: (opener: HTMLElement) => void }): HTMLButtonElement {
  const button = element('button', { type: 'button', class: 'ws-badge ws-sev-none', 'aria-haspopup': 'dialog' }) as HTMLButtonElement;
  const name = t('formTitle', { label });
  button.title = name;
  button.append(icon('report'), element('span', { class: 'ws-visually-hidden' }, name), element('span', { 'aria-hidden': 'true' }, t('reportShort')));
  button.addEventListener('click', () => onOpen(button));
  container.replaceChildren(button);
  return button;
}
