// Moderation decisions on submissions and edits of signals. Used by the HTTP routes and by the CLI,
// so both follow the same rules. Every decision writes its audit row in the same transaction.
import { randomBytes } from 'node:crypto';
import type {
  AttachRequest,
  ModerationDecision,
  ModerationSubmission,
  PublishRequest,
  SignalPatch,
} from '../../utils/contract/admin';
import { QUOTE_FIELDS, submissionFieldFlags, type PublicTextField } from '../../utils/privacy/field-check';
import type { Target } from '../../utils/contract/identity';
import type { Cause, ImpactArea, ReporterRole, SubmissionState } from '../../utils/contract/vocabulary';
import type { Database, Queryable } from '../db/types';
import { iso, isoOrNull, json } from '../repo/rows';
import { getSignal, writeSources } from '../repo/signals';
import { reportCitation } from '../../utils/citation/official';

/** Publishing would make flagged text public; `errors` names each field and what to do. */
export class PrivacyBlock extends Error {
  constructor(readonly errors: Array<{ field: string; message: string }>) {
    super('flagged fields would become public');
    this.name = 'PrivacyBlock';
  }
}

export class ModerationError extends Error {
  constructor(
    readonly code: 'not_found' | 'conflict',
    message: string,
  ) {
    super(message);
    this.name = 'ModerationError';
  }
}

const OPEN_STATES: SubmissionState[] = ['ontvangen', 'in_behandeling'];

type SubmissionRow = {
  id: string;
  state: SubmissionState;
  target: unknown;
  regulation_title: string;
  description: string;
  affected: string;
  impact_areas: unknown;
  cause: Cause | null;
  other_law: string | null;
  role: ReporterRole;
  consent_to_publish: boolean;
  email: string | null;
  reason: string | null;
  signal_id: string | null;
  received_at: unknown;
  decided_at: unknown;
};

const SUBMISSION_SELECT = `SELECT s.id, s.state, s.target, s.regulation_title, s.description, s.affected, s.impact_areas,
  s.cause, s.other_law, s.role, s.consent_to_publish, c.email, s.reason, s.signal_id, s.received_at, s.decided_at
  FROM submissions s LEFT JOIN submission_contacts c ON c.submission_id = s.id`;

function toModeration(row: SubmissionRow, withContact: boolean): ModerationSubmission {
  const target = json<Target>(row.target);
  return {
    id: row.id,
    state: row.state,
    target,
    regulationTitle: row.regulation_title,
    description: row.description,
    affected: row.affected,
    impactAreas: json<ImpactArea[]>(row.impact_areas),
    cause: row.cause,
    otherLaw: row.other_law,
    role: row.role,
    consentToPublish: row.consent_to_publish,
    hasContact: row.email !== null,
    ...(withContact ? { contactEmail: row.email } : {}),
    reason: row.reason,
    signalId: row.signal_id,
    receivedAt: iso(row.received_at),
    decidedAt: isoOrNull(row.decided_at),
    privacy: submissionFieldFlags({
      description: row.description,
      affected: row.affected,
      otherLaw: row.other_law,
      regulationTitle: row.regulation_title,
      target,
    }),
  };
}

export async function listQueue(db: Queryable): Promise<ModerationSubmission[]> {
  const rows = await db.query<SubmissionRow>(`${SUBMISSION_SELECT} WHERE s.state = ANY($1::text[]) ORDER BY s.received_at, s.id`, [
    OPEN_STATES,
  ]);
  return rows.map((r) => toModeration(r, false));
}

export type SubmissionFilter = { open: boolean; bwbId?: string; olderThanDays?: number };

/** The desk's queue: open (or all) submissions, optionally on one law or older than some days; oldest first. */
export async function listSubmissions(db: Queryable, filter: SubmissionFilter): Promise<ModerationSubmission[]> {
  const rows = await db.query<SubmissionRow>(
    `${SUBMISSION_SELECT} WHERE ($1::text[] IS NULL OR s.state = ANY($1::text[]))
       AND ($2::text IS NULL OR s.target->>'bwbId' = $2)
       AND ($3::int IS NULL OR s.received_at < now() - make_interval(days => $3::int))
     ORDER BY s.received_at, s.id LIMIT 500`,
    [filter.open ? OPEN_STATES : null, filter.bwbId ?? null, filter.olderThanDays ?? null],
  );
  return rows.map((r) => toModeration(r, false));
}

