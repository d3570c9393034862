import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupView } from '../../components/PopupView';
import { ask } from '../../utils/extension/send';
import { loadSettings } from '../../utils/extension/settings';

async function start() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const settings = await loadSettings();
  document.documentElement.lang = settings.language;
  const [status, submissions] = await Promise.all([
    ask({ type: 'get-status', tabId: tab?.id ?? null }),
    ask({ type: 'list-submissions' }),
  ]);
  render(
    <PopupView
      status={status}
      submissions={submissions}
      language={settings.language}
      openOptions={() => void browser.runtime.openOptionsPage()}
    />,
    document.getElementById('app')!,
  );
}

void start();
