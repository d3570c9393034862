// A list of named facts (a law's details, a signal's status and sources) as an NL Design System data list:
// a <dl> whose rows put the name beside its value on a wide screen and above it on a phone (site.css).
import type { ComponentChildren } from 'preact';

export function DataList({ testId, children }: { testId?: string; children: ComponentChildren }) {
  return (
    <dl class="utrecht-data-list utrecht-data-list--rows" data-testid={testId}>
      {children}
    </dl>
  );
}

export function DataItem({ name, children }: { name: string; children: ComponentChildren }) {
  return (
    <div class="utrecht-data-list__item">
      <dt class="utrecht-data-list__item-key">{name}</dt>
      <dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{children}</dd>
    </div>
  );
}