export async function getSubmission(db: Queryable, id: string, withContact = true): Promise<ModerationSubmission | null> {
  const [row] = await db.query<SubmissionRow>(`${SUBMISSION_SELECT} WHERE s.id = $1`, [id]);
  return row ? toModeration(row, withContact) : null;
}

/** Locks the submission row for the decision and checks it is still open. */
async function openSubmission(tx: Queryable, id: string): Promise<ModerationSubmission> {
  const [locked] = await tx.query<{ state: SubmissionState }>('SELECT state FROM submissions WHERE id = $1 FOR UPDATE', [id]);
  if (!locked) throw new ModerationError('not_found', `submission ${id} does not exist`);
  if (!OPEN_STATES.includes(locked.state)) {
    throw new ModerationError('conflict', `submission ${id} was already decided (${locked.state})`);
  }
  const submission = await getSubmission(tx, id, false);
  if (!submission) throw new ModerationError('not_found', `submission ${id} does not exist`);
  return submission;
}

async function audit(
  tx: Queryable,
  actor: string,
  action: string,
  ids: { submissionId?: string; signalId?: string },
  detail: Record<string, unknown>,
): Promise<number> {
  const [row] = await tx.query<{ id: number | string }>(
    `INSERT INTO moderation_audit (actor, action, submission_id, signal_id, detail) VALUES ($1, $2, $3, $4, $5::jsonb) RETURNING id`,
    [actor, action, ids.submissionId ?? null, ids.signalId ?? null, JSON.stringify(detail)],
  );
  return Number(row?.id);
}

async function decide(
  tx: Queryable,
  id: string,
  state: SubmissionState,
  fields: { reason?: string; signalId?: string },
): Promise<void> {
  await tx.query('UPDATE submissions SET state = $2, reason = $3, signal_id = $4, decided_at = now() WHERE id = $1', [
    id,
    state,
    fields.reason ?? null,
    fields.signalId ?? null,
  ]);
}

export type PrivacyChoices = Pick<PublishRequest, 'confirmedFields' | 'dropQuote' | 'regulationTitle'>;

async function isKnownRegulation(tx: Queryable, bwbId: string): Promise<boolean> {
  return (await tx.query('SELECT 1 FROM regulations WHERE bwb_id = $1', [bwbId])).length > 0;
}

/**
 * The fields of `sub` this decision would make public (the quote, and the reported title of a law the
 * API does not know), refused while any is flagged and not handled: a certain finding must be left out
 * (`dropQuote`, or an official `regulationTitle`), a review flag confirmed in `confirmedFields`.
 */
function checkPublication(sub: ModerationSubmission, choices: PrivacyChoices, newRegulation: boolean): void {
  const going = new Set<PublicTextField>();
  if (sub.target.quote && !choices.dropQuote) QUOTE_FIELDS.forEach((f) => going.add(f));
  if (newRegulation && choices.regulationTitle === undefined) going.add('regulationTitle');
  const confirmed = new Set(choices.confirmedFields ?? []);
  const errors: Array<{ field: string; message: string }> = [];
  for (const { field, flags } of sub.privacy) {
    if (!going.has(field) || flags.length === 0) continue;
    const kinds = [...new Set(flags.map((f) => f.kind))].join(', ');
    const remedy = field === 'regulationTitle' ? 'give the official title in regulationTitle' : 'set dropQuote';
    if (flags.some((f) => f.severity === 'personal_data')) errors.push({ field, message: `contains personal data (${kinds}); ${remedy}` });
    else if (!confirmed.has(field)) errors.push({ field, message: `may contain personal data (${kinds}); check it and add it to confirmedFields, or ${remedy}` });
  }
  if (errors.length) throw new PrivacyBlock(errors);
}

/** The target as it becomes public: without the quoted sentence when the moderator left it out. */
function publicTarget(target: Target, choices: PrivacyChoices): Target {
  return choices.dropQuote ? { ...target, quote: null } : target;
}

