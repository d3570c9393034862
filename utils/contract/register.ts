// The statute book's inventory (issue #24): per regulation, the hardheidsclausules and rigid provisions the
// analysis (utils/analysis) finds in one text version. Written by `npm run inventory`, committed as
// server/register/register.json.gz, served by `GET /v1/export/register` and in `GET /v1/regulations/{bwbId}`.
// Computed, not curated: every consumer labels it "automatisch herkend" with its text version.
import { z } from 'zod';
import { BwbId, IsoDate } from './identity';
import { RegulationClauseStatus } from './vocabulary';

export const RIGID_OUTCOMES = ['terugvordering', 'boete', 'intrekking', 'weigering', 'uitsluiting', 'verval', 'korting'] as const;

/** The article number as the source writes it (a 1990s text may number in ways the portal no longer does). */
const SourceLabel = z.string().min(1).max(60);

export const ClauseFinding = z
  .object({
    label: SourceLabel,
    clause: z.enum(['general', 'specific']),
    /** The provisions the clause names, as they stand in the text ("deze wet", "artikel 7"); empty: none named. */
    covers: z.array(z.string().max(300)).max(50),
  })
  .strict();
export type ClauseFinding = z.infer<typeof ClauseFinding>;

export const RigidFinding = z
  .object({
    label: SourceLabel,
    outcome: z.enum(RIGID_OUTCOMES),
    /** The words that make the outcome an obligation. */
    phrase: z.string().max(400),
    /** What softens it: an own general clause ("art. 45") or an Awb escape ("Awb 4:94a"); null: nothing found. */
    coveredBy: z.string().max(100).nullable(),
  })
  .strict();
export type RigidFinding = z.infer<typeof RigidFinding>;

export const RegisterRegulation = z
  .object({
    bwbId: BwbId,
    title: z.string().min(1).max(1000),
    /** The kind of regulation: the source's folder ("wet", "AMvB", "ministeriele-regeling", …) or the BWB soort. */
    kind: z.string().min(1).max(60),
    /** The date of the text version read (laws-markdown: the commit that last changed the file). */
    versionDate: IsoDate.nullable(),
    /** Year of the regulation itself (from its title or signature), for the summary by decade. */
    year: z.number().int().min(1500).max(2100).nullable(),
    articleCount: z.number().int().nonnegative(),
    /** The regulation's clause status as `analyseRegulation` decides it. */
    clauseStatus: RegulationClauseStatus,
    clauses: z.array(ClauseFinding),
    rigid: z.array(RigidFinding),
  })
  .strict();
export type RegisterRegulation = z.infer<typeof RegisterRegulation>;

export const RegisterSource = z
  .object({
    /** "statengeneraal/laws-markdown" or "BWB XML (wetten.overheid.nl)". */
    name: z.string().min(1).max(200),
    url: z.url().nullable(),
    /** The git commit read, when the source is a repository. */
    commit: z.string().regex(/^[0-9a-f]{40}$/).nullable(),
    commitDate: IsoDate.nullable(),
  })
  .strict();
export type RegisterSource = z.infer<typeof RegisterSource>;

export const Register = z
  .object({
    source: RegisterSource,
    generated: z.iso.datetime({ offset: true }),
    regulations: z.array(RegisterRegulation),
  })
  .strict();
export type Register = z.infer<typeof Register>;

/** `GET /v1/export/register?format=json|csv`. */
export const RegisterExportQuery = z.object({ format: z.enum(['json', 'csv']).default('json') }).strict();

/**
 * The register's findings for one regulation, as `GET /v1/regulations/{bwbId}` carries them next to the
 * curated data: computed from the text version in `source`/`versionDate`, never checked by hand.
 */
export const ComputedFindings = RegisterRegulation.pick({ versionDate: true, clauseStatus: true, clauses: true, rigid: true }).extend({
  method: z.literal('automatisch herkend'),
  source: RegisterSource,
});
export type ComputedFindings = z.infer<typeof ComputedFindings>;

/** `GET /v1/register/{bwbId}`: one regulation's line in the register, with the register's source. */
export const RegisterEntryResponse = z.object({ source: RegisterSource, regulation: RegisterRegulation }).strict();
export type RegisterEntryResponse = z.infer<typeof RegisterEntryResponse>;
