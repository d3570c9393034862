import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SubmissionForm } from '../../components/SubmissionForm';
import { focusablesIn } from '../../components/dialog-focus';
import { translator } from '../../utils/i18n';
import { catalogFor } from '../../utils/i18n/catalog';
import { extensionDrafts } from '../../utils/extension/drafts';
import { ask } from '../../utils/extension/send';
import { findPersonalData, redactPersonalData } from '../../utils/privacy/detect';
import { findReviewFlags } from '../../utils/privacy/names';
import { readReportFrameInput, type ReportFrameMessage } from '../../utils/overlay/report-frame';

type Outgoing = ReportFrameMessage extends infer M ? (M extends { source: string } ? Omit<M, 'source'> : never) : never;

function tell(message: Outgoing): void {
  // The parent is the law page; only the frame's height and a close request ever cross.
  window.parent.postMessage({ source: 'wetsignaal-report', ...message }, '*');
}

function start() {
  const input = readReportFrameInput(location.hash);
  const app = document.getElementById('app')!;
  if (!input) {
    app.textContent = 'Dit formulier kon niet worden geopend. / This form could not be opened.';
    return;
  }
  const { messages, labels } = catalogFor(input.language);
  document.documentElement.lang = input.language;
  render(
    <SubmissionForm
      regulation={input.regulation}
      article={input.article}
      quote={input.quote}
      lid={input.lid ?? null}
      drafts={extensionDrafts}
      privacy={{ find: async (text) => findPersonalData(text), redact: async (text) => redactPersonalData(text), flag: async (text) => findReviewFlags(text) }}
      language={input.language}
      labels={labels}
      t={translator(messages)}
      submit={(request) => ask({ type: 'submit', request })}
      onCancel={() => tell({ kind: 'close' })}
      statusPage={browser.runtime.getURL('/popup.html')}
    />,
    app,
  );
  new ResizeObserver(() => tell({ kind: 'height', height: document.documentElement.scrollHeight })).observe(document.body);
  // On key release, so the frame is not removed while the key is still down in it (automation waits
  // for that keyup and would never get it).
  document.addEventListener('keyup', (event) => {
    if (event.key === 'Escape') tell({ kind: 'escape' });
  });
  const description = app.querySelector<HTMLElement>('textarea');
  description?.focus();
  // When the dialog gives this frame the focus, the description has it, as when the form opens.
  window.addEventListener('focus', () => {
    if (document.activeElement === document.body) description?.focus();
  });
  // Tab from the last field leaves the frame for the page; the dialog around it wraps to its start instead.
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab' || event.shiftKey) return;
    const fields = focusablesIn(document);
    if (fields.length > 0 && event.target === fields[fields.length - 1]) {
      event.preventDefault();
      tell({ kind: 'tab-out' });
    }
  });
  tell({ kind: 'ready' });
}

start();
