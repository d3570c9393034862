// Controlled vocabularies shared by server and extension. Values follow
// ../shared/docs/domain.md (§2 clause taxonomy, §5 lifecycle, sources, roles).
import { z } from 'zod';
import { CAUSES, IMPACT_AREAS, SIGNAL_STATUSES } from './constants';

export { SIGNAL_STATUSES, OPEN_STATUS_SEVERITY, CLOSED_STATUSES, CAUSES, IMPACT_AREAS } from './constants';

export const SignalStatus = z.enum(SIGNAL_STATUSES);
export type SignalStatus = z.infer<typeof SignalStatus>;
export const Cause = z.enum(CAUSES);
export type Cause = z.infer<typeof Cause>;
export const ImpactArea = z.enum(IMPACT_AREAS);
export type ImpactArea = z.infer<typeof ImpactArea>;

/** Where a signal comes from (domain.md §5.2); `melding` = published from a submission. */
export const SourceType = z.enum([
  'kamerbrief',
  'kamervragen',
  'internetconsultatie_knellende_wetten_2022',
  'nationale_ombudsman',
  'raad_van_state_reflectie',
  'rechtspraak_buikpijndossiers',
  'knelpuntenbrief_uitvoering',
  'stand_van_de_uitvoering',
  'departementale_inventarisatie',
  'extern_onderzoek',
  'signaleringsteam_participatiewet',
  'maatwerkplaatsen',
  'toeslagen_inventarisatie',
  'OHA_uitvraag_2025',
  'OHA_jaarrapport',
  'professional_signaal',
  'belangenorganisatie',
  'advocatuur_rapport',
  'melding',
]);
export type SourceType = z.infer<typeof SourceType>;

/**
 * The form of an official source, which fixes how it is cited: a Kamerstuk ("Kamerstukken II 2021/22, 26 448,
 * nr. 650"), the Handelingen, a letter or report without Kamerstuk number, a court ruling (ECLI), or a published
 * report from a Wetsignaal user ("Melding van een burger, gepubliceerd op 6 december 2026").
 */
export const SourceKind = z.enum(['kamerstuk', 'handelingen', 'brief', 'rapport', 'uitspraak', 'melding']);
export type SourceKind = z.infer<typeof SourceKind>;

/** How well the article tie is established: read in the consolidated text, via a secondary source, or not. */
export const EvidenceLevel = z.enum(['geverifieerd', 'secundair', 'onbevestigd']);
export type EvidenceLevel = z.infer<typeof EvidenceLevel>;

/** domain.md §2.1 */
export const RegulationClauseStatus = z.enum([
  'algemeen_eigen',
  'algemeen_extern',
  'alleen_specifiek',
  'geen',
  'voorgesteld',
  'tijdelijk_of_verlopen',
  'onbekend',
]);
export type RegulationClauseStatus = z.infer<typeof RegulationClauseStatus>;

/** domain.md §2.2 */
export const ArticleClauseStatus = z.enum([
  'is_hardheidsclausule',
  'is_specifieke_afwijkingsbevoegdheid',
  'gedekt_eigen',
  'gedekt_extern',
  'gedekt_beperkt',
  'niet_gedekt',
  'voorgesteld',
]);
export type ArticleClauseStatus = z.infer<typeof ArticleClauseStatus>;

/** Reporter roles offered in the submission form (domain.md §5.3). */
export const ReporterRole = z.enum([
  'burger',
  'naaste',
  'professional_uitvoering',
  'professional_overig',
  'advocaat',
  'wetgevingsjurist',
  'wetenschapper',
  'belangenorganisatie',
  'clientenraad',
  'gemeente',
  'uitvoeringsorganisatie',
]);
export type ReporterRole = z.infer<typeof ReporterRole>;

/** Moderation state of a submission as the reporter sees it. */
export const SubmissionState = z.enum(['ontvangen', 'in_behandeling', 'gepubliceerd', 'samengevoegd', 'afgewezen']);
export type SubmissionState = z.infer<typeof SubmissionState>;
