// `npm run moderate -- <command>`: moderation from a terminal.
//   list                                   open submissions
//   show <id>                              one submission, with contact address
//   publish <id> --title … --summary … [--status …]
//   attach <id> <signalId>
//   reject <id> --reason …
//   add-moderator <name>                   a personal desk account; prints its one-time token
//   revoke-moderator <name>                ends the account and its sessions
// Where the decisions go, so that none is lost:
//   - API_URL set, or a live server holds the PGlite directory (its lock file names its address): over HTTP to
//     that server, with ADMIN_TOKEN; without a token it refuses rather than opening the directory a second time.
//   - otherwise directly on the database (DATABASE_URL for PostgreSQL, else PGlite in DATA_DIR, default ./data),
//     holding the directory's lock while it works.
import { parseArgs } from 'node:util';
import { AttachRequest, PublishRequest, RejectRequest, type ModerationDecision } from '../../utils/contract/admin';
import { DataDirBusy, liveHolder } from '../db/dir-lock';
import { AccountError } from '../desk/accounts';
import { migrate } from '../db/migrate';
import { openDatabase } from '../db/open';
import type { Database } from '../db/types';
import * as moderation from '../moderation/service';
import { loadSeed } from '../seed/load';
import { databaseDesk, httpDesk, isDesk, type ModerationDesk } from './moderation-desk';

export const USAGE = `Usage: npm run moderate -- <command>
  list                                          open submissions
  show <id>                                     one submission, with contact address
  publish <id> --title <text> --summary <text> [--status <status>]
  attach <id> <signalId>                        merge into an existing signal
    publish and attach take, for fields flagged with personal data ("show" lists them under privacy):
    [--confirm <field>]… [--drop-quote] [--regulation-title <official title>]
  reject <id> --reason <text>
  add-moderator <name>                          personal account for the desk (/moderatie); prints a one-time token
  revoke-moderator <name>                       revoke the account and end its sessions
Through a running server: API_URL (or found via DATA_DIR's lock file) and ADMIN_TOKEN.
Otherwise on the database: DATABASE_URL (PostgreSQL) or DATA_DIR (PGlite, default ./data).`;

export class UsageError extends Error {}

/** The CLI cannot work safely (a server holds the directory and no token was given); exit code 3. */
export class RefusedError extends Error {}

function need(value: string | undefined, what: string): string {
  if (!value) throw new UsageError(`missing ${what}`);
  return value;
}

function parseOrUsage<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } } }, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new UsageError(parsed.error.issues.map((i) => `--${i.path.map(String).join('.') || 'input'}: ${i.message}`).join('\n'));
  }
  return parsed.data;
}

function describe(d: ModerationDecision): string {
  const lines = [`audit #${d.auditId}`];
  if (d.submission) lines.push(`submission ${d.submission.id}: ${d.submission.state}`);
  if (d.signal) lines.push(`signal ${d.signal.id}: ${d.signal.title} (${d.signal.status})`);
  return lines.join('\n');
}

