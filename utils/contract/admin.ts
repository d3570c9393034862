// Moderation, statistics and export bodies of the Signals API (server side only; the extension does
// not call these). Kept apart from api.ts so the extension bundle does not grow.
import { z } from 'zod';
import { BwbId, Target } from './identity';
import { Cause, EvidenceLevel, ImpactArea, ReporterRole, SignalStatus, SubmissionState } from './vocabulary';
import { Signal } from './api';

export const SignalId = z.string().regex(/^sig-[a-z0-9-]{1,60}$/, 'must be a signal id such as sig-01-wia');
export const SubmissionId = z.string().regex(/^sub-[0-9a-z-]{8,64}$/, 'must be a submission id such as sub-…');

/** A submission as a moderator sees it. The contact address only appears in the single-item view. */
export const ModerationSubmission = z
  .object({
    id: SubmissionId,
    state: SubmissionState,
    target: Target,
    regulationTitle: z.string(),
    description: z.string(),
    affected: z.string(),
    impactAreas: z.array(ImpactArea),
    cause: Cause.nullable(),
    otherLaw: z.string().nullable(),
    role: ReporterRole,
    consentToPublish: z.boolean(),
    hasContact: z.boolean(),
    contactEmail: z.email().nullable().optional(),
    reason: z.string().nullable(),
    signalId: z.string().nullable(),
    receivedAt: z.iso.datetime({ offset: true }),
    decidedAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .strict();
export type ModerationSubmission = z.infer<typeof ModerationSubmission>;

export const ModerationQueueResponse = z.object({ items: z.array(ModerationSubmission) }).strict();
export type ModerationQueueResponse = z.infer<typeof ModerationQueueResponse>;

/** Publish a submission as a new signal; the moderator writes the neutral public text. */
export const PublishRequest = z
  .object({
    title: z.string().trim().min(1).max(200),
    summary: z.string().trim().min(1).max(2000),
    status: SignalStatus.default('2_binnengekomen'),
    cause: Cause.nullable().optional(),
    impactAreas: z.array(ImpactArea).max(11).optional(),
    evidence: EvidenceLevel.default('onbevestigd'),
    department: z.string().trim().max(40).nullable().default(null),
  })
  .strict();
export type PublishRequest = z.infer<typeof PublishRequest>;

export const AttachRequest = z.object({ signalId: SignalId }).strict();
export type AttachRequest = z.infer<typeof AttachRequest>;

export const RejectRequest = z.object({ reason: z.string().trim().min(1, 'a reason is required').max(500) }).strict();
export type RejectRequest = z.infer<typeof RejectRequest>;

export const SignalPatch = z
  .object({
    title: z.string().trim().min(1).max(200),
    summary: z.string().trim().min(1).max(2000),
    status: SignalStatus,
    cause: Cause.nullable(),
    impactAreas: z.array(ImpactArea).max(11),
    evidence: EvidenceLevel,
    department: z.string().trim().max(40).nullable(),
  })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'give at least one field to change' });
export type SignalPatch = z.infer<typeof SignalPatch>;

export const ModerationDecision = z
  .object({ submission: ModerationSubmission.nullable(), signal: Signal.nullable(), auditId: z.number().int() })
  .strict();
export type ModerationDecision = z.infer<typeof ModerationDecision>;

export const StatsResponse = z
  .object({
    total: z.number().int().nonnegative(),
    byStatus: z.partialRecord(SignalStatus, z.number().int().positive()),
    byDepartment: z.array(z.object({ department: z.string().nullable(), count: z.number().int().positive() }).strict()),
    byLaw: z.array(
      z.object({ bwbId: BwbId, title: z.string(), count: z.number().int().positive() }).strict(),
    ),
    generatedAt: z.iso.datetime({ offset: true }),
  })
  .strict();
export type StatsResponse = z.infer<typeof StatsResponse>;

export const ExportJson = z
  .object({ signals: z.array(Signal), generatedAt: z.iso.datetime({ offset: true }) })
  .strict();
export type ExportJson = z.infer<typeof ExportJson>;

/** W3C Web Annotation (JSON-LD) of one signal target: `GET /v1/export?format=annotation`. */
const TextQuoteSelector = z
  .object({ type: z.literal('TextQuoteSelector'), exact: z.string(), prefix: z.string(), suffix: z.string() })
  .strict();
export const WebAnnotation = z
  .object({
    id: z.url(),
    type: z.literal('Annotation'),
    motivation: z.literal('assessing'),
    created: z.iso.datetime({ offset: true }),
    modified: z.iso.datetime({ offset: true }),
    body: z.array(
      z.union([
        z
          .object({
            type: z.literal('TextualBody'),
            purpose: z.enum(['describing', 'tagging']),
            value: z.string(),
            format: z.literal('text/plain'),
            language: z.literal('nl'),
          })
          .strict(),
        z.object({ type: z.literal('SpecificResource'), purpose: z.literal('classifying'), source: z.url() }).strict(),
      ]),
    ),
    target: z
      .object({
        type: z.literal('SpecificResource'),
        source: z.url(),
        selector: z
          .object({
            type: z.literal('FragmentSelector'),
            conformsTo: z.literal('http://tools.ietf.org/rfc/rfc3986'),
            value: z.string(),
            refinedBy: TextQuoteSelector.optional(),
          })
          .strict()
          .optional(),
        state: z.object({ type: z.literal('TimeState'), sourceDate: z.iso.datetime({ offset: true }) }).strict().optional(),
      })
      .strict(),
  })
  .strict();
export type WebAnnotation = z.infer<typeof WebAnnotation>;

export const AnnotationCollection = z
  .object({
    '@context': z.literal('http://www.w3.org/ns/anno.jsonld'),
    id: z.url(),
    type: z.literal('AnnotationCollection'),
    label: z.string(),
    total: z.number().int().nonnegative(),
    first: z
      .object({ id: z.url(), type: z.literal('AnnotationPage'), startIndex: z.literal(0), items: z.array(WebAnnotation) })
      .strict(),
  })
  .strict();
export type AnnotationCollection = z.infer<typeof AnnotationCollection>;

/** `POST /v1/moderation/moderators`: a personal desk account; the token is shown once, stored hashed. */
export const ModeratorRequest = z.object({ name: z.string().regex(/^[a-z0-9][a-z0-9._-]{1,39}$/, 'use 2-40 lower-case letters, digits, dots, dashes or underscores') }).strict();
export type ModeratorRequest = z.infer<typeof ModeratorRequest>;
export const ModeratorCreated = z.object({ name: z.string(), token: z.string().min(20) }).strict();
export type ModeratorCreated = z.infer<typeof ModeratorCreated>;
