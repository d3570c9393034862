// A table that may be wider than a phone scrolls in its own box; the box is focusable and named so a
// keyboard user can scroll it too (WCAG 2.1.1, axe scrollable-region-focusable).
import type { ComponentChildren } from 'preact';

export function TableWrap({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="ws-table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
