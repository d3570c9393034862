// Everything one language needs: messages and vocabulary labels. The content script receives its
// catalog from the background instead of bundling both languages (its size budget is 25 KB gzip).
import { en, nl, type Entry, type MessageKey } from './messages';
import {
  articleClauseLabels,
  causeLabels,
  evidenceLabels,
  impactAreaLabels,
  personalDataLabels,
  publicTextFieldLabels,
  reviewFlagLabels,
  regulationClauseLabels,
  reportLinkLabels,
  rigidOutcomeLabels,
  statusLabels,
  submissionStateLabels,
} from './vocabulary-labels';
import type { Language } from './index';

export function catalogFor(language: Language) {
  return {
    language,
    messages: (language === 'nl' ? nl : en) as Record<MessageKey, Entry>,
    labels: {
      status: statusLabels[language],
      cause: causeLabels[language],
      evidence: evidenceLabels[language],
      reportLink: reportLinkLabels[language],
      regulationClause: regulationClauseLabels[language],
      articleClause: articleClauseLabels[language],
      submissionState: submissionStateLabels[language],
      impactArea: impactAreaLabels[language],
      personalData: personalDataLabels[language],
      reviewFlag: reviewFlagLabels[language],
      publicTextField: publicTextFieldLabels[language],
      rigidOutcome: rigidOutcomeLabels[language],
    },
  };
}

export type Catalog = ReturnType<typeof catalogFor>;
export type Labels = Catalog['labels'];
