import type { ComponentChild } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RegulationResponse } from '../utils/contract/api';
import type { Language, Translate } from '../utils/i18n';
import { mergedHooks, type ArticleView } from '../utils/overlay/model';
import type { RegulationIdentity } from '../utils/recognition/types';
import { ClauseSection } from './ClauseSection';
import { focusablesIn } from './dialog-focus';
import { lawName } from '../utils/citation/signal';
import { publicPaths, publicUrl } from '../utils/contract/public-pages';
import { HooksSection } from './HooksSection';
import { isBesRegulation } from '../utils/analysis/law-kinds';
import { RigidSection } from './RigidSection';
import { SignalCard } from './SignalCard';
import type { AnchorMatch } from './SignalCard';
import type { Labels } from '../utils/i18n/catalog';
import type { Quote } from '../utils/contract/identity';
import type { RigidView } from '../utils/extension/messages';

export interface ArticlePanelProps {
  view: ArticleView;
  regulation: RegulationIdentity;
  data: RegulationResponse | null;
  anchors: ReadonlyMap<string, string>;
  /** The sentence selected in the article when the panel opened; opens the form right away. */
  quote: Quote | null;
  /** The reader asked to report (context menu, popup, the article's report button): the form opens right away. */
  reporting?: boolean;
  /** Renders the report form (in the extension an isolated frame, see utils/overlay/report-frame). */
  reportForm: (quote: Quote | null, close: () => void) => ComponentChild;
  /** Rigid provisions the background read in the article's text when the panel opened. */
  rigid?: readonly RigidView[];
  /** Per signal id: where its quoted sentence was found again in the current text. */
  anchoring: ReadonlyMap<string, AnchorMatch>;
  /** The Wetsignaal instance whose public pages signals and articles can be shared from (the API's base URL). */
  publicBase?: string | null;
  language: Language;
  labels: Labels;
  t: Translate;
  onClose: () => void;
}

/** A modal dialog beside the law text: focus moves in, Tab stays inside, Escape closes. */
export function ArticlePanel(props: ArticlePanelProps) {
  const { view, regulation, data, anchors, quote, reportForm, anchoring, rigid = [], publicBase = null, language, labels, t, onClose } = props;
  const law = lawName(data?.regulation ?? regulation);
  const [reporting, setReporting] = useState(quote !== null || props.reporting === true);
  const dialog = useRef<HTMLDivElement>(null);
  const label = view.article.label;

  useEffect(() => {
    dialog.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [label]);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    const items = focusablesIn(dialog.current);
    const first = items[0];
    const last = items[items.length - 1];
    const active = (dialog.current.getRootNode() as ShadowRoot).activeElement;
    if (!first || !last) return;
    if (event.shiftKey && (active === first || active === dialog.current.querySelector('h2'))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <div
      ref={dialog}
      class="ws-panel"
      role="dialog"
      aria-modal="true"
      aria-labelledby="ws-panel-h"
      lang={language}
      onKeyDown={onKeyDown}
    >
      <div class="ws-panel-head">
        <h2 id="ws-panel-h" tabIndex={-1}>
          {t('panelTitle', { label })}
        </h2>
        {publicBase && (
          <a
            class="ws-button"
            href={publicUrl(publicBase, publicPaths.regulation(regulation.bwbId, label))}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t('shareArticle')}
          </a>
        )}
        <button type="button" class="ws-close" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      <section aria-labelledby="ws-signals-h">
        <h3 id="ws-signals-h">{t('signalsHeading', { n: view.signals.length })}</h3>
        {view.signals.length === 0 && <p class="ws-note">{t('noSignals')}</p>}
        {view.signals.map((signal) => (
          <SignalCard
            key={signal.id}
            signal={signal}
            bwbId={regulation.bwbId}
            law={law}
            label={label}
            pageTextHash={view.article.textHash}
            anchored={anchoring.get(signal.id) ?? null}
            publicBase={publicBase}
            language={language}
            labels={labels}
            t={t}
          />
        ))}
      </section>
      <ClauseSection
        bwbId={regulation.bwbId}
        law={law}
        label={label}
        article={view.curated?.clause ?? null}
        computed={view.computed?.clause ?? null}
        regulation={data?.clause ?? null}
        anchors={anchors}
        labels={labels}
        t={t}
      />
      <RigidSection bwbId={regulation.bwbId} law={law} rigid={rigid} anchors={anchors} labels={labels} t={t} />
      <HooksSection hooks={mergedHooks(view)} awbApplies={!isBesRegulation({ title: regulation.title })} t={t} />
      {reporting ? (
        reportForm(quote, () => setReporting(false))
      ) : (
        <p>
          <button type="button" class="ws-button ws-primary" onClick={() => setReporting(true)}>
            {t('reportButton')}
          </button>
        </p>
      )}
    </div>
  );
}
