// How far two readers who label the same articles independently agree (issue #23): whether the labels the
// detectors are measured against can be reproduced, so that a precision target of 0.9 can be told apart from
// the labels' own noise.

export interface ReaderLabel {
  /** "none" or "rigid:<outcome>". */
  rigid: string;
  /** Awb articles, e.g. "3:4". */
  hooks: ReadonlySet<string>;
}

export interface RigidAgreement {
  both: number;
  firstOnly: number;
  secondOnly: number;
  neither: number;
  /** Of the articles both call rigid, those with the same outcome. */
  sameOutcome: number;
  /** Cohen's kappa on rigid or not, over the articles compared. */
  kappa: number;
  /** 2·both / (2·both + firstOnly + secondOnly): agreement on the rare positive class. */
  positive: number;
}

export interface HookAgreement {
  both: number;
  firstOnly: number;
  secondOnly: number;
  positive: number;
}

const isRigid = (label: ReaderLabel) => label.rigid !== 'none';

/** Agreement on the keys the second reader labelled (each must be in `first`). */
export function rigidAgreement(first: ReadonlyMap<string, ReaderLabel>, second: ReadonlyMap<string, ReaderLabel>): RigidAgreement {
  const counts = { both: 0, firstOnly: 0, secondOnly: 0, neither: 0, sameOutcome: 0 };
  for (const [key, b] of second) {
    const a = first.get(key);
    if (!a) throw new Error(`${key}: labelled by the second reader only`);
    if (isRigid(a) && isRigid(b)) {
      counts.both++;
      if (a.rigid === b.rigid) counts.sameOutcome++;
    } else if (isRigid(a)) counts.firstOnly++;
    else if (isRigid(b)) counts.secondOnly++;
    else counts.neither++;
  }
  const n = counts.both + counts.firstOnly + counts.secondOnly + counts.neither;
  const observed = (counts.both + counts.neither) / n;
  const firstYes = (counts.both + counts.firstOnly) / n;
  const secondYes = (counts.both + counts.secondOnly) / n;
  const chance = firstYes * secondYes + (1 - firstYes) * (1 - secondYes);
  const kappa = chance === 1 ? 1 : (observed - chance) / (1 - chance);
  return { ...counts, kappa, positive: positiveAgreement(counts.both, counts.firstOnly, counts.secondOnly) };
}

/** Agreement on hooks, counted per (article, Awb article); `ignore` leaves hooks out (e.g. a disputed convention). */
export function hookAgreement(first: ReadonlyMap<string, ReaderLabel>, second: ReadonlyMap<string, ReaderLabel>, ignore: ReadonlySet<string> = new Set()): HookAgreement {
  let both = 0;
  let firstOnly = 0;
  let secondOnly = 0;
  for (const [key, b] of second) {
    const a = first.get(key)?.hooks ?? new Set<string>();
    for (const hook of new Set([...a, ...b.hooks])) {
      if (ignore.has(hook)) continue;
      if (a.has(hook) && b.hooks.has(hook)) both++;
      else if (a.has(hook)) firstOnly++;
      else secondOnly++;
    }
  }
  return { both, firstOnly, secondOnly, positive: positiveAgreement(both, firstOnly, secondOnly) };
}

function positiveAgreement(both: number, firstOnly: number, secondOnly: number): number {
  const all = 2 * both + firstOnly + secondOnly;
  return all === 0 ? 1 : (2 * both) / all;
}

/** Parses a "key<TAB>rigid<TAB>hooks[<TAB>note]" file; "-" is no hook. */
export function parseReaderLabels(tsv: string): Map<string, ReaderLabel> {
  const labels = new Map<string, ReaderLabel>();
  for (const line of tsv.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const [key, rigid, hooks] = line.split('\t');
    if (!key || !rigid || hooks === undefined) throw new Error(`not "key<TAB>rigid<TAB>hooks": ${line.slice(0, 80)}`);
    labels.set(key, { rigid: rigid.trim(), hooks: new Set(hooks.trim() === '-' ? [] : hooks.split(',').map((h) => h.trim())) });
  }
  return labels;
}
