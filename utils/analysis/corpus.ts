// The law-file format of shared/corpus (one JSON per law, see its README). Only the fields the analysis
// needs are checked; everything else is passed over.
import { z } from 'zod';
import { BwbId } from '../contract';

export const CorpusArticle = z.object({
  label: z.string().min(1),
  status: z.enum(['goed', 'vervallen', 'nogniet']).nullable().optional(),
  text: z.string(),
});
export type CorpusArticle = z.infer<typeof CorpusArticle>;

export const CorpusFile = z.object({
  bwbId: BwbId,
  title: z.string().optional(),
  /** The statute book's kind ("wet", "wet-BES", "beleidsregel"), when the file names it. */
  kind: z.string().optional(),
  versionDate: z.string().optional(),
  articles: z.array(CorpusArticle),
});
export type CorpusFile = z.infer<typeof CorpusFile>;

/** Parses a corpus file's JSON text; throws an Error with a readable message when it is not one. */
export function parseCorpus(json: string): CorpusFile {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new Error(`not valid JSON: ${(e as Error).message}`);
  }
  const parsed = CorpusFile.safeParse(data);
  if (!parsed.success) throw new Error(`not a corpus file: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Articles in force or not yet in force; expired ones carry no text worth analysing. */
export function liveArticles(file: CorpusFile): CorpusArticle[] {
  return file.articles.filter((a) => a.status !== 'vervallen');
}
