// What the article panel is given besides the view: where the quoted sentences of its reports are in the
// current text, and the address of the report form with the article it is about.
import type { AnchorMatch } from '../../components/SignalCard';
import type { Quote } from '../../utils/contract/identity';
import type { Language } from '../../utils/i18n';
import type { ArticleView } from '../../utils/overlay/model';
import type { ArticleOnPage, RegulationIdentity } from '../../utils/recognition/types';
import { ask } from '../../utils/extension/send';

/** Where the quoted sentences of this article's reports are in its current text. */
export async function anchorQuotes(view: ArticleView, text: string): Promise<Map<string, AnchorMatch>> {
  const quotes = view.signals.flatMap((signal) => {
    const quote = signal.targets.find((t) => t.label === view.article.label)?.quote;
    return quote ? [{ id: signal.id, quote }] : [];
  });
  if (quotes.length === 0) return new Map();
  const found = await ask({ type: 'reanchor', text, quotes });
  return new Map(found.map((f) => [f.id, f.match]));
}

export interface ReportFormInput {
  /** The report form's page in the extension. */
  reportPage: string;
  regulation: Pick<RegulationIdentity, 'bwbId' | 'title' | 'versionDate'>;
  article: Pick<ArticleOnPage, 'path' | 'textHash'> & { label: string | null; jci: string | null };
  language: Language;
}

/**
 * The report form's address, for the sentence chosen (or none) and the lid it is in: what it reports on goes
 * in the fragment. `article` may be the whole text of a regulation without articles (label and jci null).
 */
export function reportFrameUrl(
  { reportPage, regulation, article, language }: ReportFormInput,
  quote: Quote | null,
  lid: string | null = null,
): string {
  const { label, path, jci, textHash } = article;
  const input = {
    language,
    regulation: { bwbId: regulation.bwbId, title: regulation.title, versionDate: regulation.versionDate },
    article: { label, path, jci, textHash },
    quote,
    lid,
  };
  return `${reportPage}#${encodeURIComponent(JSON.stringify(input))}`;
}
