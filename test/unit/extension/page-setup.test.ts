import { describe, expect, it } from 'vitest';
import { createPageSetup } from '../../../utils/background/page-setup';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/extension/settings';
import { catalogFor } from '../../../utils/i18n/catalog';
import type { RegulationLookup } from '../../../utils/extension/messages';
import { createLawClausesMemory, type SessionArea } from '../../../utils/background/law-clauses-memory';
import type { LawClause } from '../../../utils/overlay/law-clauses';

/** A session storage area in memory, structured-cloned as the browser's is. */
function sessionArea(): SessionArea {
  const items = new Map<string, unknown>();
  return {
    get: async (key) => (items.has(key) ? { [key]: structuredClone(items.get(key)) } : {}),
    set: async (set) => void Object.entries(set).forEach(([k, v]) => items.set(k, structuredClone(v))),
  };
}

function setup(found: RegulationLookup, settings: Partial<Settings> = {}, memory = createLawClausesMemory(sessionArea)) {
  const asked: Array<[string, string | null]> = [];
  const pageSetup = createPageSetup({
    lawClauses: memory.recall,
    config: async () => null,
    settings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
    lookup: async (bwbId, versionDate) => {
      asked.push([bwbId, versionDate]);
      return found;
    },
    catalog: catalogFor,
  });
  return { pageSetup, asked };
}

const version = { bwbId: 'BWBR0015703', versionDate: '2026-01-01' };
const error: RegulationLookup = { state: 'error', code: 'timeout', status: null, message: 'timed out' };

describe('page setup', () => {
  it("brings the law's own clauses where a page of the same version read them this session, and only then", async () => {
    const area = sessionArea();
    const memory = createLawClausesMemory(() => area);
    const { pageSetup } = setup({ state: 'none' }, {}, memory);
    expect((await pageSetup(version)).lawClauses).toBeUndefined();
    const read: LawClause[] = [{ label: '58', covers: [{ kind: 'law' }] as LawClause['covers'], text: 'Het college kan … onbillijkheid van overwegende aard.' }];
    await memory.remember(version, read);
    expect((await pageSetup(version)).lawClauses).toEqual(read);
    // Another version of the law, a page without a version, and a law where none was found.
    expect((await pageSetup({ ...version, versionDate: '2025-01-01' })).lawClauses).toBeUndefined();
    expect((await pageSetup(null)).lawClauses).toBeUndefined();
    await memory.remember({ bwbId: 'BWBR0005537', versionDate: '2026-01-01' }, []);
    expect((await pageSetup({ bwbId: 'BWBR0005537', versionDate: '2026-01-01' })).lawClauses).toEqual([]);
    // Nothing is remembered of a page whose version the URL did not name.
    await memory.remember({ bwbId: 'BWBR0005537', versionDate: null }, read);
    expect(await memory.recall({ bwbId: 'BWBR0005537', versionDate: null })).toBeUndefined();
  });

  it('looks the regulation up only when the page named its version', async () => {
    const { pageSetup, asked } = setup({ state: 'none' });
    expect((await pageSetup(null)).lookup).toBeNull();
    expect(asked).toEqual([]);
    expect((await pageSetup(version)).lookup).toEqual({ state: 'none' });
    expect(asked).toEqual([['BWBR0015703', '2026-01-01']]);
  });

  it("sends the line's messages, in the chosen language, where the content script shows the line itself", async () => {
    // A law nobody reported on shows its quiet summary line; a page without law text shows nothing.
    const quiet = await setup({ state: 'none' }).pageSetup(version);
    expect(quiet.line?.language).toBe('nl');
    expect(quiet.line?.messages.summaryNoData).toBe(catalogFor('nl').messages.summaryNoData);
    expect(quiet.line?.regulationClause).toEqual(catalogFor('nl').labels.regulationClause);
    expect(quiet.catalog).toBeNull();
    expect((await setup(error, { language: 'en' }).pageSetup(version)).line?.messages.apiErrorTimeout).toBe(catalogFor('en').messages.apiErrorTimeout);
    expect((await setup({ state: 'none' }).pageSetup(null)).line).toBeNull();
  });

  it('sends the whole UI catalogue only when badges show at once', async () => {
    expect((await setup({ state: 'none' }).pageSetup(null)).catalog).toBeNull();
    expect((await setup({ state: 'none' }, { showAll: true }).pageSetup(null)).catalog?.language).toBe('nl');
    const known = { state: 'ok', offline: false, data: { articles: [{ label: '1' }] } } as unknown as RegulationLookup;
    const withArticles = await setup(known, { language: 'en' }).pageSetup(version);
    expect(withArticles.catalog?.language).toBe('en');
    expect(withArticles.line).toBeNull();
  });
});
