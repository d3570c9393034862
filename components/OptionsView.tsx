import { useState } from 'preact/hooks';
import { translator, type Language } from '../utils/i18n';
import { catalogFor } from '../utils/i18n/catalog';
import { normaliseApiBaseUrl, type Settings } from '../utils/extension/settings';

export interface OptionsViewProps {
  initial: Settings;
  save: (settings: Settings) => Promise<boolean>;
}

export function OptionsView({ initial, save }: OptionsViewProps) {
  const [settings, setSettings] = useState(initial);
  const [apiInput, setApiInput] = useState(initial.apiBaseUrl);
  const [message, setMessage] = useState<string | null>(null);
  const t = translator(catalogFor(settings.language).messages);

  async function onSubmit(event: Event) {
    event.preventDefault();
    const apiBaseUrl = normaliseApiBaseUrl(apiInput);
    if (!apiBaseUrl) {
      setMessage(t('optionsInvalidUrl'));
      return;
    }
    const next = { ...settings, apiBaseUrl };
    if (await save(next)) {
      setSettings(next);
      setApiInput(apiBaseUrl);
      setMessage(t('optionsSaved'));
    }
  }

  return (
    <form onSubmit={onSubmit}>
      <h1>{t('optionsTitle')}</h1>
      <label for="api">{t('optionsApi')}</label>
      <input id="api" type="url" value={apiInput} aria-describedby="api-hint" onInput={(e) => setApiInput(e.currentTarget.value)} />
      <p id="api-hint" class="ws-note">
        {t('optionsApiHint')}
      </p>
      <label for="language">{t('optionsLanguage')}</label>
      <select
        id="language"
        value={settings.language}
        onChange={(e) => setSettings({ ...settings, language: e.currentTarget.value as Language })}
      >
        <option value="nl">Nederlands</option>
        <option value="en">English</option>
      </select>
      <label class="ws-check">
        <input
          type="checkbox"
          checked={settings.showAll}
          aria-describedby="show-all-hint"
          onChange={(e) => setSettings({ ...settings, showAll: e.currentTarget.checked })}
        />
        <span>{t('optionsShowAll')}</span>
      </label>
      <p id="show-all-hint" class="ws-note">
        {t('optionsShowAllHint')}
      </p>
      <label class="ws-check">
        <input
          type="checkbox"
          checked={settings.privateLookups}
          onChange={(e) => setSettings({ ...settings, privateLookups: e.currentTarget.checked })}
        />
        <span>{t('optionsPrivate')}</span>
      </label>
      <p>
        <button type="submit">{t('optionsSave')}</button>
      </p>
      <p role="status" aria-live="polite">
        {message}
      </p>
    </form>
  );
}
