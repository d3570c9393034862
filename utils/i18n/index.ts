import type { Entry, MessageKey } from './messages';

export type Language = 'nl' | 'en';
export type { MessageKey };
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** Returns a translator over one language's messages (all, or a part); a `n` variable selects the plural form. */
export function translator<K extends string = MessageKey>(messages: Record<K, Entry>): (key: K, vars?: Record<string, string | number>) => string {
  return (key, vars = {}) => {
    const entry = messages[key];
    const template = typeof entry === 'string' ? entry : vars.n === 1 ? entry.one : entry.other;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  };
}

/** Formats an ISO date the Dutch way (DD-MM-YYYY), as the portal does. */
export function formatDate(iso: string, language: Language): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return language === 'nl' ? `${d}-${m}-${y}` : `${y}-${m}-${d}`;
}
