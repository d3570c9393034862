// The register as CSV (RFC 4180): one row per finding (a clause or a rigid provision), so a spreadsheet
// answers "which regulations have a general clause, which rigid provisions does nothing cover".
import type { Register } from '../../utils/contract/register';
import { csvField } from '../export/csv';

export const REGISTER_CSV_COLUMNS = [
  'bwb_id',
  'title',
  'kind',
  'version_date',
  'year',
  'clause_status',
  'label',
  'finding',
  'detail',
  'phrase',
  'covered_by',
] as const;

export function registerToCsv(register: Pick<Register, 'regulations'>): string {
  const lines = [REGISTER_CSV_COLUMNS.join(',')];
  for (const r of register.regulations) {
    const base = [r.bwbId, r.title, r.kind, r.versionDate, r.year === null ? null : String(r.year), r.clauseStatus];
    for (const c of r.clauses) lines.push([...base, c.label, `clause:${c.clause}`, c.covers.join('; '), null, null].map(csvField).join(','));
    for (const x of r.rigid) lines.push([...base, x.label, 'rigid', x.outcome, x.phrase, x.coveredBy].map(csvField).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
