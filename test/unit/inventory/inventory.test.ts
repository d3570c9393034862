// The statute book's inventory on a few real laws: the BWB XML reader against the corpus made from the same
// file, `inventory` against `analyse` on the same text, and the command end to end on a small git repository
// in the laws-markdown layout (read with git cat-file, analysed in worker threads), never the whole book.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inventoryEntry } from '../../../utils/analysis/inventory';
import { liveArticles, parseCorpus, type CorpusFile } from '../../../utils/analysis/corpus';
import { Register } from '../../../utils/contract/register';
import { readBwbXml } from '../../../scripts/lib/bwb-xml';
import { markdownRegulation } from '../../../scripts/lib/inventory-sources';
import { yearOf } from '../../../scripts/lib/laws-markdown';
import { CORPUS_DIR } from '../../../scripts/lib/shared-dir';
import { REGISTER_CSV_COLUMNS } from '../../../server/register/csv';
import { decadeOf, summarise } from '../../../server/register/summary';

const ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURE = join(ROOT, 'test/fixtures/bwb-xml/BWBR0018451_2025-01-01_0.xml');
const corpus = (bwbId: string): CorpusFile => parseCorpus(readFileSync(join(CORPUS_DIR, `${bwbId}.json`), 'utf8'));

/** A corpus law written the way laws-markdown writes a regulation. */
function asMarkdown(file: CorpusFile, signed: string): string {
  const articles = liveArticles(file).map((a) => `### Artikel  ${a.label}  \n\n${a.text.split('\n').join('  \n\n')}\n`);
  return `<meta http-equiv='Content-Type' content='text/html; charset=utf-8' />\n\n##${file.title}\n\n${articles.join('\n')}\nGegeven te 's-Gravenhage\n${signed}\n`;
}

