// The overlay's Preact UI: the article panel (with its report frame) and the summary's details, and what
// only a panel needs (the selected sentence as a quote, where old quotes are found again). It is a script
// of its own, injected into the page's extension world (the content script's) the first time a reader
// opens one: most visits open none, and keeping Preact and these components out of the scripts that run
// at load saves every law page parsing and running about 20 KB of code (about 1.2 ms of its main thread).
// What is on the page at load, the badges and the summary line, is built with the DOM.
import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ArticlePanel } from '../../components/ArticlePanel';
import { ReportFrame } from '../../components/ReportFrame';
import { SummaryDetails } from '../../components/SummaryDetails';
import panelCss from '../../components/panel.css?inline';
import overlayCss from '../../components/overlay.css?inline';
import { browser } from 'wxt/browser';
import type { OverlayUi } from '../../utils/overlay/overlay-ui';
import { PAGE_SCRIPTS } from '../../utils/overlay/page-scripts';
import { loadSettings } from '../../utils/extension/settings';
import { articleBodyRange, quoteOf } from './selection';
import { anchorQuotes, reportFrameUrl, type ReportFormInput } from './panel-inputs';
import { lidContaining } from '../../utils/recognition/leden';
import { uiTexts } from '../../utils/overlay/ui-texts';
import { addStyles } from '../../utils/overlay/shadow-host';
import { hashArticleText } from '../../utils/recognition/text-hash';
import { articleBodyText } from '../../utils/recognition/text';
import type { WholeTextUnit } from '../../utils/overlay/law-summary';
import type { Language } from '../../utils/i18n';

/** The instance's public pages share the API's address; read when a panel or the details open (storage, no network). */
async function publicBase(): Promise<string | null> {
  return loadSettings().then(
    (settings) => settings.apiBaseUrl,
    () => null,
  );
}

/** The report form's input for the whole text of a regulation without articles (contract TargetKind `regulation`). */
function wholeTextReport({ regulation, element }: WholeTextUnit, language: Language): ReportFormInput {
  const { bwbId, title, versionDate } = regulation;
  return {
    reportPage: browser.runtime.getURL('/report.html'),
    regulation: { bwbId, title, versionDate },
    article: { label: null, path: [], jci: null, textHash: hashArticleText(articleBodyText(element)) },
    language,
  };
}

export default defineUnlistedScript({
  globalName: PAGE_SCRIPTS['overlay-ui'].global,
  main(): OverlayUi {
    return {
      panelCss,
      async openPanel(container, { selected, reportPage, onClose, ...props }) {
        const { t, view, regulation, language } = props;
        const [quote, anchoring, base] = await Promise.all([
          quoteOf(view.article, selected),
          anchorQuotes(view, articleBodyRange(view.article).toString()),
          publicBase(),
        ]);
        const close = () => {
          render(null, container);
          onClose();
        };
        const form = { reportPage, regulation, article: view.article, language };
        // The lid the selected sentence is in names the provision ("artikel 3, tweede lid") in the report.
        const lid = selected ? (lidContaining(view.article.element, selected.startContainer)?.nr ?? null) : null;
        render(
          <ArticlePanel
            {...props}
            quote={quote}
            anchoring={anchoring}
            publicBase={base}
            onClose={close}
            reportForm={(chosen, closeForm) => (
              <ReportFrame
                src={reportFrameUrl(form, chosen, chosen ? lid : null)}
                title={t('formTitle', { label: view.article.label })}
                onClose={closeForm}
                onEscape={close}
              />
            )}
          />,
          container,
        );
      },
      renderSummaryDetails(slot, request) {
        if (!request) return void render(null, slot);
        const { texts, wholeText, ...props } = request;
        // The line's root has only the line's rules (host.css) where the content script made it.
        const root = slot.getRootNode();
        if (root instanceof ShadowRoot) addStyles(root, [overlayCss]);
        const report = wholeText && wholeTextReport(wholeText, props.language);
        void Promise.all([publicBase(), texts ?? uiTexts(null, props.language)()]).then(([base, { t, labels }]) => {
          const reportForm = report
            ? (close: () => void) => <ReportFrame src={reportFrameUrl(report, null)} title={t('formTitleRegulation')} onClose={close} onEscape={close} />
            : undefined;
          render(<SummaryDetails {...props} t={t} labels={labels} publicBase={base} reportForm={reportForm} />, slot);
        });
      },
    };
  },
});