/** Runs one command and returns what to print; throws UsageError for bad input. */
export async function runModerate(target: Database | ModerationDesk, argv: string[]): Promise<string> {
  const desk = isDesk(target) ? target : databaseDesk(target);
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      title: { type: 'string' },
      summary: { type: 'string' },
      status: { type: 'string' },
      reason: { type: 'string' },
      confirm: { type: 'string', multiple: true },
      'drop-quote': { type: 'boolean' },
      'regulation-title': { type: 'string' },
    },
  });
  const [command, id, extra] = positionals;
  const privacyChoices = {
    ...(values.confirm ? { confirmedFields: values.confirm } : {}),
    ...(values['drop-quote'] ? { dropQuote: true } : {}),
    ...(values['regulation-title'] ? { regulationTitle: values['regulation-title'] } : {}),
  };
  switch (command) {
    case 'list': {
      const queue = await desk.listQueue();
      if (queue.length === 0) return 'No open submissions.';
      return queue
        .map((s) => `${s.id}  ${s.receivedAt}  ${s.target.bwbId}${s.target.label ? ` art. ${s.target.label}` : ''}  ${s.description.slice(0, 60).replace(/\s+/g, ' ')}`)
        .join('\n');
    }
    case 'show': {
      const submission = await desk.getSubmission(need(id, '<id>'));
      if (!submission) throw new UsageError(`submission ${id} does not exist`);
      return JSON.stringify(submission, null, 2);
    }
    case 'publish': {
      const body = parseOrUsage(PublishRequest, {
        title: values.title,
        summary: values.summary,
        ...(values.status ? { status: values.status } : {}),
        ...privacyChoices,
      });
      return describe(await desk.publish(need(id, '<id>'), body));
    }
    case 'attach': {
      const { signalId, ...choices } = parseOrUsage(AttachRequest, { signalId: need(extra, '<signalId>'), ...privacyChoices });
      return describe(await desk.attach(need(id, '<id>'), signalId, choices));
    }
    case 'reject': {
      const { reason } = parseOrUsage(RejectRequest, { reason: values.reason });
      return describe(await desk.reject(need(id, '<id>'), reason));
    }
    case 'add-moderator': {
      const name = need(id, '<name>');
      const token = await desk.addModerator(name);
      return `Moderator ${name} added. One-time token (shown only now; give it to ${name} to sign in at /moderatie):\n${token}`;
    }
    case 'revoke-moderator': {
      const name = need(id, '<name>');
      await desk.revokeModerator(name);
      return `Moderator ${name} revoked; their sessions have ended.`;
    }
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  }
}

function refusal(holder: { pid: number; url?: string }, dir: string): RefusedError {
  return new RefusedError(
    `Een draaiende server (proces ${holder.pid}${holder.url ? `, ${holder.url}` : ''}) gebruikt de database in ${dir}.\n` +
      `A running server (process ${holder.pid}${holder.url ? `, ${holder.url}` : ''}) is using the database in ${dir}.\n` +
      'Moderating next to it on the same directory would lose your decisions, so nothing was changed.\n' +
      'Give the server\'s token to moderate through it: ADMIN_TOKEN=… npm run moderate -- …\n' +
      '(or stop the server first, or use the desk at /moderatie).',
  );
}

/** Chooses how to reach the data: the running server over HTTP, or the database itself. */
async function withDesk<T>(env: NodeJS.ProcessEnv, work: (desk: ModerationDesk) => Promise<T>): Promise<T> {
  const token = env.ADMIN_TOKEN || undefined;
  if (env.API_URL) {
    if (!token) throw new RefusedError('API_URL is set but ADMIN_TOKEN is not: the server needs the token to moderate.');
    return work(httpDesk(env.API_URL, token));
  }
  const dataDir = env.DATA_DIR || './data';
  if (!env.DATABASE_URL) {
    const holder = liveHolder(dataDir);
    if (holder?.role === 'server' && holder.url && token) return work(httpDesk(holder.url, token));
    if (holder) throw refusal(holder, dataDir);
  }
  let db: Database;
  try {
    db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir, role: 'cli' });
  } catch (error) {
    // A server started between the check and the open.
    if (error instanceof DataDirBusy) throw refusal(error.holder, dataDir);
    throw error;
  }
  try {
    await migrate(db);
    await loadSeed(db);
    return await work(databaseDesk(db));
  } finally {
    await db.close();
  }
}

async function main() {
  try {
    console.log(await withDesk(process.env, (desk) => runModerate(desk, process.argv.slice(2))));
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error)) {
      console.error(`${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else if (error instanceof moderation.PrivacyBlock) {
      console.error(error.errors.map((e) => `${e.field}: ${e.message}`).join('\n'));
      process.exitCode = 1;
    } else if (error instanceof moderation.ModerationError || error instanceof AccountError) {
      console.error(error.message);
      process.exitCode = 1;
    } else if (error instanceof RefusedError) {
      console.error(error.message);
      process.exitCode = 3;
    } else {
      throw error;
    }
  }
}

if (process.argv[1]?.endsWith('moderate.ts')) void main();
