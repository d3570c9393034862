// Stable addresses of the public web pages the API server renders (server/web). The extension links to them
// ("Deel", "Kopieer verwijzing"), and the pages link to each other with the same functions, so an address is
// defined once.
export const publicPaths = {
  home: '/',
  overview: '/overzicht',
  desk: '/moderatie',
  regulation(bwbId: string, articleLabel?: string): string {
    const anchor = articleLabel ? `#artikel-${encodeURIComponent(articleLabel)}` : '';
    return `/regeling/${encodeURIComponent(bwbId)}${anchor}`;
  },
  signal(id: string): string {
    return `/signaal/${encodeURIComponent(id)}`;
  },
};

/** An absolute public address on the instance whose API base URL is given (pages and API share a server). */
export function publicUrl(apiBaseUrl: string, path: string): string {
  return new URL(path, apiBaseUrl).href;
}
