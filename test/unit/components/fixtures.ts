// Small, valid data for component tests (validated against the contract so drift is caught).
import { RegulationResponse, SignalSummary } from '../../../utils/contract/api';
import type { ArticleOnPage, RegulationIdentity } from '../../../utils/recognition/types';
import type { ArticleView } from '../../../utils/overlay/model';
import type { Draft, DraftStore, PrivacyCheck } from '../../../components/SubmissionForm';
import { catalogFor } from '../../../utils/i18n/catalog';
import { translator, type Language } from '../../../utils/i18n';
import { findPersonalData, redactPersonalData } from '../../../utils/privacy/detect';
import { findReviewFlags } from '../../../utils/privacy/names';

export const regulation: RegulationIdentity = {
  bwbId: 'BWBR0015703',
  title: 'Participatiewet',
  versionDate: '2026-01-01',
  validTo: null,
  kind: 'regulation',
  notices: [],
  status: { validOn: null, viewDate: null, futureFrom: null, repealedPer: null },
};

export function article(label: string, textHash = 'aaaaaaaaaaaaaaaa'): ArticleOnPage {
  const element = document.createElement('div');
  return {
    label,
    path: [{ kind: 'hoofdstuk', nr: '6' }],
    anchorId: `Hoofdstuk6_Artikel${label}`,
    jci: `jci1.3:c:BWBR0015703&hoofdstuk=6&artikel=${label}&z=2026-01-01&g=2026-01-01`,
    heading: `Artikel ${label}`,
    repealed: false,
    notices: [],
    textHash,
    strategy: 'jci',
    leden: [],
    element,
    headingElement: null,
  };
}

export function signal(id: string, overrides: Partial<SignalSummary> = {}): SignalSummary {
  return SignalSummary.parse({
    id,
    title: 'Terugvordering zonder schuldregeling',
    summary: 'Wie de inlichtingenplicht schendt, moet alles terugbetalen.',
    status: '4_aanpassing_geidentificeerd',
    cause: 'wet',
    impactAreas: ['schulden'],
    evidence: 'geverifieerd',
    sourceType: 'kamerbrief',
    sources: [
      {
        kind: 'kamerstuk',
        citation: 'Kamerstukken II 2021/22, 35 510, nr. 95',
        detail: 'bijlage',
        date: null,
        url: 'https://zoek.officielebekendmakingen.nl/kst-35510-95.html',
      },
    ],
    statusDate: '2022-09-07',
    targets: [{ bwbId: 'BWBR0015703', label: '58', versionDate: '2023-01-01', textHash: 'bbbbbbbbbbbbbbbb', origin: { kind: 'bronnen' } }],
    updatedAt: '2025-01-01T00:00:00Z',
    ...overrides,
  });
}

export function response(signals: SignalSummary[]): RegulationResponse {
  return RegulationResponse.parse({
    regulation: { bwbId: 'BWBR0015703', title: 'Participatiewet', abbreviation: null, department: 'SZW', domain: null },
    clause: { status: 'alleen_specifiek', clauseBwbId: null, clauseLabel: null, note: null, source: null, verified: true },
    regulationSignalIds: [],
    articles: [
      {
        label: '58',
        signalIds: signals.map((s) => s.id),
        counts: { '4_aanpassing_geidentificeerd': signals.length },
        clause: { status: 'is_specifieke_afwijkingsbevoegdheid', clauseBwbId: 'BWBR0015703', clauseLabel: '58', note: null, source: null, verified: true },
        hooks: [{ awb: '4:94a', reason: 'Kwijtschelding van een geldschuld kan bij onevenredige gevolgen.' }],
      },
    ],
    signals,
    generatedAt: '2025-01-01T00:00:00Z',
  });
}

export function view(label: string, signals: SignalSummary[]): ArticleView {
  const data = response(signals);
  return { article: article(label), curated: data.articles[0] ?? null, signals, computed: null };
}

export function memoryDrafts(): DraftStore & { saved: Map<string, Draft> } {
  const saved = new Map<string, Draft>();
  return {
    saved,
    load: async (key) => saved.get(key) ?? null,
    save: async (key, draft) => void saved.set(key, draft),
    clear: async (key) => void saved.delete(key),
  };
}

/** Translator, labels and language, as the overlay passes them to components. */
export function ui(language: Language) {
  const catalog = catalogFor(language);
  return { t: translator(catalog.messages), labels: catalog.labels, language };
}

/** The real detector, answered asynchronously as the background does. */
export const localPrivacy: PrivacyCheck = {
  find: async (text) => findPersonalData(text),
  redact: async (text) => redactPersonalData(text),
  flag: async (text) => findReviewFlags(text),
};
