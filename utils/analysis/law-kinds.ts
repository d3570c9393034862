// Private-law codes in the corpus. Hardheidsclausules and Awb hooks concern a bestuursorgaan applying
// public law; in private law "dringende reden" or "bijzondere omstandigheden" weigh between parties.
export const PRIVATE_LAW_BWB_IDS: readonly string[] = ['BWBR0005290'];

export function isPrivateLaw(bwbId: string): boolean {
  return PRIVATE_LAW_BWB_IDS.includes(bwbId);
}
