// The committed register of the statute book through the API and the public pages: the export in both
// formats, one regulation's line, the computed findings next to curated data (labelled, with their text
// version), /overzicht's totals, and what does not change: /v1/index and the 404 for laws without data.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IndexResponse, RegulationResponse } from '../../utils/contract/api';
import { Register, RegisterEntryResponse } from '../../utils/contract/register';
import { REGISTER_CSV_COLUMNS } from '../../server/register/csv';
import { COMMITTED_REGISTER, committedRegister } from '../../server/register/load';
import { summarise } from '../../server/register/summary';
import { heldOutReliability } from '../../utils/analysis/held-out-record';
import { ENGINES, parseCsv, seededApp } from './support';

const LAWS_MARKDOWN_COMMIT = '91556a80a25a3da4234c8039945c6aeef4108d00';

describe('the committed register', () => {
  it('is the whole laws-markdown snapshot, with its provenance, under 1 MB compressed', () => {
    const bytes = readFileSync(COMMITTED_REGISTER);
    expect(bytes.length).toBeLessThan(1_000_000);
    const register = Register.parse(JSON.parse(gunzipSync(bytes).toString('utf8')));
    expect(register.source).toMatchObject({ name: 'statengeneraal/laws-markdown', commit: LAWS_MARKDOWN_COMMIT, commitDate: '2017-05-10' });
    expect(register.regulations.length).toBeGreaterThan(19_000);
    const summary = readFileSync(new URL('./summary.md', COMMITTED_REGISTER), 'utf8');
    const s = summarise(register);
    expect(summary).toContain(`- regulations: ${s.regulations} (articles: ${s.articles})`);
    expect(summary).toContain(`of which not covered by any clause or Awb escape: ${s.uncovered}`);
    const { rigid } = heldOutReliability();
    expect(summary).toContain(`of the rigid provisions it found, ${rigid.tp} of ${rigid.tp + rigid.fp} were right, and it found ${rigid.tp} of ${rigid.tp + rigid.fn}`);
  });
});

