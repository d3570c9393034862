// Request and response bodies of the Signals API. The server validates its input and output with
// these; the extension validates every response with them. OpenAPI is generated from them.
import { z } from 'zod';
import { ArticleLabel, BwbId, IsoDate, Target } from './identity';
import { ComputedFindings } from './register';
import {
  ArticleClauseStatus,
  Cause,
  EvidenceLevel,
  ImpactArea,
  RegulationClauseStatus,
  ReporterRole,
  SignalStatus,
  SourceKind,
  SourceType,
  SubmissionState,
} from './vocabulary';

/**
 * One official source of a signal, cited the way a lawyer writes it in a letter. No internal file names:
 * the seed loader refuses a source without a citation, and tests check that no shown text holds one.
 */
export const Source = z
  .object({
    kind: SourceKind,
    /** The official citation (vindplaats), e.g. "Kamerstukken II 2020/21, 26 448, nr. 650" or "ECLI:NL:RVS:2021:2749". */
    citation: z.string().trim().min(3).max(300),
    /** Where in the document, or what it is: "vragen 17–18 van de CDA-fractie", "motie". */
    detail: z.string().trim().min(1).max(300).nullable(),
    /** The document's date, when it is known for certain. */
    date: IsoDate.nullable(),
    /** Only where the address pattern is certain (officiële bekendmakingen, rechtspraak.nl: utils/citation/official.ts). */
    url: z.url({ protocol: /^https$/ }).nullable(),
  })
  .strict();
export type Source = z.infer<typeof Source>;

/** A curated or computed Awb provision that gives room to soften an article (domain.md §3). */
export const AwbHook = z
  .object({
    awb: z.string().regex(/^\d{1,2}:\d{1,3}[a-z]?$/, 'must be an Awb article such as 4:84'),
    reason: z.string().min(1).max(300),
  })
  .strict();
export type AwbHook = z.infer<typeof AwbHook>;

export const ClauseEvidence = z
  .object({
    /** The article that holds the clause, possibly in another law (e.g. Awir 47 for the huurtoeslag). */
    clauseBwbId: BwbId.nullable(),
    clauseLabel: ArticleLabel.nullable(),
    /** Short title (abbreviation or citeertitel) of the law holding the clause, so no BWB id needs showing. */
    clauseLaw: z.string().max(300).nullable().optional(),
    note: z.string().max(500).nullable(),
    source: z.string().max(500).nullable(),
    verified: z.boolean(),
  })
  .strict();

export const RegulationClause = ClauseEvidence.extend({ status: RegulationClauseStatus }).strict();
export type RegulationClause = z.infer<typeof RegulationClause>;
export const ArticleClause = ClauseEvidence.extend({ status: ArticleClauseStatus }).strict();
export type ArticleClause = z.infer<typeof ArticleClause>;

/**
 * Where the link between a signal and one of its targets comes from. `bronnen`: the signal's own sources
 * name it (seed data, or the report a signal was published from). `melding`: a moderator added it when
 * merging a later report into the signal, on `mergedOn`; the sources do not name it, so the signal's
 * `evidence` does not hold for this target. Response-only: a submission's target cannot carry it.
 */
export const TargetOrigin = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('bronnen') }).strict(),
  z.object({ kind: z.literal('melding'), mergedOn: IsoDate }).strict(),
]);
export type TargetOrigin = z.infer<typeof TargetOrigin>;

/**
 * A target as the API answers it: the submitted shape plus its origin. This server states the origin of
 * every target; it is optional only so the extension still reads answers from a server (or its own cache)
 * from before origins were recorded, showing the signal's certainty as it did then.
 */
export const SignalTarget = Target.safeExtend({ origin: TargetOrigin.optional() });
export type SignalTarget = z.infer<typeof SignalTarget>;

