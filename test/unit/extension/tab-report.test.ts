import { describe, expect, it } from 'vitest';
import { countedReport, reportWithLookup } from '../../../utils/extension/tab-report';
import { emptyHealth } from '../../../utils/recognition/page';
import { regulation } from '../components/fixtures';
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

describe('countedReport', () => {
  it('counts a regulation without articles as recognised, its whole text one unit, with no problem', () => {
    const counted = countedReport(report, regulation, { articles: [], health: emptyHealth(), wholeText: true });
    expect(counted).toMatchObject({ recognised: true, articleCount: 0, wholeText: true, problem: null });
  });

  it('a page without articles and without a whole text is not recognised', () => {
    const counted = countedReport(report, regulation, { articles: [], health: { ...emptyHealth(), problem: 'de artikelen op deze pagina zijn niet gevonden' } });
    expect(counted.recognised).toBe(false);
    expect(counted.wholeText).toBeUndefined();
  });

  it('carries status lines the recogniser does not know as selector health, and nothing when all are known', () => {
    const unknown = countedReport(report, regulation, { articles: [{}], health: { ...emptyHealth(), unknownStatusLines: ['Iets nieuws van de portal.'] } });
    expect(unknown.unknownStatusLines).toEqual(['Iets nieuws van de portal.']);
    expect(unknown.problem).toBeNull();
    expect(countedReport(report, regulation, { articles: [{}], health: emptyHealth() }).unknownStatusLines).toBeUndefined();
  });
});
