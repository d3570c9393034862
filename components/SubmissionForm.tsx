import { useEffect, useState } from 'preact/hooks';
import type { SubmissionRequestInput } from '../utils/contract/api';
import type { Quote } from '../utils/contract/identity';
import { CAUSES, IMPACT_AREAS, type Cause, type ImpactArea } from '../utils/contract/constants';
import { formatDate, type Language, type Translate } from '../utils/i18n';
import type { Labels } from '../utils/i18n/catalog';
import type { SubmitResult } from '../utils/extension/messages';
import { REPORTER_ROLES, type ReporterRoleValue } from '../utils/overlay/roles';
import type { PersonalDataFinding } from '../utils/privacy/detect';
import type { ReviewFlag } from '../utils/privacy/names';
import type { ArticleIdentity, RegulationIdentity } from '../utils/recognition/types';
import { PersonalDataNotice } from './PersonalDataNotice';
import { FormStep, SentSummary, type ReviewedText } from './SubmissionReview';
import { joinSegments, reviewSegments } from '../utils/privacy/review';

export interface Draft {
  description: string;
  affected: string;
  lid: string;
  impactAreas: ImpactArea[];
  cause: Cause | null;
  otherLaw: string;
  role: ReporterRoleValue;
  contactEmail: string;
  consent: boolean;
}

export interface DraftStore {
  load: (key: string) => Promise<Draft | null>;
  save: (key: string, draft: Draft) => Promise<void>;
  clear: (key: string) => Promise<void>;
}

/** Personal-data detection and redaction, done by the background (keeps the page bundle small). */
export interface PrivacyCheck {
  find: (text: string) => Promise<PersonalDataFinding[]>;
  redact: (text: string) => Promise<string>;
  /** Likely names and street addresses: never replaced, marked in the review for the citizen to decide. */
  flag: (text: string) => Promise<ReviewFlag[]>;
}

export interface SubmissionFormProps {
  regulation: Pick<RegulationIdentity, 'bwbId' | 'title' | 'versionDate'>;
  /** The article, or (label and jci null) the whole text of a regulation without articles. */
  article: { label: ArticleIdentity['label'] | null; path: ArticleIdentity['path']; jci: string | null; textHash: string };
  /** The sentence the user selected in the article before opening the form, if any. */
  quote: Quote | null;
  /** The lid that sentence is in: the lid field starts with it. */
  lid?: string | null;
  drafts: DraftStore;
  privacy: PrivacyCheck;
  language: Language;
  labels: Labels;
  t: Translate;
  submit: (request: SubmissionRequestInput) => Promise<SubmitResult>;
  onCancel: () => void;
  /** Where the citizen follows the report's status ("mijn meldingen"), linked from the receipt. */
  statusPage?: string;
}

/** A report ready to send, and its free texts as they will be sent (personal data replaced, marked). */
interface Reviewed {
  request: SubmissionRequestInput;
  texts: ReviewedText[];
}

/** Findings for the latest text; a stale answer for older text is ignored. */
function useFindings(privacy: PrivacyCheck, text: string): PersonalDataFinding[] {
  const [state, setState] = useState<{ text: string; findings: PersonalDataFinding[] }>({ text: '', findings: [] });
  useEffect(() => {
    let current = true;
    void privacy.find(text).then((findings) => current && setState({ text, findings }));
    return () => {
      current = false;
    };
  }, [text]);
  return state.text === text ? state.findings : [];
}

const EMPTY: Draft = {
  description: '',
  affected: '',
  lid: '',
  impactAreas: [],
  cause: null,
  otherLaw: '',
  role: 'burger',
  contactEmail: '',
  consent: false,
};

