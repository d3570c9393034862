import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupView } from '../../components/PopupView';
import { ask } from '../../utils/extension/send';
import { loadSettings } from '../../utils/extension/settings';
import type { ReportArticle } from '../../utils/extension/messages';

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
      onReport={
        tab?.id === undefined
          ? undefined
          : () => {
              const ask: ReportArticle = { type: 'report-article', at: 'top' };
              void browser.tabs.sendMessage(tab.id!, ask).finally(() => window.close());
            }
      }
    />,
    document.getElementById('app')!,
  );
}

void start();
