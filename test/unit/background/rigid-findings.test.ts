import { describe, expect, it } from 'vitest';
import { rigidFindings } from '../../../utils/background/rigid-findings';
import { namedCover, type ArticleView } from '../../../utils/overlay/model';
import type { ArticleClause, RegulationResponse } from '../../../utils/contract/api';

// A law that is in no list of the analysis (not private law, no Awb exclusion), with texts written for this test.
const bwbId = 'BWBR0099999';
const recovery = {
  label: '7',
  text: '1. Indien de belanghebbende de verplichting, bedoeld in artikel 5, niet is nagekomen, wordt de uitkering over de periode waarin hij die verplichting niet nakwam van hem teruggevorderd.',
};
const withdrawal = {
  label: '8',
  text: '1. Het college trekt de vergunning in, indien de houder de voorschriften van de vergunning niet naleeft.\n2. Het college maakt de intrekking bekend in de Staatscourant.',
};
const wholeLawClause = {
  label: '12',
  text: 'Onze Minister kan in bijzondere gevallen ten gunste van de belanghebbende afwijken van de bepalingen van deze wet, voor zover toepassing daarvan zal leiden tot onbillijkheden van overwegende aard.',
};
const clauseForArticle8 = {
  label: '13',
  text: 'Onze Minister kan artikel 8 buiten toepassing laten of daarvan afwijken voor zover toepassing van dat artikel zal leiden tot onbillijkheden van overwegende aard.',
};
const awb = { bwbId: 'BWBR0005537', label: '4:94a', law: 'Awb' };

describe('rigidFindings (the panel\'s rigid provisions, computed in the background)', () => {
  it('covers a recovery by Awb 4:94a and leaves a withdrawal uncovered when the law has no clause', () => {
    expect(rigidFindings({ bwbId, title: null, article: recovery, clauses: [], named: null })).toEqual([
      { outcome: 'terugvordering', phrase: expect.stringMatching(/^wordt .* teruggevorderd$/), coveredBy: awb },
    ]);
    expect(rigidFindings({ bwbId, title: null, article: withdrawal, clauses: [], named: null })).toEqual([
      { outcome: 'intrekking', phrase: 'college trekt de vergunning in', coveredBy: null },
    ]);
  });

  it('prefers an own general clause for the whole law over the Awb escape', () => {
    const own = { bwbId, label: '12', law: null };
    expect(rigidFindings({ bwbId, title: null, article: recovery, clauses: [wholeLawClause], named: null })[0]?.coveredBy).toEqual(own);
    expect(rigidFindings({ bwbId, title: null, article: withdrawal, clauses: [wholeLawClause], named: null })[0]?.coveredBy).toEqual(own);
  });

  it('counts a clause limited to other articles only for those articles', () => {
    expect(rigidFindings({ bwbId, title: null, article: withdrawal, clauses: [clauseForArticle8], named: null })[0]?.coveredBy).toEqual({ bwbId, label: '13', law: null });
    expect(rigidFindings({ bwbId, title: null, article: recovery, clauses: [clauseForArticle8], named: null })[0]?.coveredBy).toEqual(awb);
  });

  it('takes the clause the API names before what the page text shows', () => {
    const named = { bwbId: 'BWBR0018472', label: '47', law: 'Awir' };
    expect(rigidFindings({ bwbId, title: null, article: withdrawal, clauses: [wholeLawClause], named })[0]?.coveredBy).toEqual(named);
  });

  it('gives a BES law no Awb escape, as the Awb does not apply there, but keeps its own clause', () => {
    const title = 'Wet uitkeringen BES';
    expect(rigidFindings({ bwbId, title, article: recovery, clauses: [], named: null })[0]?.coveredBy).toBeNull();
    expect(rigidFindings({ bwbId, title, article: recovery, clauses: [wholeLawClause], named: null })[0]?.coveredBy).toEqual({ bwbId, label: '12', law: null });
  });

  it('finds nothing in an article without a rigid provision, nor in private law', () => {
    expect(rigidFindings({ bwbId, title: null, article: wholeLawClause, clauses: [], named: null })).toEqual([]);
    expect(rigidFindings({ bwbId: 'BWBR0005290', title: null, article: withdrawal, clauses: [], named: null })).toEqual([]);
  });
});

describe('namedCover (what the API data says covers an article)', () => {
  const clause = (status: ArticleClause['status'], clauseLabel: string | null, more: Partial<ArticleClause> = {}): ArticleClause => ({
    status, clauseBwbId: null, clauseLabel, note: null, source: null, verified: true, ...more,
  });
  const view = (curated: ArticleClause | null) => ({ curated: curated && { label: '7', signalIds: [], clause: curated, hooks: [] } }) as unknown as ArticleView;
  const data = (status: RegulationResponse['clause']['status'], clauseLabel: string | null) =>
    ({ clause: { status, clauseBwbId: null, clauseLabel, note: null, source: null, verified: true } }) as RegulationResponse;

  it('names the law\'s general clause, or the article\'s own curated cover in another law', () => {
    expect(namedCover(view(null), data('algemeen_eigen', '12'), bwbId)).toEqual({ bwbId, label: '12', law: null });
    const awir = clause('gedekt_extern', '47', { clauseBwbId: 'BWBR0018472', clauseLaw: 'Awir' });
    expect(namedCover(view(awir), data('geen', null), bwbId)).toEqual({ bwbId: 'BWBR0018472', label: '47', law: 'Awir' });
    expect(namedCover(view(clause('gedekt_eigen', null)), data('algemeen_eigen', '12'), bwbId)).toEqual({ bwbId, label: '12', law: null });
  });

  it('names none where the law has no general clause or the article is only partly or not covered', () => {
    expect(namedCover(view(null), data('alleen_specifiek', null), bwbId)).toBeNull();
    expect(namedCover(view(null), null, bwbId)).toBeNull();
    expect(namedCover(view(clause('niet_gedekt', null)), data('algemeen_eigen', '12'), bwbId)).toBeNull();
    expect(namedCover(view(clause('gedekt_beperkt', '13')), data('algemeen_eigen', '12'), bwbId)).toBeNull();
  });
});
