// The report form runs in an extension page inside an iframe: what a citizen types is then out of
// reach of the host page's scripts. The overlay passes the article identity in the URL
// fragment; the frame answers with its height and when it wants to close.
import { z } from 'zod';
import { ArticleLabel, BwbId, IsoDate, Jci, PathStep, Quote, Target } from '../contract/identity';

export const ReportFrameInput = z
  .object({
    language: z.enum(['nl', 'en']),
    regulation: z.object({ bwbId: BwbId, title: z.string().min(1).max(300), versionDate: IsoDate.nullable() }),
    /** The unit reported on: an article, or (label and jci null) the whole text of a regulation without articles. */
    article: z.object({
      label: ArticleLabel.nullable(),
      path: z.array(PathStep).max(10),
      jci: Jci.nullable(),
      textHash: z.string().regex(/^[0-9a-f]{8,64}$/),
    }),
    quote: Quote.nullable(),
    /** The lid the selected sentence is in, when it is in one. */
    lid: Target.shape.lid.unwrap().optional(),
  })
  .strict();
export type ReportFrameInput = z.infer<typeof ReportFrameInput>;

/**
 * Messages from the frame to the content script (sizes, a close request and focus moves: nothing personal).
 * `ready`: the form is shown and may take the focus; `tab-out`: Tab left its last field, so the dialog
 * around it wraps the focus to its start (keys pressed inside the frame never reach the dialog).
 */
export type ReportFrameMessage =
  | { source: 'wetsignaal-report'; kind: 'height'; height: number }
  | { source: 'wetsignaal-report'; kind: 'close' }
  | { source: 'wetsignaal-report'; kind: 'escape' }
  | { source: 'wetsignaal-report'; kind: 'ready' }
  | { source: 'wetsignaal-report'; kind: 'tab-out' };

export function readReportFrameInput(hash: string): ReportFrameInput | null {
  try {
    const parsed = ReportFrameInput.safeParse(JSON.parse(decodeURIComponent(hash.replace(/^#/, ''))));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
