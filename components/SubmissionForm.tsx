import { useState } from 'preact/hooks';
import type { SubmissionRequestInput } from '../utils/contract/api';
import { REPORTER_ROLES, type ReporterRoleValue } from '../utils/overlay/roles';
import { formatDate, type Language, type Translate } from '../utils/i18n';
import type { SubmitResult } from '../utils/extension/messages';
import type { ArticleOnPage, RegulationIdentity } from '../utils/recognition/types';

export interface SubmissionFormProps {
  regulation: RegulationIdentity;
  article: ArticleOnPage;
  language: Language;
  t: Translate;
  submit: (request: SubmissionRequestInput) => Promise<SubmitResult>;
  onCancel: () => void;
}

/** Report a new example tied to the exact article and version on this page. */
export function SubmissionForm({ regulation, article, language, t, submit, onCancel }: SubmissionFormProps) {
  const [description, setDescription] = useState('');
  const [role, setRole] = useState<ReporterRoleValue>('burger');
  const [consent, setConsent] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: Event) {
    event.preventDefault();
    if (description.trim().length < 20) {
      setOutcome(t('formInvalid', { message: t('formTooShort') }));
      return;
    }
    setBusy(true);
    const result = await submit({
      target: {
        bwbId: regulation.bwbId,
        label: article.label,
        path: article.path,
        jci: article.jci,
        versionDate: regulation.versionDate,
        textHash: article.textHash,
      },
      regulationTitle: regulation.title,
      description,
      role,
      consentToPublish: consent,
    });
    setBusy(false);
    if (result.state === 'invalid') {
      setOutcome(t('formInvalid', { message: result.errors.map((e) => `${e.field}: ${e.message}`).join('; ') }));
    } else {
      setOutcome(result.state === 'sent' ? t('formSent') : t('formQueued'));
      setDescription('');
    }
  }

  return (
    <form class="ws-form" onSubmit={onSubmit} aria-labelledby="ws-form-h">
      <h3 id="ws-form-h">{t('formTitle', { label: article.label })}</h3>
      <div class="ws-prefilled">
        <span>{t('formLaw')}</span>
        <span>{regulation.title}</span>
        <span>{t('formArticle')}</span>
        <span>{article.label}</span>
        {regulation.versionDate && (
          <>
            <span>{t('formVersion')}</span>
            <span>{formatDate(regulation.versionDate, language)}</span>
          </>
        )}
        <span>JCI</span>
        <span>{article.jci}</span>
      </div>
      <label for="ws-description">{t('formDescription')}</label>
      <p id="ws-description-hint" class="ws-note">
        {t('formDescriptionHint')}
      </p>
      <textarea
        id="ws-description"
        rows={6}
        required
        minLength={20}
        maxLength={5000}
        aria-describedby="ws-description-hint"
        value={description}
        onInput={(e) => setDescription(e.currentTarget.value)}
      />
      <label for="ws-role">{t('formRole')}</label>
      <select id="ws-role" value={role} onChange={(e) => setRole(e.currentTarget.value as ReporterRoleValue)}>
        {REPORTER_ROLES.map(({ value, key }) => (
          <option key={value} value={value}>
            {t(key)}
          </option>
        ))}
      </select>
      <label class="ws-check">
        <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.currentTarget.checked)} />
        <span>{t('formConsent')}</span>
      </label>
      <div class="ws-actions">
        <button type="submit" class="ws-button ws-primary" disabled={busy}>
          {t('formSend')}
        </button>
        <button type="button" class="ws-button" onClick={onCancel}>
          {t('formCancel')}
        </button>
      </div>
      <p role="status" aria-live="polite">
        {outcome}
      </p>
    </form>
  );
}
