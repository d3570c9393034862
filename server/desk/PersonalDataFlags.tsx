// Personal-data flags on every public text field of a submission (the server's own check, the same one that
// refuses publication), and the choices a moderator makes about them in the publish and merge forms: leave
// the quote out, confirm a field flagged as "maybe a name or address", give an unknown law's official title.
import type { ComponentChildren } from 'preact';
import type { FieldPrivacy, ModerationSubmission } from '../../utils/contract/admin';
import type { PublicTextField } from '../../utils/privacy/field-check';
import type { WebText } from '../web/strings';

const tr = (text: WebText, nl: string, en: string) => (text.language === 'nl' ? nl : en);
const QUOTE_FIELDS: PublicTextField[] = ['target.quote.exact', 'target.quote.prefix', 'target.quote.suffix'];

function valueOf(submission: ModerationSubmission, field: PublicTextField): string {
  const quote = submission.target.quote;
  if (field === 'target.quote.exact') return quote?.exact ?? '';
  if (field === 'target.quote.prefix') return quote?.prefix ?? '';
  if (field === 'target.quote.suffix') return quote?.suffix ?? '';
  return submission[field] ?? '';
}

const flagged = (submission: ModerationSubmission): FieldPrivacy[] => submission.privacy.filter((p) => p.flags.length > 0);

export function PersonalDataFlags({ submission, text }: { submission: ModerationSubmission; text: WebText }) {
  const fields = flagged(submission);
  if (fields.length === 0) {
    return <p class="utrecht-paragraph">{tr(text, 'Geen persoonsgegevens gevonden.', 'No personal data found.')}</p>;
  }
  return (
    <div class="utrecht-alert utrecht-alert--warning" role="note" data-testid="privacy-flags">
      <div class="utrecht-alert__content">
      <p class="utrecht-paragraph">
        <strong>{tr(text, 'Mogelijk persoonsgegevens. Niets hiervan wordt openbaar zonder uw keuze hieronder.', 'Possible personal data. None of it becomes public without your choice below.')}</strong>
      </p>
      <ul class="utrecht-unordered-list">
        {fields.map(({ field, flags }) => {
          const value = valueOf(submission, field);
          return (
            <li class="utrecht-unordered-list__item" key={field} data-field={field}>
              {text.labels.publicTextField[field]}:{' '}
              {flags.map((f, i) => (
                <span key={i}>
                  {i > 0 && '; '}
                  <mark class="utrecht-mark">{value.slice(f.start, f.end)}</mark> (
                  {f.severity === 'personal_data'
                    ? `${text.labels.personalData[f.kind as keyof typeof text.labels.personalData]}, ${tr(text, 'wordt niet gepubliceerd', 'will not be published')}`
                    : `${text.labels.reviewFlag[f.kind as keyof typeof text.labels.reviewFlag]}, ${tr(text, 'controleer', 'check')}`}
                  )
                </span>
              ))}
            </li>
          );
        })}
      </ul>
      <p class="utrecht-paragraph">
        {tr(
          text,
          'De beschrijving en "wie het treft" worden nooit gepubliceerd: u schrijft zelf de openbare tekst. De aangehaalde zin en een gemelde titel wel.',
          'The description and "who is affected" are never published: you write the public text yourself. The quoted sentence and a reported title are.',
        )}
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
      <legend class="utrecht-form-fieldset__legend">{tr(text, 'Wat wordt openbaar', 'What becomes public')}</legend>
      {hasQuote && (
        <Check id={`${form}-dropQuote`} name="dropQuote" value="1">
          {tr(text, 'Publiceer zonder de aangehaalde zin', 'Publish without the quoted sentence')}
          {quoteFlags.length > 0 && tr(text, ' (aangeraden: de zin is gemarkeerd)', ' (advised: the sentence is flagged)')}
        </Check>
      )}
      {reviewOnly.map((p) => (
        <Check id={`${form}-confirm-${p.field}`} name="confirm" value={p.field} key={p.field}>
          {tr(text, `Gecontroleerd: "${text.labels.publicTextField[p.field]}" bevat geen persoonsgegevens`, `Checked: "${text.labels.publicTextField[p.field]}" holds no personal data`)}
        </Check>
      ))}
      {!knownRegulation && (
        <div class="utrecht-form-field">
          <label class="utrecht-form-label" for={`${form}-regulationTitle`}>
            {tr(text, `Officiële titel van de wet (gemeld als "${submission.regulationTitle}")`, `Official title of the law (reported as "${submission.regulationTitle}")`)}
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
  return tr(
    text,
    `Niet gedaan: ${names} kan persoonsgegevens bevatten. Kies hieronder: zonder de zin publiceren, bevestigen dat u het gecontroleerd hebt, of de officiële titel invullen.`,
    `Not done: ${names} may hold personal data. Choose below: publish without the sentence, confirm you checked it, or give the official title.`,
  );
}
