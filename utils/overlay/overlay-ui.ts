// What the overlay's Preact UI script (entrypoints/overlay-ui) offers the overlay, which has it injected
// the first time a panel or the summary's details open. Types only: importing this adds no UI code to
// the overlay script.
import type { ArticlePanelProps } from '../../components/ArticlePanel';
import type { SummaryDetailsProps } from '../../components/SummaryDetails';
import type { UiTexts } from './ui-texts';
import type { WholeTextUnit } from './law-summary';

export type PanelRequest = Omit<ArticlePanelProps, 'reportForm' | 'quote' | 'anchoring'> & {
  /** A copy of what was selected when the badge was clicked: the quote the form opens with, when it is in the article. */
  selected: Range | null;
  /** The report form's page in the extension (it is framed into the panel). */
  reportPage: string;
};

export interface OverlayUi {
  /** The panel's own stylesheet, on top of the overlay's. */
  panelCss: string;
  /** Renders the article panel into `container`; closing it empties the container, then calls `onClose`. */
  openPanel(container: HTMLElement, request: PanelRequest): Promise<void>;
  /**
   * Renders the summary's details into `slot` (in the summary's shadow root, which gets the overlay's
   * stylesheet then); `wholeText`: on a regulation without articles, the whole text the details' report form
   * is about.
   */
  renderSummaryDetails(slot: HTMLElement, props: SummaryRequest | null): void;
}

export type SummaryRequest = Omit<SummaryDetailsProps, 'reportForm' | 't' | 'labels'> & {
  /** The UI texts where the caller has them; null: asked for (the line on most pages carries only its own). */
  texts: UiTexts | null;
  wholeText?: WholeTextUnit;
};

