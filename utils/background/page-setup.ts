// What a law page needs before it shows anything, answered in one message: every round trip is a task
// on the page's main thread. The lookup comes along when the URL names the version (the usual case); the
// summary line's messages when the content script shows the line itself; the whole UI catalogue only when
// the overlay shows badges at once (its structured copy is a cost on the page's thread too); and the law's own
// clauses where a page of the same version read them this session (law-clauses-memory.ts).
import type { RecognitionConfig } from '../contract/api';
import type { Catalog } from '../i18n/catalog';
import type { PageSetup, RegulationLookup, RegulationVersion } from '../extension/messages';
import type { LawClause } from '../overlay/law-clauses';
import type { Settings } from '../extension/settings';
import { lineCatalog, lineWithoutArticles } from '../overlay/line-texts';

export interface PageSetupDeps {
  config: () => Promise<RecognitionConfig | null>;
  settings: () => Promise<Settings>;
  lookup: (bwbId: string, versionDate: string | null) => Promise<RegulationLookup>;
  catalog: (language: Settings['language']) => Catalog;
  /** The law's own clauses a page of this version read this session, if any. */
  lawClauses: (regulation: RegulationVersion) => Promise<LawClause[] | undefined>;
}

export function createPageSetup(deps: PageSetupDeps) {
  return async function pageSetup(regulation: RegulationVersion | null): Promise<PageSetup> {
    const [config, settings, lookup, lawClauses] = await Promise.all([
      deps.config(),
      deps.settings(),
      regulation ? deps.lookup(regulation.bwbId, regulation.versionDate) : null,
      regulation ? deps.lawClauses(regulation).catch(() => undefined) : undefined,
    ]);
    // Every page with law text shows its summary line (also "geen bekende signalen"): the content script's own
    // where the API knows nothing about the law's articles, else the overlay's, with badges; with "toon alles"
    // every article gets a badge.
    const lineAlone = lookup !== null && lineWithoutArticles(lookup);
    const badgesAtOnce = settings.showAll || (lookup !== null && !lineAlone);
    const catalog = lineAlone || badgesAtOnce ? deps.catalog(settings.language) : null;
    const setup: PageSetup = { config, settings, lookup, catalog: badgesAtOnce ? catalog : null, line: lineAlone ? lineCatalog(catalog!) : null };
    return lawClauses ? { ...setup, lawClauses } : setup;
  };
}
