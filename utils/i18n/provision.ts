// How a provision is cited: Dutch as drafters write it ("artikel 3, tweede lid"), English in the usual
// short form ("article 3(2)"). Lid numbers with a letter or above twenty keep their digits ("lid 2a").
import { ORDINALS } from '../analysis/covers';
import type { Language } from './index';

/** "artikel 3, tweede lid" / "article 3(2)"; without a lid just the article. */
export function citeProvision(label: string, lid: string | null, language: Language): string {
  if (language === 'en') return `article ${label}${lid ? `(${lid})` : ''}`;
  if (!lid) return `artikel ${label}`;
  const ordinal = /^[0-9]+$/.test(lid) ? ORDINALS[Number(lid) - 1] : undefined;
  return ordinal ? `artikel ${label}, ${ordinal} lid` : `artikel ${label}, lid ${lid}`;
}
