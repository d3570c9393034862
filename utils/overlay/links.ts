// Links back into wetten.overheid.nl. Juriconnect permalinks resolve on the portal without
// knowing the chapter path of the article.
export const AWB_BWB_ID = 'BWBR0005537';
export const PORTAL = 'https://wetten.overheid.nl';

export function jciPermalink(bwbId: string, label: string): string {
  return `${PORTAL}/jci1.3:c:${bwbId}&artikel=${label}`;
}
