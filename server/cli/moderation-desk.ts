// The moderation actions the CLI needs, on either side of the wire: directly on a database (no server holds
// it) or over HTTP on a running server with its token, so a decision always lands where the server sees it.
import { ModerationDecision, ModerationQueueResponse, ModerationSubmission, ModeratorCreated, type AttachRequest, type PublishRequest } from '../../utils/contract/admin';

/** What a moderator decided about fields flagged with personal data (confirmed, quote left out, official title). */
export type PrivacyChoices = Omit<AttachRequest, 'signalId'>;
import * as accounts from '../desk/accounts';
import type { Database } from '../db/types';
import * as moderation from '../moderation/service';

export interface ModerationDesk {
  readonly kind: 'database' | 'http';
  listQueue(): Promise<ModerationSubmission[]>;
  getSubmission(id: string): Promise<ModerationSubmission | null>;
  publish(id: string, body: PublishRequest): Promise<ModerationDecision>;
  attach(id: string, signalId: string, choices?: PrivacyChoices): Promise<ModerationDecision>;
  reject(id: string, reason: string): Promise<ModerationDecision>;
  /** A personal desk account; returns its one-time token. */
  addModerator(name: string): Promise<string>;
  revokeModerator(name: string): Promise<void>;
}

export function isDesk(value: object): value is ModerationDesk {
  return 'kind' in value && (value.kind === 'database' || value.kind === 'http');
}

const CLI_ACTOR = 'cli';

export function databaseDesk(db: Database): ModerationDesk {
  return {
    kind: 'database',
    listQueue: () => moderation.listQueue(db),
    getSubmission: (id) => moderation.getSubmission(db, id),
    publish: (id, body) => moderation.publish(db, id, body, CLI_ACTOR),
    attach: (id, signalId, choices) => moderation.attach(db, id, signalId, CLI_ACTOR, choices),
    reject: (id, reason) => moderation.reject(db, id, reason, CLI_ACTOR),
    addModerator: (name) => accounts.addModerator(db, name),
    revokeModerator: (name) => accounts.revokeModerator(db, name),
  };
}

/** A refusal or error from the server, as the server worded it (problem+json detail). */
async function failure(response: Response): Promise<Error> {
  let detail = '';
  try {
    const body = (await response.json()) as { title?: string; detail?: string };
    detail = body.detail ?? body.title ?? '';
  } catch {
    detail = response.statusText;
  }
  if (response.status === 404 || response.status === 409) return new moderation.ModerationError(response.status === 404 ? 'not_found' : 'conflict', detail);
  return new Error(`The server answered ${response.status}${detail ? ` (${detail})` : ''}.`);
}

export function httpDesk(baseUrl: string, token: string): ModerationDesk {
  async function call<T>(path: string, schema: { parse(v: unknown): T }, body?: unknown, method = body === undefined ? 'GET' : 'POST'): Promise<T> {
    const response = await fetch(new URL(path, baseUrl), {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw await failure(response);
    return schema.parse(response.status === 204 ? undefined : await response.json());
  }
  const item = (id: string) => `/v1/moderation/submissions/${encodeURIComponent(id)}`;
  return {
    kind: 'http',
    listQueue: async () => (await call('/v1/moderation/queue', ModerationQueueResponse)).items,
    async getSubmission(id) {
      try {
        return await call(item(id), ModerationSubmission);
      } catch (error) {
        if (error instanceof moderation.ModerationError && error.code === 'not_found') return null;
        throw error;
      }
    },
    publish: (id, body) => call(`${item(id)}/publish`, ModerationDecision, body),
    attach: (id, signalId, choices) => call(`${item(id)}/attach`, ModerationDecision, { signalId, ...choices }),
    reject: (id, reason) => call(`${item(id)}/reject`, ModerationDecision, { reason }),
    addModerator: async (name) => (await call('/v1/moderation/moderators', ModeratorCreated, { name })).token,
    revokeModerator: (name) => call(`/v1/moderation/moderators/${encodeURIComponent(name)}`, { parse: () => undefined }, undefined, 'DELETE'),
  };
}
