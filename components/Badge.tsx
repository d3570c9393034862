import type { Translate } from '../utils/i18n';
import { severityOf, mergedHooks, type ArticleView } from '../utils/overlay/model';

export interface BadgeProps {
  view: ArticleView;
  t: Translate;
  onOpen: (opener: HTMLElement) => void;
}

/** The compact button after an article heading: count, colour by status, clause and Awb marks. */
export function Badge({ view, t, onOpen }: BadgeProps) {
  const label = view.article.label;
  const count = view.signals.length;
  const severity = severityOf(view.signals.map((s) => s.status));
  const clause = view.curated?.clause != null || view.computed?.clause != null;
  const hooks = mergedHooks(view).length > 0;
  const name = [
    count > 0 ? t('badgeLabel', { n: count, label }) : t('badgeOnlyInfo', { label }),
    clause ? t('badgeClauseMark') : null,
    hooks ? t('badgeHooksMark') : null,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <button
      type="button"
      class={`ws-badge ws-sev-${severity}`}
      aria-haspopup="dialog"
      title={name}
      onClick={(e) => onOpen(e.currentTarget)}
    >
      {/* The accessible name comes from the hidden text; the compact marks are for the eye only. */}
      <span class="ws-visually-hidden">{name}</span>
      <span aria-hidden="true">{count > 0 ? `⚑ ${count}` : 'ⓘ'}</span>
      {clause && (
        <span class="ws-mark" aria-hidden="true">
          §
        </span>
      )}
      {hooks && (
        <span class="ws-mark" aria-hidden="true">
          Awb
        </span>
      )}
    </button>
  );
}
