// Regulations whose clause status cannot be read from their own text (domain.md §2.1, §4.1): a general
// clause in another law covers them, or a clause has been announced but is not in the text.
import type { RegulationClauseStatus } from '../contract';

export interface KnownClauseStatus {
  bwbId: string;
  status: Extract<RegulationClauseStatus, 'algemeen_extern' | 'voorgesteld'>;
  clauseBwbId: string | null;
  clauseLabel: string | null;
  note: string;
}

const AWIR_47 = { clauseBwbId: 'BWBR0018472', clauseLabel: '47' } as const;

export const KNOWN_CLAUSE_STATUS: KnownClauseStatus[] = [
  { bwbId: 'BWBR0008659', status: 'algemeen_extern', ...AWIR_47, note: 'Wet op de huurtoeslag: inkomensafhankelijke regeling onder Awir art. 47.' },
  { bwbId: 'BWBR0018451', status: 'algemeen_extern', ...AWIR_47, note: 'Wet op de zorgtoeslag: inkomensafhankelijke regeling onder Awir art. 47.' },
  { bwbId: 'BWBR0022751', status: 'algemeen_extern', ...AWIR_47, note: 'Wet op het kindgebonden budget: inkomensafhankelijke regeling onder Awir art. 47.' },
  {
    bwbId: 'BWBR0011353',
    status: 'algemeen_extern',
    clauseBwbId: 'BWBR0002320',
    clauseLabel: '63',
    note: 'Belastingwet: AWR art. 63 covers onbillijkheden "bij de toepassing van de belastingwet".',
  },
  {
    bwbId: 'BWBR0004770',
    status: 'voorgesteld',
    clauseBwbId: null,
    clauseLabel: null,
    note: 'Hardheidsclausule for tax collection announced (Kamerstuk 31 066 nr. 1242, 2023); enactment not verified.',
  },
];
