// `npm run moderate -- <command>`: moderation from a terminal, on the same database layer as the API
// (env DATABASE_URL for PostgreSQL, otherwise PGlite in DATA_DIR, default ./data).
//   list                                   open submissions
//   show <id>                              one submission, with contact address
//   publish <id> --title … --summary … [--status …]
//   attach <id> <signalId>
//   reject <id> --reason …
import { parseArgs } from 'node:util';
import { AttachRequest, PublishRequest, RejectRequest, type ModerationDecision } from '../../utils/contract/admin';
import { migrate } from '../db/migrate';
import { openDatabase } from '../db/open';
import type { Database } from '../db/types';
import * as moderation from '../moderation/service';
import { loadSeed } from '../seed/load';

export const USAGE = `Usage: npm run moderate -- <command>
  list                                          open submissions
  show <id>                                     one submission, with contact address
  publish <id> --title <text> --summary <text> [--status <status>]
  attach <id> <signalId>                        merge into an existing signal
    publish and attach take, for fields flagged with personal data ("show" lists them under privacy):
    [--confirm <field>]… [--drop-quote] [--regulation-title <official title>]
  reject <id> --reason <text>
Database: DATABASE_URL (PostgreSQL) or DATA_DIR (PGlite, default ./data).`;

export class UsageError extends Error {}

const ACTOR = 'cli';

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
export async function runModerate(db: Database, argv: string[]): Promise<string> {
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
      const queue = await moderation.listQueue(db);
      if (queue.length === 0) return 'No open submissions.';
      return queue
        .map((s) => `${s.id}  ${s.receivedAt}  ${s.target.bwbId}${s.target.label ? ` art. ${s.target.label}` : ''}  ${s.description.slice(0, 60).replace(/\s+/g, ' ')}`)
        .join('\n');
    }
    case 'show': {
      const submission = await moderation.getSubmission(db, need(id, '<id>'));
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
      return describe(await moderation.publish(db, need(id, '<id>'), body, ACTOR));
    }
    case 'attach': {
      const { signalId, ...choices } = parseOrUsage(AttachRequest, { signalId: need(extra, '<signalId>'), ...privacyChoices });
      return describe(await moderation.attach(db, need(id, '<id>'), signalId, ACTOR, choices));
    }
    case 'reject': {
      const { reason } = parseOrUsage(RejectRequest, { reason: values.reason });
      return describe(await moderation.reject(db, need(id, '<id>'), reason, ACTOR));
    }
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  }
}

async function main() {
  const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.DATA_DIR || './data' });
  try {
    await migrate(db);
    await loadSeed(db);
    console.log(await runModerate(db, process.argv.slice(2)));
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error)) {
      console.error(`${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else if (error instanceof moderation.PrivacyBlock) {
      console.error(error.errors.map((e) => `${e.field}: ${e.message}`).join('\n'));
      process.exitCode = 1;
    } else if (error instanceof moderation.ModerationError) {
      console.error(error.message);
      process.exitCode = 1;
    } else {
      throw error;
    }
  } finally {
    await db.close();
  }
}

if (process.argv[1]?.endsWith('moderate.ts')) void main();
