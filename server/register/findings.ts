// One regulation's computed findings from the register, for the API and the public law page.
import type { ComputedFindings } from '../../utils/contract/register';
import type { LoadedRegister } from './load';

export function computedFindings(loaded: LoadedRegister | null, bwbId: string): ComputedFindings | undefined {
  const entry = loaded?.byId.get(bwbId);
  if (!loaded || !entry) return undefined;
  return {
    method: 'automatisch herkend',
    source: loaded.register.source,
    versionDate: entry.versionDate,
    clauseStatus: entry.clauseStatus,
    clauses: entry.clauses,
    rigid: entry.rigid,
  };
}

/** A law's view with the register's findings added, when the register has the law. */
export function withComputed<T extends object>(view: T, loaded: LoadedRegister | null, bwbId: string): T & { computed?: ComputedFindings } {
  const computed = computedFindings(loaded, bwbId);
  return computed ? { ...view, computed } : view;
}
