// Shape of server/seed/signals.json, checked with the contract vocabularies before anything is loaded.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ArticleClause, AwbHook, Regulation, RegulationClause, Signal, Source } from '../../utils/contract/api';
import { ArticleLabel, BwbId, Target } from '../../utils/contract/identity';
import { FILE_NAME } from '../../utils/citation/official';

export { FILE_NAME };

export const SEED_FILE = fileURLToPath(new URL('./signals.json', import.meta.url));

const SeedSource = Source.refine((s) => !FILE_NAME.test(`${s.citation} ${s.detail ?? ''}`), {
  message: 'a source must be cited officially (e.g. "Kamerstukken II 2020/21, 26 448, nr. 650"), not by a file name',
  path: ['citation'],
});

export const SeedSignal = Signal.pick({
  id: true,
  title: true,
  summary: true,
  status: true,
  cause: true,
  impactAreas: true,
  evidence: true,
  sourceType: true,
  statusDate: true,
  department: true,
})
  .extend({
    seedNumber: z.number().int().positive(),
    /** Editorial note, e.g. how the seed status was mapped to the contract vocabulary. */
    note: z.string().max(1000).nullable(),
    sources: z.array(SeedSource).min(1, 'every signal needs at least one source with an official citation'),
    targets: z.array(Target),
  })
  .strict();
export type SeedSignal = z.infer<typeof SeedSignal>;

export const SeedFile = z
  .object({
    about: z.string(),
    regulations: z.array(Regulation.extend({ clause: RegulationClause }).strict()),
    articleClauses: z.array(ArticleClause.extend({ bwbId: BwbId, label: ArticleLabel }).strict()),
    hooks: z.array(AwbHook.extend({ bwbId: BwbId, label: ArticleLabel }).strict()),
    signals: z.array(SeedSignal),
  })
  .strict();
export type SeedFile = z.infer<typeof SeedFile>;

export function readSeedText(file: string = SEED_FILE): string {
  return readFileSync(file, 'utf8');
}

export function parseSeed(text: string): SeedFile {
  return SeedFile.parse(JSON.parse(text));
}
