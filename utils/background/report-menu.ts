// The context-menu entry "Meld een voorbeeld bij dit artikel": on a selection in a wetten.overheid.nl page
// it asks that page to open the report form for the article holding the sentence, with it as the quote.
// The menu item is the browser's own, so the page pays nothing for it until it is used.
import { browser } from 'wxt/browser';
import type { ReportArticle } from '../extension/messages';
import { loadSettings, onSettingsChanged } from '../extension/settings';
import { catalogFor } from '../i18n/catalog';
import { translator, type Language } from '../i18n';

export const REPORT_MENU_ID = 'wetsignaal-report';

async function createMenu(language: Language): Promise<void> {
  const t = translator(catalogFor(language).messages);
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: REPORT_MENU_ID,
    title: t('contextMenuReport'),
    contexts: ['selection'],
    documentUrlPatterns: ['https://wetten.overheid.nl/*'],
  });
}

/** What the menu item does: the tab's content script opens the form (false when the selection is in no article). */
export async function reportSelection(tabId: number, frameId = 0): Promise<boolean> {
  const ask: ReportArticle = { type: 'report-article', at: 'selection' };
  return ((await browser.tabs.sendMessage(tabId, ask, { frameId }).catch(() => false)) as boolean | undefined) ?? false;
}

export function registerReportMenu(): void {
  // Menu items outlive the worker; they are made when the extension is installed or updated, and renamed with the language.
  browser.runtime.onInstalled.addListener(() => void loadSettings().then((s) => createMenu(s.language)));
  onSettingsChanged((settings) => void createMenu(settings.language));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === REPORT_MENU_ID && tab?.id !== undefined) void reportSelection(tab.id, info.frameId ?? 0);
  });
}
