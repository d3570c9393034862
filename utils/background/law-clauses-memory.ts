// The law's own general clauses as a page of it read them (law-clauses.ts), remembered per version for the
// browser session, so that a law opened again (a drafter's working day goes back to the same few laws) is not
// read for them again: reading every article for "onbillijk" and running the detector was a third of the
// extension's load work on such a law. A version's text does not change. Kept only in session storage, in
// this browser: gone when it closes, never sent anywhere.
import type { LawClause } from '../overlay/law-clauses';
import type { RegulationVersion } from '../extension/messages';

/** The part of `storage.session` used here (a fake in unit tests). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Every key here starts with it (the bench forgets them all to measure a first reading). */
export const LAW_CLAUSES_KEY_PREFIX = 'law-clauses:';
/** The session storage key of a version's clauses. */
export const lawClausesKey = ({ bwbId, versionDate }: RegulationVersion) => `${LAW_CLAUSES_KEY_PREFIX}${bwbId}@${versionDate}`;

export function createLawClausesMemory(area: () => SessionArea) {
  return {
    /** What a page of this version read; undefined where none was read this session (or the version is unnamed). */
    async recall(version: RegulationVersion): Promise<LawClause[] | undefined> {
      if (version.versionDate === null) return undefined;
      const key = lawClausesKey(version);
      return (await area().get(key))[key] as LawClause[] | undefined;
    },
    async remember(version: RegulationVersion, clauses: LawClause[]): Promise<void> {
      if (version.versionDate !== null) await area().set({ [lawClausesKey(version)]: clauses });
    },
  };
}
