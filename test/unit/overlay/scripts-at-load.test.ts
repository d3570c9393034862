// Which page scripts the background injects with its answer to the page setup.
import { describe, expect, it } from 'vitest';
import { scriptsAtLoad } from '../../../utils/overlay/scripts-at-load';
import { DEFAULT_SETTINGS } from '../../../utils/extension/settings';
import type { RegulationLookup } from '../../../utils/extension/messages';
import type { RegulationResponse } from '../../../utils/contract/api';

const withArticles = (n: number): RegulationLookup => ({
  state: 'ok',
  offline: false,
  data: { articles: Array.from({ length: n }, (_, i) => ({ label: String(i + 1) })) } as unknown as RegulationResponse,
});
const showAll = { ...DEFAULT_SETTINGS, showAll: true };

describe('scriptsAtLoad', () => {
  it('injects nothing where the URL named no version (the page is read first)', () => {
    expect(scriptsAtLoad(DEFAULT_SETTINGS, null)).toEqual([]);
    expect(scriptsAtLoad(showAll, null)).toEqual([]);
  });

  it('injects the summary script for a law whose articles the API does not know, or a failed lookup', () => {
    expect(scriptsAtLoad(DEFAULT_SETTINGS, { state: 'none' })).toEqual(['summary']);
    expect(scriptsAtLoad(DEFAULT_SETTINGS, withArticles(0))).toEqual(['summary']);
    expect(scriptsAtLoad(DEFAULT_SETTINGS, { state: 'error', code: 'timeout', status: null, message: 'timed out' })).toEqual(['summary']);
  });

  it('injects the overlay where badges show at load: articles with signals, or a badge on every article', () => {
    expect(scriptsAtLoad(DEFAULT_SETTINGS, withArticles(2))).toEqual(['overlay']);
    expect(scriptsAtLoad(showAll, withArticles(2))).toEqual(['overlay']);
    expect(scriptsAtLoad(showAll, { state: 'none' })).toEqual(['summary', 'overlay']);
  });
});