/**
 * A law first seen in a submission gets a regulation row, so the target can refer to it. Its title is
 * the one from the report, "zoals gemeld", unless the moderator gave the official one.
 */
async function ensureRegulation(tx: Queryable, bwbId: string, reportedTitle: string, choices: PrivacyChoices): Promise<void> {
  const confirmed = choices.regulationTitle !== undefined;
  await tx.query('INSERT INTO regulations (bwb_id, title, title_confirmed) VALUES ($1, $2, $3) ON CONFLICT (bwb_id) DO NOTHING', [
    bwbId,
    choices.regulationTitle ?? reportedTitle,
    confirmed,
  ]);
}

/** A moderator confirms (or corrects) a title taken from a report. */
export async function confirmRegulationTitle(db: Database, bwbId: string, title: string, actor: string): Promise<number> {
  return db.transaction(async (tx) => {
    const updated = await tx.query('UPDATE regulations SET title = $2, title_confirmed = true WHERE bwb_id = $1 RETURNING bwb_id', [bwbId, title]);
    if (updated.length === 0) throw new ModerationError('not_found', `regulation ${bwbId} is not known`);
    return audit(tx, actor, 'confirm_title', {}, { bwbId, title });
  });
}

/**
 * Adds the report's target to a signal. `mergedOn` is the date of a merge into an existing signal: the
 * signal's sources do not name that target (contract TargetOrigin). A published report is itself the
 * source of its signal, so its target has none.
 */
async function addTarget(tx: Queryable, signalId: string, t: Target, mergedOn: string | null): Promise<void> {
  await tx.query(
    `INSERT INTO signal_targets (signal_id, position, bwb_id, label, lid, path, jci, version_date, text_hash, quote, origin, kind,
       report_merged_on)
     VALUES ($1, (SELECT coalesce(max(position) + 1, 0) FROM signal_targets WHERE signal_id = $1), $2, $3, $4, $5::jsonb,
       $6, $7, $8, $9::jsonb, 'melding', $10, $11)`,
    [signalId, t.bwbId, t.label, t.lid, JSON.stringify(t.path), t.jci, t.versionDate, t.textHash, t.quote ? JSON.stringify(t.quote) : null, t.kind ?? null, mergedOn],
  );
}

async function decision(tx: Queryable, submissionId: string | null, signalId: string | null, auditId: number): Promise<ModerationDecision> {
  return {
    submission: submissionId ? await getSubmission(tx, submissionId, false) : null,
    signal: signalId ? await getSignal(tx, signalId) : null,
    auditId,
  };
}

export async function publish(db: Database, id: string, body: PublishRequest, actor: string): Promise<ModerationDecision> {
  return db.transaction(async (tx) => {
    const sub = await openSubmission(tx, id);
    const newRegulation = !(await isKnownRegulation(tx, sub.target.bwbId));
    checkPublication(sub, body, newRegulation);
    const signalId = `sig-m-${randomBytes(6).toString('hex')}`;
    await ensureRegulation(tx, sub.target.bwbId, sub.regulationTitle, body);
    const today = amsterdamDate();
    await tx.query(
      `INSERT INTO signals (id, title, summary, status, cause, impact_areas, evidence, source_type, status_date,
         department, origin)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, 'melding', $8, $9, 'melding')`,
      [
        signalId,
        body.title,
        body.summary,
        body.status,
        body.cause === undefined ? sub.cause : body.cause,
        JSON.stringify(body.impactAreas ?? sub.impactAreas),
        body.evidence,
        today,
        body.department,
      ],
    );
    // The report cites itself by the reporter's role and the publication date, never by its id.
    await writeSources(tx, signalId, [{ kind: 'melding', citation: reportCitation(sub.role, today), detail: null, date: today, url: null }]);
    await addTarget(tx, signalId, publicTarget(sub.target, body), null);
    await decide(tx, id, 'gepubliceerd', { signalId });
    const auditId = await audit(tx, actor, 'publish', { submissionId: id, signalId }, { title: body.title, status: body.status, statusDate: today });
    return decision(tx, id, signalId, auditId);
  });
}