/** Report a new example tied to the exact article, version and (optionally) sentence on this page. */
export function SubmissionForm(props: SubmissionFormProps) {
  const { regulation, article, drafts, privacy, language, labels, t, submit, onCancel } = props;
  const draftKey = `${regulation.bwbId}|${article.label ?? ''}`;
  const wholeRegulation = article.label === null;
  const fresh: Draft = { ...EMPTY, lid: props.lid ?? '' };
  const [draft, setDraft] = useState<Draft>(fresh);
  const [quote, setQuote] = useState(props.quote);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [review, setReview] = useState<Reviewed | null>(null);
  const [receipt, setReceipt] = useState<{ reviewed: Reviewed; state: 'sent' | 'queued' } | null>(null);

  useEffect(() => {
    void drafts.load(draftKey).then((saved) => {
      // A lid the selection was in fills an empty lid field of a saved draft too.
      if (saved) setDraft(props.lid && !saved.lid ? { ...saved, lid: props.lid } : saved);
      setLoaded(true);
    });
  }, [draftKey]);
  useEffect(() => {
    if (loaded) void drafts.save(draftKey, draft);
  }, [draft, loaded]);

  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const descriptionFindings = useFindings(privacy, draft.description);
  const affectedFindings = useFindings(privacy, draft.affected);

  /** Text as it will be sent, with each replaced piece of personal data kept for marking. */
  async function reviewed(label: string, text: string): Promise<ReviewedText> {
    if (!text) return { label, segments: [] };
    const [findings, flags] = await Promise.all([privacy.find(text), privacy.flag(text)]);
    return { label, segments: reviewSegments(text, findings, flags) };
  }

  /** First step of sending: nothing leaves before the citizen has seen exactly what will. */
  async function onReview(event: Event) {
    event.preventDefault();
    if (draft.description.trim().length < 20) {
      setOutcome(t('formInvalid', { message: t('formTooShort') }));
      return;
    }
    const otherLaw = draft.cause === 'samenloop' ? draft.otherLaw.trim() : '';
    const [description, affected, other] = await Promise.all([
      reviewed(t('formDescription'), draft.description),
      reviewed(t('formAffected'), draft.affected),
      reviewed(t('formOtherLaw'), otherLaw),
    ]);
    setOutcome(null);
    setReview({
      texts: [description, affected, other],
      request: {
        target: {
          kind: wholeRegulation ? 'regulation' : 'article',
          bwbId: regulation.bwbId,
          label: article.label,
          lid: wholeRegulation ? null : draft.lid.trim() || null,
          path: article.path,
          jci: article.jci,
          versionDate: regulation.versionDate,
          textHash: article.textHash,
          quote,
        },
        regulationTitle: regulation.title,
        description: joinSegments(description.segments),
        affected: joinSegments(affected.segments),
        impactAreas: draft.impactAreas,
        cause: draft.cause,
        otherLaw: otherLaw ? joinSegments(other.segments) : null,
        role: draft.role,
        contactEmail: draft.contactEmail.trim() || null,
        consentToPublish: draft.consent,
      },
    });
  }

  async function onConfirm(chosen: Reviewed) {
    setBusy(true);
    const result = await submit(chosen.request);
    setBusy(false);
    setReview(null);
    if (result.state === 'invalid') {
      setOutcome(t('formInvalid', { message: result.errors.map((e) => `${e.field}: ${e.message}`).join('; ') }));
      return;
    }
    await drafts.clear(draftKey);
    setDraft(fresh);
    setQuote(null);
    setReceipt({ reviewed: chosen, state: result.state });
  }

  if (receipt) {
    return (
      <FormStep title={t('formReceiptTitle')}>
        <p role="status">{receipt.state === 'sent' ? t('formSent') : t('formQueued')}</p>
        <SentSummary {...receipt.reviewed} language={language} labels={labels} t={t} showReplacedValues={false} />
        {props.statusPage && (
          <p>
            <a href={props.statusPage} target="_blank" rel="noopener">
              {t('formReceiptStatus')}
            </a>
          </p>
        )}
        <div class="ws-actions">
          <button type="button" class="ws-button" onClick={onCancel}>
            {t('formClose')}
          </button>
        </div>
      </FormStep>
    );
  }

  if (review) {
    return (
      <FormStep title={t('formReviewTitle')}>
        <p class="ws-note">{t('formReviewExplain')}</p>
        <SentSummary {...review} language={language} labels={labels} t={t} showReplacedValues />
        <div class="ws-actions">
          <button type="button" class="ws-button ws-primary" disabled={busy} onClick={() => void onConfirm(review)}>
            {t('formSend')}
          </button>
          <button type="button" class="ws-button" disabled={busy} onClick={() => setReview(null)}>
            {t('formBackToEdit')}
          </button>
        </div>
      </FormStep>
    );
  }

  return (
    <form class="ws-form" onSubmit={(event) => void onReview(event)} aria-labelledby="ws-form-h" noValidate>
      <h3 id="ws-form-h">{article.label === null ? t('formTitleRegulation') : t('formTitle', { label: article.label })}</h3>
      <div class="ws-prefilled">
        <span>{t('formLaw')}</span>
        <span lang="nl">{regulation.title}</span>
        {article.label !== null && (
          <>
            <span>{t('formArticle')}</span>
            <span>{article.label}</span>
          </>
        )}
        {regulation.versionDate && (
          <>
            <span>{t('formVersion')}</span>
            <span>{formatDate(regulation.versionDate, language)}</span>
          </>
        )}
        {article.jci && (
          <>
            <span>JCI</span>
            {/* The reference's keys are Dutch (hoofdstuk, artikel). */}
            <span lang="nl">{article.jci}</span>
          </>
        )}
      </div>
      {quote && (
        <div>
          <p>
            <strong>{t('formQuote')}</strong>
          </p>
          <blockquote>{quote.exact}</blockquote>
          <button type="button" class="ws-button" onClick={() => setQuote(null)}>
            {t('formQuoteRemove')}
          </button>
        </div>
      )}
      <p class="ws-note">{t('formPrivacyExplain')}</p>

      <label for="ws-description">{t('formDescription')}</label>
      <p id="ws-description-hint" class="ws-note">
        {t('formDescriptionHint')}
      </p>
      <textarea
        id="ws-description"
        rows={6}
        required
        maxLength={5000}
        aria-describedby="ws-description-hint"
        value={draft.description}
        onInput={(e) => update({ description: e.currentTarget.value })}
      />
      <PersonalDataNotice
        text={draft.description}
        findings={descriptionFindings}
        onRedact={() => void privacy.redact(draft.description).then((description) => update({ description }))}
        labels={labels}
        t={t}
      />

      <label for="ws-affected">{t('formAffected')}</label>
      <input id="ws-affected" type="text" maxLength={500} value={draft.affected} onInput={(e) => update({ affected: e.currentTarget.value })} />
      <PersonalDataNotice
        text={draft.affected}
        findings={affectedFindings}
        onRedact={() => void privacy.redact(draft.affected).then((affected) => update({ affected }))}
        labels={labels}
        t={t}
      />

      {!wholeRegulation && (
        <>
          <label for="ws-lid">{t('formLid')}</label>
          <input id="ws-lid" type="text" inputMode="numeric" maxLength={4} value={draft.lid} onInput={(e) => update({ lid: e.currentTarget.value })} />
        </>
      )}

      <fieldset>
        <legend>{t('formImpact')}</legend>
        {IMPACT_AREAS.map((area) => (
          <label class="ws-check" key={area}>
            <input
              type="checkbox"
              checked={draft.impactAreas.includes(area)}
              onChange={(e) =>
                update({
                  impactAreas: e.currentTarget.checked
                    ? [...draft.impactAreas, area]
                    : draft.impactAreas.filter((a) => a !== area),
                })
              }
            />
            <span>{labels.impactArea[area]}</span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('formCause')}</legend>
        {[...CAUSES, null].map((cause) => (
          <label class="ws-check" key={cause ?? 'unknown'}>
            <input type="radio" name="ws-cause" checked={draft.cause === cause} onChange={() => update({ cause })} />
            <span>{cause ? labels.cause[cause] : t('formCauseUnknown')}</span>
          </label>
        ))}
      </fieldset>
      {draft.cause === 'samenloop' && (
        <>
          <label for="ws-other-law">{t('formOtherLaw')}</label>
          <input id="ws-other-law" type="text" maxLength={200} value={draft.otherLaw} onInput={(e) => update({ otherLaw: e.currentTarget.value })} />
        </>
      )}

      <label for="ws-role">{t('formRole')}</label>
      <select id="ws-role" value={draft.role} onChange={(e) => update({ role: e.currentTarget.value as ReporterRoleValue })}>
        {REPORTER_ROLES.map(({ value, key }) => (
          <option key={value} value={value}>
            {t(key)}
          </option>
        ))}
      </select>

      <label for="ws-email">{t('formEmail')}</label>
      <p id="ws-email-hint" class="ws-note">
        {t('formEmailHint')}
      </p>
      <input
        id="ws-email"
        type="email"
        autoComplete="email"
        aria-describedby="ws-email-hint"
        value={draft.contactEmail}
        onInput={(e) => update({ contactEmail: e.currentTarget.value })}
      />

      <label class="ws-check">
        <input type="checkbox" checked={draft.consent} onChange={(e) => update({ consent: e.currentTarget.checked })} />
        <span>{t('formConsent')}</span>
      </label>
      <p class="ws-note">{t('formDraftKept')}</p>
      <div class="ws-actions">
        <button type="submit" class="ws-button ws-primary">
          {t('formReview')}
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
