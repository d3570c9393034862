// Report drafts live in the extension's storage (not the page's), so closing the panel loses nothing.
import { browser } from 'wxt/browser';
import type { Draft, DraftStore } from '../../components/SubmissionForm';

const prefix = 'draft:';

export const extensionDrafts: DraftStore = {
  load: async (key) => ((await browser.storage.local.get(prefix + key))[prefix + key] as Draft | undefined) ?? null,
  save: (key, draft) => browser.storage.local.set({ [prefix + key]: draft }),
  clear: (key) => browser.storage.local.remove(prefix + key),
};
