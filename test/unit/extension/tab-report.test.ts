import { describe, expect, it } from 'vitest';
import { reportWithLookup } from '../../../utils/extension/tab-report';
import type { RegulationLookup, TabReport } from '../../../utils/extension/messages';
import { response, signal } from '../components/fixtures';

const report: TabReport = {
  url: 'https://wetten.overheid.nl/BWBR0015703/2026-01-01',
  lawPage: true,
  recognised: true,
  bwbId: 'BWBR0015703',
  title: null,
  versionDate: '2026-01-01',
  articleCount: null,
  signalCount: 0,
  offline: false,
  problem: null,
  strategies: {},
};
const found = (offline: boolean): RegulationLookup => ({ state: 'ok', data: response([signal('sig-a'), signal('sig-b')]), offline });

describe('reportWithLookup', () => {
  it('counts the signals the lookup found, and says when they came from the cache offline', () => {
    expect(reportWithLookup(report, found(false))).toMatchObject({ signalCount: 2, offline: false });
    expect(reportWithLookup(report, found(true))).toMatchObject({ signalCount: 2, offline: true });
  });

  it('counts nothing for a law nobody reported on, a failed lookup, or a page without law text', () => {
    expect(reportWithLookup(report, { state: 'none' }).signalCount).toBe(0);
    expect(reportWithLookup(report, { state: 'error', code: 'timeout', status: null, message: 'x' }).signalCount).toBe(0);
    expect(reportWithLookup(report, null).signalCount).toBe(0);
    expect(reportWithLookup({ ...report, recognised: false }, found(false)).signalCount).toBe(0);
  });
});
