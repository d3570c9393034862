// Moderation, statistics and export bodies of the Signals API (server side only; the extension does
// not call these). Kept apart from api.ts so the extension bundle does not grow.
import { z } from 'zod';
import { BwbId, Target } from './identity';
import { Cause, EvidenceLevel, ImpactArea, ReporterRole, SignalStatus, SubmissionState } from './vocabulary';
import { Signal } from './api';
import { PERSONAL_DATA_KINDS } from '../privacy/detect';
import { PUBLIC_TEXT_FIELDS } from '../privacy/field-check';
import { REVIEW_FLAG_KINDS } from '../privacy/names';

/** One finding in a field: `personal_data` is certain, `review` may be a name or a street address. */
export const PrivacyFlag = z
  .object({
    kind: z.enum([...PERSONAL_DATA_KINDS, ...REVIEW_FLAG_KINDS]),
    severity: z.enum(['personal_data', 'review']),
    /** UTF-16 offsets into the field's text. */
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    value: z.string(),
  })
  .strict();
export type PrivacyFlag = z.infer<typeof PrivacyFlag>;

export const PublicTextField = z.enum(PUBLIC_TEXT_FIELDS);

/**
 * The personal-data flags of every public text field of a submission (an entry per field, `flags` empty
 * when clean). A flagged field that would become public on publish or attach needs the moderator's
 * confirmation in `confirmedFields`; a certain finding cannot be confirmed, only left out.
 */
export const FieldPrivacy = z.object({ field: PublicTextField, flags: z.array(PrivacyFlag) }).strict();
export type FieldPrivacy = z.infer<typeof FieldPrivacy>;

/** What a moderator may add to publish or attach so flagged fields are handled on purpose. */
const PrivacyDecision = {
  /** Fields with review flags the moderator read and found free of personal data. */
  confirmedFields: z.array(PublicTextField).max(PUBLIC_TEXT_FIELDS.length).optional(),
  /** Publish the target without the quoted sentence (when the quote is flagged). */
  dropQuote: z.boolean().optional(),
  /** The law's official title, checked by the moderator; replaces a title "zoals gemeld". */
  regulationTitle: z.string().trim().min(1).max(300).optional(),
};

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
    /** Personal-data flags per public text field. */
    privacy: z.array(FieldPrivacy),
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
    ...PrivacyDecision,
  })
  .strict();
export type PublishRequest = z.infer<typeof PublishRequest>;

export const AttachRequest = z.object({ signalId: SignalId, ...PrivacyDecision }).strict();
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
    /** Why the status changed, shown publicly in the signal's status history; only with `status`. */
    statusReason: z.string().trim().min(1).max(500),
  })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'give at least one field to change' })
  .refine((p) => p.statusReason === undefined || p.status !== undefined, { message: 'a statusReason needs a status', path: ['statusReason'] });
export type SignalPatch = z.infer<typeof SignalPatch>;

/** `POST /v1/moderation/regulations/{bwbId}/title`: confirm (or correct) a title taken from a report. */
export const RegulationTitleRequest = z.object({ title: z.string().trim().min(1).max(300) }).strict();
export type RegulationTitleRequest = z.infer<typeof RegulationTitleRequest>;

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
            /** `commenting`: the target was added from a report, not named by the signal's sources. */
            purpose: z.enum(['describing', 'tagging', 'commenting']),
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
            /** An RFC 3986 fragment: anything outside its characters percent-encoded. */
            value: z.string().regex(/^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-F]{2})*$/, 'must be an RFC 3986 fragment'),
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
