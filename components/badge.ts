// The compact button after an article heading: count, colour by status, clause and Awb marks.
import type { Translate } from '../utils/i18n';
import { severityOf, mergedHooks, type ArticleView } from '../utils/overlay/model';
import { element } from './dom';
import { icon } from './icons';

export interface BadgeOptions {
  t: Translate;
  onOpen: (opener: HTMLElement) => void;
}

export interface Badge {
  /** Shows the view as it is now (analysis may add marks later); the button stays, and with it the focus. */
  update(): void;
}

export function createBadge(container: HTMLElement, view: ArticleView, { t, onOpen }: BadgeOptions): Badge {
  const button = element('button', { type: 'button', 'aria-haspopup': 'dialog' });
  button.addEventListener('click', () => onOpen(button));
  container.replaceChildren(button);
  const update = () => {
    const label = view.article.label;
    const count = view.signals.length;
    const clause = view.curated?.clause != null || view.computed?.clause != null;
    const hooks = mergedHooks(view).length > 0;
    const name = [
      count > 0 ? t('badgeLabel', { n: count, label }) : t('badgeOnlyInfo', { label }),
      clause ? t('badgeClauseMark') : null,
      hooks ? t('badgeHooksMark') : null,
    ]
      .filter(Boolean)
      .join(', ');
    button.className = `ws-badge ws-sev-${severityOf(view.signals.map((s) => s.status))}`;
    button.title = name;
    // The accessible name comes from the hidden text; the compact marks are for the eye only.
    const first = element('span', { class: 'ws-count', 'aria-hidden': 'true' }, count > 0 ? String(count) : '');
    first.prepend(icon(count > 0 ? 'flag' : 'info'));
    const marks = [...(clause ? ['§'] : []), ...(hooks ? ['Awb'] : [])];
    button.replaceChildren(
      element('span', { class: 'ws-visually-hidden' }, name),
      first,
      ...marks.map((mark) => element('span', { class: 'ws-mark', 'aria-hidden': 'true' }, mark)),
    );
  };
  update();
  return { update };
}
