// Issue #23, "random 23": the draw record of the post-2017 held-out set (scripts/draw-post2017.ts) and its hand labels
// joined into the items the statute-book scorers take (utils/analysis/evaluate-statute.ts).
import { z } from 'zod';
import type { StatuteLabel } from '../../utils/analysis/evaluate-statute';

const BWB_ID = z.string().regex(/^BWBR\d{7}$/);
const ARTICLE = z.object({ label: z.string().min(1), text: z.string().min(1) });
const SHA = z.string().regex(/^[0-9a-f]{40}$/);

/** test/analysis-labels/random23-post2017.json. */
export const PostDraw = z.object({
  source: z.object({ repository: z.literal('legalize-dev/legalize-nl'), pathPattern: z.string(), commits: z.array(SHA).min(1) }),
  seed: z.object({ order: z.literal(451), articles: z.literal(452) }),
  idRange: z.object({ from: z.literal('BWBR0037300'), to: z.literal('BWBR0052000') }),
  maxChars: z.number().int().positive(),
  drawnAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  freeze: SHA,
  labelled: z.literal(false),
  tried: z.array(
    z.object({ bwbId: BWB_ID, status: z.enum(['absent', 'too-large', 'no-candidate', 'drawn']), chars: z.number().optional() }),
  ),
  regulations: z.array(
    z.object({
      bwbId: BWB_ID,
      title: z.string().min(1),
      soort: z.string().min(1),
      path: z.string(),
      commit: SHA,
      toestandUri: z.string().startsWith('http://wetten.overheid.nl/id/'),
      articleCount: z.number().int().positive(),
      candidates: z.array(ARTICLE).min(1).max(2),
      clauseCandidates: z.array(ARTICLE),
    }),
  ),
});
export type PostDraw = z.infer<typeof PostDraw>;

/** Label rows "<bwbId>#<label>\t<value>\t<note>"; lines starting with # are the file's header. */
function labelRows(tsv: string): Map<string, { value: string; note: string }> {
  const rows = new Map<string, { value: string; note: string }>();
  for (const line of tsv.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [key = '', value = '', note = ''] = line.split('\t');
    if (rows.has(key)) throw new Error(`labelled twice: ${key}`);
    rows.set(key, { value: value.trim(), note });
  }
  return rows;
}

/**
 * Every drawn article of `field` with its label, as a held-out item; an article without a label, or a label without
 * an article, is an error (the set is measured whole or not at all).
 */
export function post2017Items(
  record: PostDraw,
  field: 'candidates' | 'clauseCandidates',
  tsv: string,
  kindOf: (regulation: PostDraw['regulations'][number]) => string,
): StatuteLabel[] {
  const rows = labelRows(tsv);
  const items: StatuteLabel[] = [];
  for (const regulation of record.regulations) {
    for (const { label, text } of regulation[field]) {
      const key = `${regulation.bwbId}#${label}`;
      const row = rows.get(key);
      if (!row) throw new Error(`not labelled: ${key}`);
      rows.delete(key);
      items.push({ split: 'heldout', drawn: 'random23', kind: kindOf(regulation), path: regulation.path, bwbId: regulation.bwbId, label, value: row.value, note: row.note, text });
    }
  }
  if (rows.size > 0) throw new Error(`labels without a drawn article: ${[...rows.keys()].join(', ')}`);
  return items;
}
