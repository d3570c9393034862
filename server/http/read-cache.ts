// The hot public reads (index, regulation views), prepared once and served many times. Shared by the Hono
// routes, which fill it, and the fast read path (fast-reads.ts), which answers from it without Hono.
// A burst of readers costs one database read; a write through this process clears it at once, other
// instances see the write within READ_CACHE_MS.

/** How long a process reuses a prepared public read. */
export const READ_CACHE_MS = 2000;

export const CACHE_PUBLIC = 'public, max-age=300, stale-while-revalidate=86400';
export const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Paths of the cached reads. An entry's key is its canonical request path, so the fast path can look a
 * request up by its path alone.
 */
export const INDEX_PATH = '/v1/index';
export const REGULATION_PATH = '/v1/regulations/';
/** The Hono route of a regulation, also the route the fast path logs. */
export const REGULATION_ROUTE = `${REGULATION_PATH}:bwbId`;

/** A public response ready to send again: checked against its contract, serialised, encoded and tagged. */
export interface Prepared {
  at: number;
  etag: string;
  body: Buffer<ArrayBuffer>;
}

/** The headers of a prepared answer (CORS comes on top): 304 when the client already has it, else 200. */
export function preparedHeaders(prepared: Prepared, notModified: boolean): Record<string, string> {
  const caching = { ETag: prepared.etag, 'Cache-Control': CACHE_PUBLIC };
  return notModified ? caching : { 'Content-Type': JSON_TYPE, ...caching };
}

export type ReadCache = {
  /** The entry when younger than READ_CACHE_MS; never waits. */
  fresh(key: string): Prepared | undefined;
  /** The fresh entry, or a new one from `build` (null: nothing to serve, nothing kept). */
  read(key: string, build: () => Promise<Prepared | null>): Promise<Prepared | null>;
  /** After a write: every later read sees it. */
  clear(): void;
};

export function createReadCache(): ReadCache {
  const entries = new Map<string, Prepared>();
  // Readers arriving while an entry is rebuilt wait for that one build instead of each querying the
  // database: on expiry under load, dozens of identical queries made the slowest responses ~100 ms.
  const building = new Map<string, Promise<Prepared | null>>();
  // Bumped by clear(), so a build that began before a write neither lands in the cache nor serves a
  // reader that arrives after the write.
  let generation = 0;

  const fresh = (key: string): Prepared | undefined => {
    const hit = entries.get(key);
    return hit && Date.now() - hit.at < READ_CACHE_MS ? hit : undefined;
  };

  return {
    fresh,
    read(key, build) {
      const hit = fresh(key);
      if (hit) return Promise.resolve(hit);
      const pending = building.get(key);
      if (pending) return pending;
      const started = generation;
      const built = (async () => {
        try {
          const prepared = await build();
          if (started === generation) {
            if (prepared) entries.set(key, prepared);
            else entries.delete(key);
          }
          return prepared;
        } finally {
          if (started === generation) building.delete(key);
        }
      })();
      building.set(key, built);
      return built;
    },
    clear() {
      entries.clear();
      building.clear();
      generation++;
    },
  };
}