function tsx(args: string[]): string {
  return execFileSync(join(ROOT, 'node_modules/.bin/tsx'), args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('BWB toestand XML reader', () => {
  it('reads the Wet op de zorgtoeslag article by article as the corpus file made from the same XML', () => {
    const read = readBwbXml(readFileSync(FIXTURE, 'utf8'));
    const expected = corpus('BWBR0018451');
    expect(read).toMatchObject({ bwbId: 'BWBR0018451', title: 'Wet op de zorgtoeslag', kind: 'wet', versionDate: '2025-01-01', year: 2005 });
    expect(read.articles).toEqual(liveArticles(expected).map((a) => ({ label: a.label, text: a.text })));
  });

  it('refuses a file that is not a toestand', () => {
    expect(() => readBwbXml('<?xml version="1.0"?><html><body/></html>')).toThrow(/toestand/);
  });
});

describe('one regulation in the register', () => {
  it('agrees with `npm run analyse` on the same text (Awir: a general clause and the rigid provisions it covers)', () => {
    const file = corpus('BWBR0018472');
    const entry = inventoryEntry({ bwbId: file.bwbId, title: 'Awir', kind: 'wet', versionDate: null, year: null, articles: liveArticles(file) });
    const lines = tsx(['scripts/analyse.ts', join(CORPUS_DIR, 'BWBR0018472.json')])
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { label: string; clause: string | null; covers: Array<{ text: string }>; rigid: Array<{ outcome: string; phrase: string; coveredBy: string | null }> });
    const clauses = lines.filter((l) => l.clause).map((l) => ({ label: l.label, clause: l.clause, covers: l.covers.map((c) => c.text) }));
    const rigid = lines.flatMap((l) => l.rigid.map((r) => ({ label: l.label, ...r })));
    expect(entry.clauses).toEqual(clauses);
    expect(entry.rigid).toEqual(rigid);
    expect(entry.clauseStatus).toBe('algemeen_eigen');
    expect(entry.clauses).toContainEqual(expect.objectContaining({ label: '47', clause: 'general' }));
    expect(entry.rigid.length).toBeGreaterThan(0);
    expect(entry.rigid.every((r) => r.coveredBy === 'art. 47')).toBe(true);
  });

  it('gives a BES regulation no Awb escape, and agrees with `npm run analyse` reading the kind from the file', () => {
    const articles = [{ label: '1', text: 'Een ten onrechte verstrekte tegemoetkoming wordt door Onze Minister teruggevorderd.' }];
    const bes = inventoryEntry({ bwbId: 'BWBR0099999', title: 'Regeling tegemoetkoming BES', kind: 'ministeriele-regeling-BES', versionDate: null, year: null, articles });
    const plain = inventoryEntry({ bwbId: 'BWBR0099999', title: 'Regeling tegemoetkoming', kind: 'ministeriele-regeling', versionDate: null, year: null, articles });
    expect(plain.rigid).toEqual([expect.objectContaining({ outcome: 'terugvordering', coveredBy: 'Awb 4:94a' })]);
    expect(bes.rigid).toEqual([expect.objectContaining({ outcome: 'terugvordering', coveredBy: null })]);
    const dir = mkdtempSync(join(tmpdir(), 'bes-'));
    try {
      const path = join(dir, 'BWBR0099999.json');
      writeFileSync(path, JSON.stringify({ bwbId: 'BWBR0099999', kind: 'ministeriele-regeling-BES', articles }));
      const lines = tsx(['scripts/analyse.ts', path]).trim().split('\n').map((l) => JSON.parse(l) as { label: string; hooks: unknown[]; rigid: Array<{ outcome: string; phrase: string; coveredBy: string | null }> });
      expect(lines.flatMap((l) => l.rigid.map((r) => ({ label: l.label, ...r })))).toEqual(bes.rigid);
      expect(lines.every((l) => l.hooks.length === 0)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves out "[vervallen]" articles and takes the year from the signature', () => {
    const md = "##Regeling\n\n### Artikel  1  \n\nDe minister vordert de subsidie terug.\n\n### Artikel  2  \n\n[vervallen]\n\nDen Haag \n17 januari 2006\n";
    const reg = markdownRegulation('ministeriele-regeling/regeling/BWBR0099999/README.md', md, '2015-01-01');
    expect(reg).toMatchObject({ bwbId: 'BWBR0099999', kind: 'ministeriele-regeling', year: 2006, versionDate: '2015-01-01' });
    expect(reg.articles.map((a) => a.label)).toEqual(['1']);
  });

  it('takes the year from the heading before the signature, and none where none is written', () => {
    expect(yearOf('##Wet van 9 oktober 2003, houdende …\n\nGegeven te Den Haag\n1 januari 2010\n')).toBe(2003);
    expect(yearOf('##Instelling Commissie\n\nDe commissie is gevestigd te Den Haag.\n')).toBeNull();
    expect(yearOf('##Deelregeling meerjarige activiteitensubsidies 2013–2016\n')).toBe(2013);
  });
});

describe('npm run inventory on a small statute book in git', () => {
  let dir: string;
  let out: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'inventory-'));
    out = join(dir, 'out');
    const repo = join(dir, 'laws-markdown');
    const write = (path: string, text: string) => {
      mkdirSync(join(repo, path, '..'), { recursive: true });
      writeFileSync(join(repo, path), text);
    };
    write('wet/algemene/wet/inkomensafhankelijke/regelingen/BWBR0018472/README.md', asMarkdown(corpus('BWBR0018472'), '23 juni 2005'));
    write('wet/wet/BWBR0035917/README.md', asMarkdown(corpus('BWBR0035917'), '1 juli 2014'));
    write('README.md', 'not a regulation');
    const git = (...args: string[]) => execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args]);
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'two laws');
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the register, one CSV row per finding and the summary, from the git directory with two workers', () => {
    tsx(['scripts/inventory.ts', '--laws-markdown', join(dir, 'laws-markdown/.git'), '--out', out, '--gzip', '--workers', '2']);
    const register = Register.parse(JSON.parse(gunzipSync(readFileSync(join(out, 'register.json.gz'))).toString('utf8')));
    expect(register.source.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(register.regulations.map((r) => [r.bwbId, r.kind, r.year])).toEqual([
      ['BWBR0018472', 'wet', 2005],
      ['BWBR0035917', 'wet', 2014],
    ]);
    const awir = corpus('BWBR0018472');
    const expected = inventoryEntry({ bwbId: awir.bwbId, title: awir.title!, kind: 'wet', versionDate: null, year: 2005, articles: liveArticles(awir) });
    const got = register.regulations[0]!;
    expect({ ...got, versionDate: null }).toEqual({ ...expected, title: got.title });
    expect(got.versionDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const csv = readFileSync(join(out, 'register.csv'), 'utf8').trim().split('\r\n');
    const findings = register.regulations.reduce((n, r) => n + r.clauses.length + r.rigid.length, 0);
    expect(csv[0]).toBe(REGISTER_CSV_COLUMNS.join(','));
    expect(csv).toHaveLength(1 + findings);

    const summary = readFileSync(join(out, 'summary.md'), 'utf8');
    const s = summarise(register);
    expect(s.withGeneral).toBe(1);
    expect(summary).toContain(`rigid provisions: ${s.rigid}, of which not covered by any clause or Awb escape: ${s.uncovered}`);
    expect(summary).toContain('| BWBR0035917 |');
    expect(summary).not.toContain('| BWBR0018472 |'); // its rigid provisions are all covered by art. 47
  }, 120_000);

  it('reads a folder of BWB XML the same way', () => {
    const xmlOut = join(dir, 'xml-out');
    tsx(['scripts/inventory.ts', '--bwb-xml', join(ROOT, 'test/fixtures/bwb-xml'), '--out', xmlOut, '--workers', '1']);
    const register = Register.parse(JSON.parse(readFileSync(join(xmlOut, 'register.json'), 'utf8')));
    expect(register.regulations).toEqual([inventoryEntry(readBwbXml(readFileSync(FIXTURE, 'utf8')))]);
    expect(register.regulations[0]).toMatchObject({ versionDate: '2025-01-01', clauseStatus: 'algemeen_extern' });
  }, 120_000);
});

describe('summary', () => {
  it('groups by decade, unknown years last', () => {
    expect(decadeOf(1994)).toBe('1990s');
    expect(decadeOf(null)).toBe('onbekend');
  });
});
