// What a law page shows at load, decided from its setup alone. The content script and the background go by
// the same rules: the background injects the page scripts a page needs at once before it answers the setup,
// so the page asks for none of them itself (each message costs its main thread up to a few ms).
import type { RegulationLookup } from '../extension/messages';
import type { Settings } from '../extension/settings';
import type { PageScriptName } from './page-scripts';

/**
 * The API knows nothing about the law's articles (it knows the law only as a whole, or nothing, or could
 * not be asked): the summary line's counts need no article recognised, so the summary script can show it.
 */
export function lineWithoutArticles(lookup: RegulationLookup): boolean {
  return lookup.state !== 'ok' || lookup.data.articles.length === 0;
}

/** On a page with articles: no badge shows at load, so the summary line is the one thing shown. */
export function summaryWithoutBadges(settings: Settings, lookup: RegulationLookup): boolean {
  return !settings.showAll && lineWithoutArticles(lookup);
}

/**
 * The scripts a page needs while it is parsed, where its URL named the version (the lookup came with the
 * setup): the summary script for a line without articles, the overlay where badges show at load.
 */
export function scriptsAtLoad(settings: Settings, lookup: RegulationLookup | null): PageScriptName[] {
  if (!lookup) return [];
  const scripts: PageScriptName[] = [];
  if (lineWithoutArticles(lookup)) scripts.push('summary');
  if (!summaryWithoutBadges(settings, lookup)) scripts.push('overlay');
  return scripts;
}