describe.each([ENGINES[0]!])('register over the API on $name', (engine) => {
  let ctx: Awaited<ReturnType<typeof seededApp>>;
  let bare: Awaited<ReturnType<typeof seededApp>>;
  beforeAll(async () => {
    ctx = await seededApp(engine);
    bare = await seededApp(engine, { register: () => null });
  });
  afterAll(async () => {
    await ctx.drop();
    await bare.drop();
  });

  it('exports the whole register as JSON, the committed data unchanged', async () => {
    const res = await ctx.app.request('/v1/export/register?format=json');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(Register.parse(await res.json())).toEqual(committedRegister().register);
  });

  it('exports one CSV row per finding', async () => {
    const res = await ctx.app.request('/v1/export/register?format=csv');
    expect(res.headers.get('Content-Type')).toMatch(/^text\/csv/);
    const rows = parseCsv(await res.text());
    const { register } = committedRegister();
    expect(rows[0]).toEqual([...REGISTER_CSV_COLUMNS]);
    expect(rows.length - 1).toBe(register.regulations.reduce((n, r) => n + r.clauses.length + r.rigid.length, 0));
    const col = (name: (typeof REGISTER_CSV_COLUMNS)[number]) => REGISTER_CSV_COLUMNS.indexOf(name);
    const participatiewet = rows.filter((r) => r[col('bwb_id')] === 'BWBR0015703' && r[col('finding')] === 'rigid');
    expect(participatiewet.map((r) => [r[col('label')], r[col('detail')], r[col('covered_by')]])).toContainEqual(['53', 'terugvordering', 'Awb 4:94a']);
  });

  it('refuses an unknown format, and answers 404 without a register', async () => {
    expect((await ctx.app.request('/v1/export/register?format=xml')).status).toBe(400);
    expect((await bare.app.request('/v1/export/register')).status).toBe(404);
  });

  it("answers one regulation's line, also for a law the API has no signals about", async () => {
    const res = await ctx.app.request('/v1/register/BWBR0011825');
    const body = RegisterEntryResponse.parse(await res.json());
    expect(body.source.commit).toBe(LAWS_MARKDOWN_COMMIT);
    expect(body.regulation).toEqual(committedRegister().byId.get('BWBR0011825'));
    expect((await ctx.app.request('/v1/register/BWBR9999999')).status).toBe(404);
    expect((await ctx.app.request('/v1/register/nope')).status).toBe(400);
  });

  it('adds the computed findings, labelled with their text version, to a law with data', async () => {
    const body = RegulationResponse.parse(await (await ctx.app.request('/v1/regulations/BWBR0015703')).json());
    const entry = committedRegister().byId.get('BWBR0015703')!;
    expect(body.computed).toEqual({
      method: 'automatisch herkend',
      source: committedRegister().register.source,
      versionDate: entry.versionDate,
      clauseStatus: entry.clauseStatus,
      clauses: entry.clauses,
      rigid: entry.rigid,
    });
    const without = RegulationResponse.parse(await (await bare.app.request('/v1/regulations/BWBR0015703')).json());
    expect(without.computed).toBeUndefined();
    // The curated part is the same with or without the register (the two databases differ only in timestamps).
    expect([body.regulation, body.clause, body.articles]).toEqual([without.regulation, without.clause, without.articles]);
  });

  it('keeps lookups private: /v1/index does not grow, and a law with only computed findings is still 404', async () => {
    const index = IndexResponse.parse(await (await ctx.app.request('/v1/index')).json());
    const bareIndex = IndexResponse.parse(await (await bare.app.request('/v1/index')).json());
    expect(index.regulations).toEqual(bareIndex.regulations);
    expect(index.regulations.some((r) => r.bwbId === 'BWBR0011825')).toBe(false);
    expect((await ctx.app.request('/v1/regulations/BWBR0011825')).status).toBe(404);
  });

  it('shows the totals on /overzicht and the findings on the law page, in Dutch and English', async () => {
    const s = summarise(committedRegister().register);
    const overview = parseHTML(await (await ctx.app.request('/overzicht')).text()).document;
    const section = overview.querySelector('section[aria-labelledby="register"]')!;
    expect(section.querySelector('h2')!.textContent).toBe('Hardheidsclausules in alle regelingen (automatisch herkend)');
    expect(section.textContent).toContain(`Met een eigen algemene hardheidsclausule: ${s.withGeneral} regelingen`);
    expect(section.textContent).toContain(`Daarvan dekt geen clausule of Awb-artikel er ${s.uncovered}.`);
    // Kinds read as people name them, never as the source's folder names.
    const kinds = [...section.querySelectorAll('tbody tr th')].map((th) => th.textContent);
    expect(kinds).toContain('Ministeriële regeling');
    expect(kinds.filter((k) => /^[a-z]+(-[a-zA-Z]+)+$/.test(k ?? ''))).toEqual([]);
    const wetRow = [...section.querySelectorAll('tr')].find((tr) => tr.querySelector('th')?.textContent === 'Wet')!;
    const wet = s.byKind.find((r) => r.group === 'wet')!;
    expect([...wetRow.querySelectorAll('td')].map((td) => td.textContent)).toEqual(
      expect.arrayContaining([String(wet.regulations), String(wet.withGeneral), String(wet.rigid), String(wet.uncovered)]),
    );
    // How far to trust it: the held-out record's counts, not a number written into the page.
    const { clause, rigid } = heldOutReliability();
    expect(section.textContent).toContain(`klopten er ${clause.tp} van de ${clause.tp + clause.fp}`);
    expect(section.textContent).toContain(`klopten er ${rigid.tp} van de ${rigid.tp + rigid.fp}. Wetsignaal vond ${rigid.tp} van de ${rigid.tp + rigid.fn} strikte bepalingen`);
    const english = parseHTML(await (await ctx.app.request('/overzicht?lang=en')).text()).document;
    expect(english.querySelector('#register')!.textContent).toBe('Hardship clauses in all regulations (detected automatically)');
    expect(english.querySelector('section[aria-labelledby="register"]')!.textContent).toContain(`Of the rigid provisions Wetsignaal found, ${rigid.tp} of ${rigid.tp + rigid.fp} were right.`);
    expect(english.querySelector('section[aria-labelledby="register"] tbody tr th')!.textContent).toBe('Ministerial regulation');
    const bareOverview = parseHTML(await (await bare.app.request('/overzicht')).text()).document;
    expect(bareOverview.querySelector('#register')).toBeNull();

    const page = parseHTML(await (await ctx.app.request('/regeling/BWBR0015703')).text()).document;
    const computed = page.querySelector('section[aria-labelledby="automatisch-herkend"]')!;
    expect(computed.textContent).toContain('Gelezen in de tekst van 30-08-2015');
    expect(computed.textContent).toContain('Artikel 53: terugvordering');
    expect(computed.textContent).toContain('gedekt door Awb 4:94a');
    expect(computed.textContent).toContain('niet gedekt');
    expect(computed.textContent).toContain(`klopten ${rigid.tp} van de ${rigid.tp + rigid.fp} strikte bepalingen die Wetsignaal vond`);
  });
});
