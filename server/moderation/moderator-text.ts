// Certain personal data in texts that become public, per field: refused by the API (a citizen's report, a
// moderator's request) and by the desk alike. A moderator's public texts are a signal's title and summary,
// a law's official title and the reason for a status.
import { findPersonalData, type PersonalDataKind } from '../../utils/privacy/detect';

export const MODERATOR_TEXT_FIELDS = ['title', 'summary', 'regulationTitle', 'statusReason'] as const;
export type ModeratorTextField = (typeof MODERATOR_TEXT_FIELDS)[number];

export type PersonalDataFinding<F extends string> = { field: F; kinds: PersonalDataKind[] };

/** The fields among `texts` that hold certain personal data, with the kinds found. */
export function personalDataIn<F extends string>(texts: Array<[field: F, text: string]>): Array<PersonalDataFinding<F>> {
  return texts.flatMap(([field, text]) => {
    const kinds = [...new Set(findPersonalData(text).map((f) => f.kind))];
    return kinds.length ? [{ field, kinds }] : [];
  });
}

/** The same for the moderator's public texts in a request body. */
export function moderatorTextFindings(body: unknown): Array<PersonalDataFinding<ModeratorTextField>> {
  const texts = (body ?? {}) as Partial<Record<ModeratorTextField, unknown>>;
  return personalDataIn(MODERATOR_TEXT_FIELDS.flatMap((field): Array<[ModeratorTextField, string]> => (typeof texts[field] === 'string' ? [[field, texts[field]]] : [])));
}
