import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleClauseStatus, RegulationClauseStatus } from '../../../utils/contract';
import { analyseArticle, analyseRegulation, overlayFindings } from '../../../utils/analysis/analyse';
import { liveArticles, parseCorpus } from '../../../utils/analysis/corpus';
import { CORPUS_DIR } from '../../../scripts/lib/shared-dir';

const GENERAL_WHOLE_LAW = 'Onze Minister kan deze wet buiten toepassing laten voor zover toepassing zal leiden tot een onbillijkheid van overwegende aard.';
const SPECIFIC = 'Het college kan afzien van terugvordering indien daarvoor dringende redenen aanwezig zijn.';
const PLAIN = 'Het college stelt het recht op bijstand vast.';

describe('analyseArticle', () => {
  it('returns class, span, covers and hooks together', () => {
    const r = analyseArticle({ bwbId: 'BWBR0015703', label: '58', text: SPECIFIC });
    expect(r).toMatchObject({ bwbId: 'BWBR0015703', label: '58', clause: 'specific', covers: [] });
    expect(r.span?.text).toBe(SPECIFIC);
    // A power to refrain from recovery relieves the person: no 3:4 (issue #23, fifth round).
    expect(r.hooks.map((h) => h.awb)).not.toContain('3:4');
    const burden = analyseArticle(
      { bwbId: 'BWBR0099999', label: '5', text: 'Onze Minister kan de vergunning intrekken of wijzigen indien de houder de aan de vergunning verbonden voorschriften niet naleeft.' },
      { kind: 'wet' },
    );
    expect(burden.hooks.map((h) => h.awb)).toContain('3:4');
  });

  it('gives a BES regulation no Awb hooks and no Awb escape (the Awb does not apply there)', () => {
    const input = { bwbId: 'BWBR0099999', label: '3', text: 'De toezichthouder kan een bestuurlijke boete opleggen. Een ten onrechte verstrekte uitkering wordt teruggevorderd.' };
    const plain = analyseArticle(input);
    expect(plain.hooks.length).toBeGreaterThan(0);
    expect(plain.rigid.map((r) => r.coveredBy)).toContain('Awb 4:94a');
    const bes = analyseArticle(input, { bes: true });
    expect(bes.hooks).toEqual([]);
    expect(bes.rigid.map((r) => r.outcome)).toEqual(plain.rigid.map((r) => r.outcome));
    expect(bes.rigid.every((r) => r.coveredBy === null)).toBe(true);
    expect(analyseArticle(input, { bes: true, policyRule: true }).rigid.every((r) => r.coveredBy === null)).toBe(true);
  });

  it('finds no clause in private law', () => {
    expect(analyseArticle({ bwbId: 'BWBR0005290', label: '1', text: SPECIFIC }).clause).toBeNull();
  });
});

describe('overlayFindings', () => {
  it("gives the overlay analyseArticle's clause and hooks for every article of the Participatiewet", () => {
    const pw = parseCorpus(readFileSync(join(CORPUS_DIR, 'BWBR0015703.json'), 'utf8'));
    const articles = liveArticles(pw).map((a) => ({ bwbId: pw.bwbId, label: a.label, text: a.text }));
    expect(articles.some((a) => overlayFindings(a).clause !== null)).toBe(true);
    for (const a of articles) {
      const { clause, hooks } = analyseArticle(a);
      expect(overlayFindings(a), a.label).toEqual({ clause, hooks });
    }
  });

  it('gives a BES law the same clause but no Awb hooks, as analyseArticle does', () => {
    const input = { bwbId: 'BWBR0099999', label: '3', text: 'De toezichthouder kan een bestuurlijke boete opleggen.' };
    expect(overlayFindings(input).hooks).not.toEqual([]);
    expect(overlayFindings(input, { bes: true })).toEqual({ clause: analyseArticle(input, { bes: true }).clause, hooks: [] });
  });
});

describe('analyseRegulation', () => {
  it('reports algemeen_eigen and marks the other articles as covered', () => {
    const r = analyseRegulation('BWBR0011453', [
      { label: '1.1', text: PLAIN },
      { label: '9.1', text: SPECIFIC },
      { label: '11.5', text: GENERAL_WHOLE_LAW },
    ]);
    expect(r.clause).toMatchObject({ status: 'algemeen_eigen', clauseBwbId: 'BWBR0011453', clauseLabel: '11.5' });
    expect(r.articles.map((a) => a.clauseStatus)).toEqual(['gedekt_eigen', 'is_specifieke_afwijkingsbevoegdheid', 'is_hardheidsclausule']);
    expect(r.generalLabels).toEqual(['11.5']);
    expect(r.specificLabels).toEqual(['9.1']);
  });

  it('reports alleen_specifiek and a limited general clause with the articles it names', () => {
    const r = analyseRegulation('BWBR0006251', [
      { label: '6', text: PLAIN },
      { label: '7', text: PLAIN },
      { label: '7a', text: 'Onze Minister kan artikel 6, onderdeel e, buiten toepassing laten voor zover toepassing zal leiden tot een onbillijkheid van overwegende aard.' },
      { label: '8', text: PLAIN },
    ]);
    expect(r.clause.status).toBe('alleen_specifiek');
    expect(r.clause.note).toContain('7a');
    expect(r.articles.map((a) => a.clauseStatus)).toEqual(['gedekt_beperkt', 'niet_gedekt', 'is_hardheidsclausule', 'niet_gedekt']);
  });

  it('reports algemeen_extern for a law covered by another law, and geen otherwise', () => {
    const huurtoeslag = analyseRegulation('BWBR0008659', [{ label: '13', text: PLAIN }]);
    expect(huurtoeslag.clause).toMatchObject({ status: 'algemeen_extern', clauseBwbId: 'BWBR0018472', clauseLabel: '47' });
    expect(huurtoeslag.articles[0]?.clauseStatus).toBe('gedekt_extern');
    const none = analyseRegulation('BWBR0035917', [{ label: '1.1.1', text: PLAIN }]);
    expect(none.clause.status).toBe('geen');
    expect(none.articles[0]?.clauseStatus).toBe('niet_gedekt');
  });

  it('uses only contract vocabulary', () => {
    const r = analyseRegulation('BWBR0004770', [{ label: '1', text: PLAIN }, { label: '2', text: SPECIFIC }]);
    expect(RegulationClauseStatus.safeParse(r.clause.status).success).toBe(true);
    for (const a of r.articles) expect(ArticleClauseStatus.safeParse(a.clauseStatus).success).toBe(true);
  });
});
