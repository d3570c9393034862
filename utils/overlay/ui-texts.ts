// The UI texts a page script shows: from the page setup when it sent them, else asked for the first time
// something is shown (on most law pages nothing is).
import { ask } from '../extension/send';
import { translator, type Language, type Translate } from '../i18n';
import type { Catalog, Labels } from '../i18n/catalog';

export interface UiTexts {
  t: Translate;
  labels: Labels;
}

export function uiTexts(catalog: Catalog | null, language: Language): () => Promise<UiTexts> {
  const textsOf = (c: Catalog): UiTexts => ({ t: translator(c.messages), labels: c.labels });
  let loading = catalog ? Promise.resolve(textsOf(catalog)) : undefined;
  return () => (loading ??= ask({ type: 'catalog', language }).then(textsOf));
}
