// Personal data sent through every public text field of a submission, over HTTP, with the labelled
// corpora of test/unit/privacy (personal data in many written forms, and law-like text that must
// pass). Certain kinds must be refused (422); names and street addresses must be accepted but flagged
// on that field in the moderation view; law-like text must be accepted without any flag.
import development from '../../test/unit/privacy/labelled-corpus.json';
import heldOut from '../../test/unit/privacy/heldout-corpus.json';
import { ModerationSubmission } from '../../utils/contract/admin';
import { SubmissionAck, type SubmissionRequestInput } from '../../utils/contract/api';
import { PERSONAL_DATA_KINDS } from '../../utils/privacy/detect';
import type { PublicTextField } from '../../utils/privacy/field-check';
import { validSubmission } from './submissions';

const FIELDS = ['description', 'target.quote.exact', 'regulationTitle'] as const satisfies readonly PublicTextField[];
const CERTAIN = new Set<string>(PERSONAL_DATA_KINDS);

export interface PersonalDataTally {
  tried: number;
  /** Per kind: cases sent and cases caught (refused, or flagged on the right field). */
  byKind: Map<string, { sent: number; caught: number }>;
  falsePositives: number;
  lawLikeSent: number;
  serverErrors: number;
  misses: string[];
}

function bodyWith(field: (typeof FIELDS)[number], text: string, n: number): SubmissionRequestInput {
  const body = validSubmission(n);
  if (field === 'description') return { ...body, description: `Wat er gebeurde: ${text}` };
  if (field === 'regulationTitle') return { ...body, regulationTitle: text.slice(0, 300) };
  return { ...body, target: { ...body.target, quote: { exact: text, prefix: '', suffix: '', start: 0, end: text.length } } };
}

export async function sendPersonalData(baseUrl: string, adminToken: string): Promise<PersonalDataTally> {
  const tally: PersonalDataTally = { tried: 0, byKind: new Map(), falsePositives: 0, lawLikeSent: 0, serverErrors: 0, misses: [] };
  const items = [...development.positives, ...heldOut.positives, ...development.negatives, ...heldOut.negatives];
  let n = 0;
  for (const item of items) {
    for (const field of FIELDS) {
      tally.tried++;
      const res = await fetch(`${baseUrl}/v1/submissions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `privacy-bench-${n}` },
        body: JSON.stringify(bodyWith(field, item.text, n++)),
      });
      if (res.status >= 500) tally.serverErrors++;
      let flagged = new Set<string>();
      let refused = false;
      if (res.status === 422) refused = true;
      else if (res.status === 202) {
        const ack = SubmissionAck.parse(await res.json());
        const view = ModerationSubmission.parse(
          await (await fetch(`${baseUrl}/v1/moderation/submissions/${ack.id}`, { headers: { Authorization: `Bearer ${adminToken}` } })).json(),
        );
        flagged = new Set(view.privacy.find((p) => p.field === field)?.flags.map((f) => f.kind));
      } else await res.body?.cancel();
      if (item.kinds.length === 0) {
        tally.lawLikeSent++;
        if (refused || flagged.size > 0) {
          tally.falsePositives++;
          tally.misses.push(`false positive in ${field}: ${item.text}`);
        }
        continue;
      }
      for (const kind of item.kinds) {
        const count = tally.byKind.get(kind) ?? { sent: 0, caught: 0 };
        count.sent++;
        // A certain kind is caught when refused; a name or address when accepted with a flag for review.
        const caught = CERTAIN.has(kind) ? refused : refused || flagged.has(kind);
        if (caught) count.caught++;
        else tally.misses.push(`missed ${kind} in ${field}: ${item.text}`);
        tally.byKind.set(kind, count);
      }
    }
  }
  return tally;
}
