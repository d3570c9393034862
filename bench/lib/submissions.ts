// Valid submissions for load and durability runs. The description carries a unique tag made of
// letters only, so the server's personal-data filter (numbers, e-mail, IBAN …) never trips on it.
import type { SubmissionRequestInput } from '../../utils/contract/api';

/** Encodes n in letters (a…z), e.g. 0 → "a", 27 → "bb". */
export function letterTag(n: number): string {
  let out = '';
  let rest = n;
  do {
    out = String.fromCharCode(97 + (rest % 26)) + out;
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return out;
}

export const TAG_PREFIX = 'bench-tag-';

export function validSubmission(n: number): SubmissionRequestInput {
  return {
    target: { bwbId: 'BWBR0015703', label: '18', versionDate: '2026-01-01' },
    regulationTitle: 'Participatiewet',
    description: `De verlaging van de bijstand raakte een gezin onevenredig hard, meldnummer ${TAG_PREFIX}${letterTag(n)} uit een belastingproef.`,
    affected: 'een gezin met kinderen',
    impactAreas: ['inkomen'],
    role: 'professional_uitvoering',
    consentToPublish: false,
  };
}
