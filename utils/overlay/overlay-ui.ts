// What the overlay's Preact UI script (entrypoints/overlay-ui.tsx) offers the overlay, which has it
// injected the first time a panel or the summary's details open. Types only: importing this adds no UI
// code to the overlay script.
import type { ArticlePanelProps } from '../../components/ArticlePanel';
import type { SummaryDetailsProps } from '../../components/SummaryDetails';
import type { Quote } from '../contract/identity';

export type PanelProps = Omit<ArticlePanelProps, 'reportForm'> & {
  /** The report form's address, for the sentence chosen (or none). */
  reportFrameUrl: (quote: Quote | null) => string;
};

export interface OverlayUi {
  /** The panel's own stylesheet, on top of the overlay's. */
  panelCss: string;
  renderPanel(container: HTMLElement, props: PanelProps): void;
  renderSummaryDetails(slot: HTMLElement, props: SummaryDetailsProps | null): void;
  /** Removes what was rendered into `container`. */
  clear(container: HTMLElement): void;
}

