import type { Translate, MessageKey } from '../utils/i18n';
import { ICON_PATHS, type IconName } from './icons';

function Icon({ name }: { name: IconName }) {
  return (
    <svg viewBox="0 0 24 24" class="ws-icon" aria-hidden="true" focusable="false">
      <path d={ICON_PATHS[name]} />
    </svg>
  );
}

/** A sample badge as it shows on the page, for the eye only (its meaning is the text beside it). */
function Sample({ severity, icon, text }: { severity: string; icon?: IconName; text: string }) {
  return (
    <span class={`ws-badge ws-sev-${severity}`} aria-hidden="true">
      {icon && <Icon name={icon} />}
      {text}
    </span>
  );
}

const ROWS: Array<{ severity: string; icon?: IconName; text: string; key: MessageKey }> = [
  { severity: 'open-serious', icon: 'flag', text: '2', key: 'legendOpenSerious' },
  { severity: 'in-progress', icon: 'flag', text: '1', key: 'legendInProgress' },
  { severity: 'open', icon: 'flag', text: '1', key: 'legendOpen' },
  { severity: 'closed', icon: 'flag', text: '3', key: 'legendClosed' },
  { severity: 'none', icon: 'info', text: '', key: 'legendNone' },
  { severity: 'none', icon: 'flag', text: '4', key: 'legendCount' },
  { severity: 'none', text: '§', key: 'legendClause' },
  { severity: 'none', text: 'Awb', key: 'legendHooks' },
  { severity: 'none', icon: 'report', text: '', key: 'legendReport' },
];

/** What the parts and colours of a badge mean; in the summary's details and the popup. */
export function Legend({ t }: { t: Translate }) {
  return (
    <details class="ws-legend">
      <summary>{t('legendTitle')}</summary>
      <ul>
        {ROWS.map((row) => (
          <li key={row.key}>
            <Sample severity={row.severity} icon={row.icon} text={row.text} />
            <span>{t(row.key)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
