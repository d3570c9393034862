// What a law page needs before it shows anything, answered in one message: every round trip is a task
// on the page's main thread. The lookup comes along when the URL names the version (the usual case),
// the UI texts when the page will show something at once.
import type { RecognitionConfig } from '../contract/api';
import type { Catalog } from '../i18n/catalog';
import type { PageSetup, RegulationLookup, RegulationVersion } from '../extension/messages';
import type { Settings } from '../extension/settings';

export interface PageSetupDeps {
  config: () => Promise<RecognitionConfig | null>;
  settings: () => Promise<Settings>;
  lookup: (bwbId: string, versionDate: string | null) => Promise<RegulationLookup>;
  catalog: (language: Settings['language']) => Catalog;
}

export function createPageSetup(deps: PageSetupDeps) {
  return async function pageSetup(regulation: RegulationVersion | null): Promise<PageSetup> {
    const [config, settings, lookup] = await Promise.all([
      deps.config(),
      deps.settings(),
      regulation ? deps.lookup(regulation.bwbId, regulation.versionDate) : null,
    ]);
    // Every page with law text shows its summary line (also "geen bekende signalen"); with "toon alles" every article gets a badge.
    const showsAtOnce = settings.showAll || lookup !== null;
    return { config, settings, lookup, catalog: showsAtOnce ? deps.catalog(settings.language) : null };
  };
}
