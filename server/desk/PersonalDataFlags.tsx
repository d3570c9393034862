// Personal-data flags per field of a submission, from the privacy detector. One component, so per-field flags
// from the admin API can replace the local detection in one place.
import { findPersonalData, type PersonalDataKind } from '../../utils/privacy/detect';
import type { ModerationSubmission } from '../../utils/contract/admin';
import type { WebText } from '../web/strings';

const FIELDS = ['description', 'affected', 'otherLaw'] as const;
export type PersonalDataFlag = { field: (typeof FIELDS)[number]; kinds: PersonalDataKind[] };

export function personalDataFlags(submission: ModerationSubmission): PersonalDataFlag[] {
  return FIELDS.flatMap((field) => {
    const kinds = [...new Set(findPersonalData(submission[field] ?? '').map((f) => f.kind))];
    return kinds.length ? [{ field, kinds }] : [];
  });
}

export function PersonalDataFlags({ flags, text }: { flags: PersonalDataFlag[]; text: WebText }) {
  const nl = text.language === 'nl';
  if (flags.length === 0) {
    return <p class="utrecht-paragraph">{nl ? 'Geen persoonsgegevens gevonden.' : 'No personal data found.'}</p>;
  }
  return (
    <div class="utrecht-alert utrecht-alert--warning" role="note">
      <p class="utrecht-paragraph">
        <strong>{nl ? 'Mogelijk persoonsgegevens — haal ze weg vóór publicatie:' : 'Possible personal data — remove before publishing:'}</strong>
      </p>
      <ul class="utrecht-unordered-list">
        {flags.map((flag) => (
          <li class="utrecht-unordered-list__item" key={flag.field}>
            {flag.field}: {flag.kinds.map((k) => text.labels.personalData[k]).join(', ')}
          </li>
        ))}
      </ul>
    </div>
  );
}
