// Personal-data flags per field of a submission, from the privacy detector. One component, so per-field flags
// from the admin API can replace the local detection in one place.
import { findPersonalData, type PersonalDataKind } from '../../utils/privacy/detect';
import type { ModerationSubmission } from '../../utils/contract/admin';
import type { WebKey, WebText } from '../web/strings';

const FIELDS = ['description', 'affected', 'otherLaw'] as const;
export type PersonalDataFlag = { field: (typeof FIELDS)[number]; kinds: PersonalDataKind[] };

/** How the desk names each free-text field of a submission. */
export const FIELD_LABEL = { description: 'deskWhatHappened', affected: 'deskAffected', otherLaw: 'deskOtherLaw' } as const satisfies Record<
  PersonalDataFlag['field'],
  WebKey
>;

export function personalDataFlags(submission: ModerationSubmission): PersonalDataFlag[] {
  return FIELDS.flatMap((field) => {
    const kinds = [...new Set(findPersonalData(submission[field] ?? '').map((f) => f.kind))];
    return kinds.length ? [{ field, kinds }] : [];
  });
}

export function PersonalDataFlags({ flags, text }: { flags: PersonalDataFlag[]; text: WebText }) {
  const { t } = text;
  if (flags.length === 0) {
    return (
      <p class="utrecht-paragraph" data-testid="personal-data-none">
        {t('deskNoPersonalData')}
      </p>
    );
  }
  return (
    <div class="utrecht-alert utrecht-alert--warning" role="note" data-testid="personal-data-flags">
      <p class="utrecht-paragraph">
        <strong>{t('deskPersonalDataFound')}</strong>
      </p>
      <ul class="utrecht-unordered-list">
        {flags.map((flag) => (
          <li class="utrecht-unordered-list__item" key={flag.field}>
            {t(FIELD_LABEL[flag.field])}: {flag.kinds.map((k) => text.labels.personalData[k]).join(', ')}
          </li>
        ))}
      </ul>
    </div>
  );
}