export async function attach(
  db: Database,
  id: string,
  signalId: string,
  actor: string,
  choices: Omit<AttachRequest, 'signalId'> = {},
): Promise<ModerationDecision> {
  return db.transaction(async (tx) => {
    const sub = await openSubmission(tx, id);
    const [signal] = await tx.query<{ id: string }>('SELECT id FROM signals WHERE id = $1 FOR UPDATE', [signalId]);
    if (!signal) throw new ModerationError('not_found', `signal ${signalId} does not exist`);
    // The report may concern an article the signal does not point at yet.
    const [known] = await tx.query(
      'SELECT 1 FROM signal_targets WHERE signal_id = $1 AND bwb_id = $2 AND label IS NOT DISTINCT FROM $3',
      [signalId, sub.target.bwbId, sub.target.label],
    );
    const targetAdded = !known;
    if (targetAdded) {
      checkPublication(sub, choices, !(await isKnownRegulation(tx, sub.target.bwbId)));
      await ensureRegulation(tx, sub.target.bwbId, sub.regulationTitle, choices);
      await addTarget(tx, signalId, publicTarget(sub.target, choices), amsterdamDate());
    }
    await tx.query('UPDATE signals SET updated_at = now() WHERE id = $1', [signalId]);
    await decide(tx, id, 'samengevoegd', { signalId });
    const auditId = await audit(tx, actor, 'attach', { submissionId: id, signalId }, { targetAdded });
    return decision(tx, id, signalId, auditId);
  });
}

export async function reject(db: Database, id: string, reason: string, actor: string): Promise<ModerationDecision> {
  return db.transaction(async (tx) => {
    await openSubmission(tx, id);
    await decide(tx, id, 'afgewezen', { reason });
    const auditId = await audit(tx, actor, 'reject', { submissionId: id }, { reason });
    return decision(tx, id, null, auditId);
  });
}

const PATCH_COLUMNS = {
  title: 'title',
  summary: 'summary',
  status: 'status',
  cause: 'cause',
  impactAreas: 'impact_areas',
  evidence: 'evidence',
  department: 'department',
} as const satisfies Record<Exclude<keyof SignalPatch, 'statusReason'>, string>;

export async function patchSignal(db: Database, signalId: string, patch: SignalPatch, actor: string): Promise<ModerationDecision> {
  return db.transaction(async (tx) => {
    const sets: string[] = [];
    const params: unknown[] = [signalId];
    const [before] = await tx.query<{ status: string; status_date: string | null }>(
      'SELECT status, status_date::text AS status_date FROM signals WHERE id = $1 FOR UPDATE',
      [signalId],
    );
    if (!before) throw new ModerationError('not_found', `signal ${signalId} does not exist`);
    for (const [key, column] of Object.entries(PATCH_COLUMNS) as Array<[keyof typeof PATCH_COLUMNS, string]>) {
      if (!(key in patch)) continue;
      const value = patch[key];
      params.push(key === 'impactAreas' ? JSON.stringify(value) : value);
      sets.push(`${column} = $${params.length}${key === 'impactAreas' ? '::jsonb' : ''}`);
    }
    // A new status gets today's date as its status date. The audit row keeps the change (and the state
    // before it) for the public status history (repo/status-history.ts).
    const today = amsterdamDate();
    if ('status' in patch) {
      params.push(today);
      sets.push(`status_date = $${params.length}::date`);
    }
    await tx.query(`UPDATE signals SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`, params);
    // Setting the same status again without a reason changes nothing worth a line in the history.
    const statusChange = patch.status && (patch.status !== before.status || patch.statusReason)
      ? { status: patch.status, statusDate: today, statusReason: patch.statusReason ?? null, previous: { status: before.status, statusDate: before.status_date } }
      : {};
    const auditId = await audit(tx, actor, 'edit_signal', { signalId }, { fields: Object.keys(patch), ...statusChange });
    return decision(tx, null, signalId, auditId);
  });
}

/** Today's date where the service's users live (a publication late in the evening is dated that day). */
function amsterdamDate(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(now);
}
