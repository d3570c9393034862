// Personal-data flags on every public text field of a submission (the server's own check, the same one that
// refuses publication), and the choices a moderator makes about them in the publish and merge forms: leave
// the quote out, confirm a field flagged as "maybe a name or address", give an unknown law's official title.
import type { ComponentChildren } from 'preact';
import type { FieldPrivacy, ModerationSubmission } from '../../utils/contract/admin';
import { publicTextOf, QUOTE_FIELDS, type PublicTextField } from '../../utils/privacy/field-check';
import type { WebText } from '../web/strings';

const flagged = (submission: ModerationSubmission): FieldPrivacy[] => submission.privacy.filter((p) => p.flags.length > 0);

export function PersonalDataFlags({ submission, text }: { submission: ModerationSubmission; text: WebText }) {
  const fields = flagged(submission);
  if (fields.length === 0) {
    return (
      <p class="utrecht-paragraph" data-testid="personal-data-none">
        {text.t('deskNoPersonalData')}
      </p>
    );
  }
  return (
    <div class="utrecht-alert utrecht-alert--warning" role="note" data-testid="privacy-flags">
      <div class="utrecht-alert__content">
      <p class="utrecht-paragraph">
        <strong>{text.t('deskPersonalDataFound')}</strong>
      </p>
      <ul class="utrecht-unordered-list">
        {fields.map(({ field, flags }) => {
          const value = publicTextOf(submission, field);
          return (
            <li class="utrecht-unordered-list__item" key={field} data-field={field}>
              {text.labels.publicTextField[field]}:{' '}
              {flags.map((f, i) => (
                <span key={i}>
                  {i > 0 && '; '}
                  <mark class="utrecht-mark">{value.slice(f.start, f.end)}</mark> (
                  {f.severity === 'personal_data'
                    ? `${text.labels.personalData[f.kind as keyof typeof text.labels.personalData]}, ${text.t('deskNotPublished')}`
                    : `${text.labels.reviewFlag[f.kind as keyof typeof text.labels.reviewFlag]}, ${text.t('deskCheck')}`}
                  )
                </span>
              ))}
            </li>
          );
        })}
      </ul>
      <p class="utrecht-paragraph">
        {text.t('deskWhatIsPublished')}
      </p>
      </div>
    </div>
  );
}

function Check({ id, name, value, children }: { id: string; name: string; value: string; children: ComponentChildren }) {
  return (
    <div class="utrecht-form-field utrecht-form-field--checkbox">
      <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id={id} name={name} value={value} />
      <label class="utrecht-form-label utrecht-form-label--checkbox" for={id}>
        {children}
      </label>
    </div>
  );
}

/**
 * The privacy choices inside one decision form (`form` keeps ids unique when two forms show them): only the
 * fields that would become public and carry flags ask for a choice.
 */
export function PrivacyChoices({ submission, knownRegulation, form, text }: { submission: ModerationSubmission; knownRegulation: boolean; form: string; text: WebText }) {
  const quoteFlags = flagged(submission).filter((p) => QUOTE_FIELDS.includes(p.field));
  const reviewOnly = quoteFlags.filter((p) => p.flags.every((f) => f.severity === 'review'));
  const hasQuote = submission.target.quote !== null;
  if (!hasQuote && knownRegulation) return null;
  return (
    <fieldset class="utrecht-form-fieldset" data-testid={`privacy-choices-${form}`}>
      <legend class="utrecht-form-fieldset__legend">{text.t('deskWhatBecomesPublic')}</legend>
      {hasQuote && (
        <Check id={`${form}-dropQuote`} name="dropQuote" value="1">
          {text.t('deskDropQuote')}
          {quoteFlags.length > 0 && ` ${text.t('deskDropQuoteAdvised')}`}
        </Check>
      )}
      {reviewOnly.map((p) => (
        <Check id={`${form}-confirm-${p.field}`} name="confirm" value={p.field} key={p.field}>
          {text.t('deskConfirmField', { field: text.labels.publicTextField[p.field] })}
        </Check>
      ))}
      {!knownRegulation && (
        <div class="utrecht-form-field">
          <label class="utrecht-form-label" for={`${form}-regulationTitle`}>
            {text.t('deskOfficialTitle', { title: submission.regulationTitle })}
          </label>
          <input class="utrecht-textbox utrecht-textbox--html-input" id={`${form}-regulationTitle`} name="regulationTitle" maxLength={300} />
        </div>
      )}
    </fieldset>
  );
}

/** A refusal from the service, in the desk's language, naming the fields by their labels. */
export function privacyBlockMessage(fields: string[], text: WebText): string {
  const names = fields.map((f) => text.labels.publicTextField[f as PublicTextField] ?? f).join(', ');
  return text.t('deskPrivacyBlock', { fields: names });
}
