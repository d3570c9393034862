import type { Translate } from '../utils/i18n';
import type { Labels } from '../utils/i18n/catalog';
import type { PersonalDataFinding } from '../utils/privacy/detect';
import { highlightSegments } from '../utils/privacy/scrub';

export interface PersonalDataNoticeProps {
  text: string;
  findings: PersonalDataFinding[];
  onRedact: () => void;
  labels: Labels;
  t: Translate;
}

/** Shows the user's text with the personal data marked, and one button to take it out. */
export function PersonalDataNotice({ text, findings, onRedact, labels, t }: PersonalDataNoticeProps) {
  if (findings.length === 0) return null;
  const kinds = [...new Set(findings.map((f) => labels.personalData[f.kind]))];
  return (
    <div class="ws-privacy" role="alert">
      <p class="ws-warning">
        {t('formPrivacyFound')} {kinds.join(', ')}
      </p>
      <p class="ws-note">
        {highlightSegments(text, findings).map((segment, i) =>
          segment.finding ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
        )}
      </p>
      <button type="button" class="ws-button" onClick={onRedact}>
        {t('formRedact')}
      </button>
    </div>
  );
}
