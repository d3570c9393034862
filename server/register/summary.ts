// The register's totals: how many regulations have a general hardheidsclausule, by kind and by decade,
// and how many rigid provisions nothing covers. Used by the inventory's summary file and by /overzicht.
import type { Register, RegisterRegulation } from '../../utils/contract/register';
import { hasGeneralClause } from '../../utils/analysis/inventory';
import { heldOutReliability, SINCE_POLICY } from '../../utils/analysis/held-out-record';

export interface ShareRow {
  /** The kind ("wet", "AMvB", …) or decade ("1990s"; "onbekend" when the year is not known). */
  group: string;
  regulations: number;
  withGeneral: number;
  rigid: number;
  uncovered: number;
}

export interface RegisterSummary {
  regulations: number;
  articles: number;
  withGeneral: number;
  withSpecificOnly: number;
  rigid: number;
  uncovered: number;
  byKind: ShareRow[];
  byDecade: ShareRow[];
}

export function decadeOf(year: number | null): string {
  return year === null ? 'onbekend' : `${Math.floor(year / 10) * 10}s`;
}

function uncoveredIn(reg: RegisterRegulation): number {
  return reg.rigid.filter((r) => r.coveredBy === null).length;
}

function shareRows(regs: readonly RegisterRegulation[], groupOf: (r: RegisterRegulation) => string): ShareRow[] {
  const rows = new Map<string, ShareRow>();
  for (const reg of regs) {
    const group = groupOf(reg);
    const row = rows.get(group) ?? { group, regulations: 0, withGeneral: 0, rigid: 0, uncovered: 0 };
    row.regulations++;
    if (hasGeneralClause(reg)) row.withGeneral++;
    row.rigid += reg.rigid.length;
    row.uncovered += uncoveredIn(reg);
    rows.set(group, row);
  }
  return [...rows.values()];
}

export function summarise(register: Pick<Register, 'regulations'>): RegisterSummary {
  const regs = register.regulations;
  const byKind = shareRows(regs, (r) => r.kind).sort((a, b) => b.regulations - a.regulations || a.group.localeCompare(b.group));
  // Decades in time order, the unknown ones last.
  const byDecade = shareRows(regs, (r) => decadeOf(r.year)).sort((a, b) => (a.group === 'onbekend' ? 1 : b.group === 'onbekend' ? -1 : a.group.localeCompare(b.group)));
  return {
    regulations: regs.length,
    articles: regs.reduce((n, r) => n + r.articleCount, 0),
    withGeneral: regs.filter(hasGeneralClause).length,
    withSpecificOnly: regs.filter((r) => !hasGeneralClause(r) && r.clauses.length > 0).length,
    rigid: regs.reduce((n, r) => n + r.rigid.length, 0),
    uncovered: regs.reduce((n, r) => n + uncoveredIn(r), 0),
    byKind,
    byDecade,
  };
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '0.0%' : `${((100 * part) / whole).toFixed(1)}%`;
}

function table(title: string, rows: readonly ShareRow[]): string[] {
  return [
    `### ${title}`,
    '',
    '| | regulations | with a general clause | share | rigid provisions | not covered |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.group} | ${r.regulations} | ${r.withGeneral} | ${percent(r.withGeneral, r.regulations)} | ${r.rigid} | ${r.uncovered} |`),
    '',
  ];
}

/** How far to trust the findings, from the held-out record (measured once per set on regulations never seen). */
function reliabilityLine(): string {
  const { clause, rigid } = heldOutReliability();
  return (
    `Measured on regulations the analysis had never seen (docs/analysis.md, \`npm run eval:analyse\`): of the general hardheidsclausules it found, ${clause.tp} of ${clause.tp + clause.fp} were right, and it found ${clause.tp} of ${clause.tp + clause.fn}; ` +
    `of the rigid provisions it found, ${rigid.tp} of ${rigid.tp + rigid.fp} were right, and it found ${rigid.tp} of ${rigid.tp + rigid.fn} (${SINCE_POLICY.join(', ')}: today's rules).`
  );
}

/** The summary as markdown: totals, the two tables, and the regulations with uncovered rigid provisions. */
export function summaryMarkdown(register: Register): string {
  const s = summarise(register);
  const uncovered = register.regulations.filter((r) => uncoveredIn(r) > 0).sort((a, b) => uncoveredIn(b) - uncoveredIn(a) || a.bwbId.localeCompare(b.bwbId));
  const { source } = register;
  return [
    '# Inventory of hardheidsclausules and rigid provisions',
    '',
    `Source: ${source.name}${source.commit ? ` at ${source.commit}` : ''}${source.commitDate ? ` (${source.commitDate})` : ''}. Generated ${register.generated}.`,
    'Computed by the analysis in utils/analysis (automatisch herkend), not checked by hand.',
    reliabilityLine(),
    '',
    `- regulations: ${s.regulations} (articles: ${s.articles})`,
    `- with a general hardheidsclausule of their own: ${s.withGeneral} (${percent(s.withGeneral, s.regulations)})`,
    `- with only specific deviation powers: ${s.withSpecificOnly}`,
    `- rigid provisions: ${s.rigid}, of which not covered by any clause or Awb escape: ${s.uncovered}`,
    '',
    ...table('By kind', s.byKind),
    ...table('By decade (year of the regulation)', s.byDecade),
    '### Regulations with rigid provisions nothing covers',
    '',
    '| BWB id | title | kind | not covered | articles |',
    '|---|---|---|---:|---|',
    ...uncovered.map((r) => {
      const labels = [...new Set(r.rigid.filter((x) => x.coveredBy === null).map((x) => x.label))].join(', ');
      return `| ${r.bwbId} | ${r.title.replace(/\|/g, '/')} | ${r.kind} | ${uncoveredIn(r)} | ${labels} |`;
    }),
    '',
  ].join('\n');
}
