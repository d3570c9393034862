import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsView } from '../../components/OptionsView';
import { loadSettings, saveSettings, type Settings } from '../../utils/extension/settings';

/** A self-hosted https API needs host access; ask for exactly that origin, only when it is chosen. */
async function save(next: Settings): Promise<boolean> {
  const origin = new URL(next.apiBaseUrl).origin;
  const local = origin.startsWith('http://127.0.0.1') || origin.startsWith('http://localhost');
  if (!local && !(await browser.permissions.request({ origins: [`${origin}/*`] }))) return false;
  await saveSettings(next);
  document.documentElement.lang = next.language;
  return true;
}

async function start() {
  const settings = await loadSettings();
  document.documentElement.lang = settings.language;
  render(<OptionsView initial={settings} save={save} />, document.getElementById('app')!);
}

void start();
