// User settings in storage.local (never synced: the API address may reveal a self-hosted instance).
import { browser } from 'wxt/browser';
import type { Language } from '../i18n';

export interface Settings {
  apiBaseUrl: string;
  language: Language;
  /** Give every article a button, also those without data. */
  showAll: boolean;
  /** Only ask the API about regulations listed in /v1/index (default on). */
  privateLookups: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  apiBaseUrl: 'http://127.0.0.1:8787',
  language: 'nl',
  showAll: false,
  privateLookups: true,
};

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as Partial<Settings> | undefined;
  return { ...DEFAULT_SETTINGS, ...stored };
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...patch };
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** https anywhere; plain http only for this computer (a local API during development or a demo). */
export function normaliseApiBaseUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) return null;
  if (url.username || url.password || url.search || url.hash) return null;
  return url.origin + url.pathname.replace(/\/+$/, '');
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[KEY]) listener({ ...DEFAULT_SETTINGS, ...(changes[KEY].newValue as Partial<Settings>) });
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