export const SignalSummary = z
  .object({
    id: z.string().regex(/^sig-[a-z0-9-]{1,60}$/),
    title: z.string().min(1).max(200),
    summary: z.string().min(1).max(2000),
    status: SignalStatus,
    cause: Cause.nullable(),
    impactAreas: z.array(ImpactArea),
    evidence: EvidenceLevel,
    /** The kind of channel the signal came through (domain.md §5.2). */
    sourceType: SourceType,
    /** Its official sources, the main one first. */
    sources: z.array(Source).min(1).max(20),
    /** The date of the latest source that states the status (for a report: when it was published or last changed). */
    statusDate: IsoDate.nullable(),
    /** The targets of this signal on the regulation asked about. */
    targets: z.array(SignalTarget).min(1),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .strict();
export type SignalSummary = z.infer<typeof SignalSummary>;

export const Signal = SignalSummary.extend({
  /** All targets. Empty only for a signal whose law is not identified (seed signals #15 and #29). */
  targets: z.array(SignalTarget),
  department: z.string().max(40).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
}).strict();
export type Signal = z.infer<typeof Signal>;

export const ArticleSummary = z
  .object({
    label: ArticleLabel,
    signalIds: z.array(z.string()),
    counts: z.partialRecord(SignalStatus, z.number().int().positive()),
    clause: ArticleClause.nullable(),
    hooks: z.array(AwbHook),
  })
  .strict();
export type ArticleSummary = z.infer<typeof ArticleSummary>;

export const Regulation = z
  .object({
    bwbId: BwbId,
    title: z.string().min(1).max(300),
    abbreviation: z.string().max(40).nullable(),
    department: z.string().max(40).nullable(),
    domain: z.string().max(100).nullable(),
    /**
     * `zoals_gemeld`: the title came from the page a citizen reported from and no moderator has
     * confirmed it yet; show it as "titel zoals gemeld". Absent: the title is confirmed.
     */
    titleStatus: z.literal('zoals_gemeld').optional(),
  })
  .strict();
export type Regulation = z.infer<typeof Regulation>;

/** `GET /v1/regulations/{bwbId}`: everything the overlay needs for one page. */
export const RegulationResponse = z
  .object({
    regulation: Regulation,
    clause: RegulationClause,
    /** Signals about the whole law (no article label). */
    regulationSignalIds: z.array(z.string()),
    articles: z.array(ArticleSummary),
    signals: z.array(SignalSummary),
    /** What the statute-book inventory found in this law's text (issue #24); absent when it is not in the register. */
    computed: ComputedFindings.optional(),
    generatedAt: z.iso.datetime({ offset: true }),
  })
  .strict();
export type RegulationResponse = z.infer<typeof RegulationResponse>;

/** `GET /v1/index`: which regulations (and labels) have any data, so lookups can stay private. */
export const IndexResponse = z
  .object({
    regulations: z.array(z.object({ bwbId: BwbId, labels: z.array(ArticleLabel) }).strict()),
    generatedAt: z.iso.datetime({ offset: true }),
  })
  .strict();
export type IndexResponse = z.infer<typeof IndexResponse>;

export const SignalListResponse = z
  .object({ items: z.array(Signal), nextCursor: z.string().nullable() })
  .strict();
export type SignalListResponse = z.infer<typeof SignalListResponse>;

/** `POST /v1/submissions` body. Free text is public after moderation; contact is never public. */
export const SubmissionRequest = z
  .object({
    target: Target,
    regulationTitle: z.string().min(1).max(300),
    description: z.string().trim().min(20, 'describe what happened in at least 20 characters').max(5000),
    affected: z.string().trim().max(500).default(''),
    impactAreas: z.array(ImpactArea).max(11).default([]),
    cause: Cause.nullable().default(null),
    /** When cause is samenloop: the other law, by name or BWB id. */
    otherLaw: z.string().trim().max(200).nullable().default(null),
    role: ReporterRole,
    contactEmail: z.email().max(254).nullable().default(null),
    consentToPublish: z.boolean(),
    /** Honeypot: people leave it empty; a filled one is dropped silently. */
    website: z.string().max(200).optional(),
  })
  .strict();
export type SubmissionRequest = z.infer<typeof SubmissionRequest>;
export type SubmissionRequestInput = z.input<typeof SubmissionRequest>;

export const SubmissionAck = z
  .object({
    id: z.string().regex(/^sub-[0-9a-z-]{8,64}$/),
    /** Secret the reporter keeps to look up the status; only its hash is stored. */
    receipt: z.string().min(16).max(128),
  })
  .strict();
export type SubmissionAck = z.infer<typeof SubmissionAck>;

export const SubmissionStatusResponse = z
  .object({
    id: z.string(),
    state: SubmissionState,
    reason: z.string().nullable(),
    signalId: z.string().nullable(),
    receivedAt: z.iso.datetime({ offset: true }),
    decidedAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .strict();
export type SubmissionStatusResponse = z.infer<typeof SubmissionStatusResponse>;

/** RFC 9457 problem details. `errors` names each bad field. */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .loose();
export type Problem = z.infer<typeof Problem>;

/** `GET /v1/config`: remote override for page recognition, so a markup change needs no release. */
export const RecognitionConfig = z
  .object({
    version: z.number().int().nonnegative(),
    /** Extra CSS selectors for article containers, tried after the built-in ones. */
    articleSelectors: z.array(z.string().min(1).max(200)).max(20).default([]),
    /** Extra selectors for the regulation title. */
    titleSelectors: z.array(z.string().min(1).max(200)).max(20).default([]),
    /** Selectors for regions never taken for content (TOC, menus). */
    ignoreSelectors: z.array(z.string().min(1).max(200)).max(20).default([]),
  })
  .strict();
export type RecognitionConfig = z.infer<typeof RecognitionConfig>;

export const Health = z.object({ status: z.enum(['ok', 'unavailable']), version: z.string() }).strict();
export type Health = z.infer<typeof Health>;

export { IsoDate };
