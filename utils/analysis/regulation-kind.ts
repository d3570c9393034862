// The regulation's kind as the hook classifier was trained on it (laws-markdown's folders, the statute book's "soort":
// wet, AMvB, ministeriele-regeling, beleidsregel, zbo). Callers with the statute book's metadata pass its kind; the
// extension knows only the page's title, so the kind is read from the title's head word ("Besluit …" → AMvB,
// "Regeling …" → ministeriele-regeling, "…wet" → wet, "…reglement" → zbo). How often that guess differs from the
// metadata and what it changes: docs/analysis.md, "Hooks from the tested classifier".

/** No kind known: the classifier's kind feature then carries no weight. */
export const UNKNOWN_KIND = 'onbekend';

/** A title's head word (the first that names a kind of regulation) and the kind it usually means. */
const HEAD_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^beleidsregels?$/, 'beleidsregel'],
  [/(?:wet|wetboek)$/, 'wet'],
  [/(?:regeling|beschikking|^aanwijzing)$/, 'ministeriele-regeling'],
  [/reglement$/, 'zbo'],
  [/besluit$/, 'AMvB'],
];

/** A besluit that a minister or a body takes alone rather than the Crown: a ministerial regulation. */
const NOT_THE_CROWN = /^Besluit (?:van (?:de|het) |(?:verlening |tot )?(?:mandaat|ondermandaat|volmacht|machtiging)\b)/i;

/** The kind from the title alone; "onbekend" where no head word names one. */
export function kindFromTitle(title: string): string {
  const clean = title.replace(/^["“”']+/, '').trim();
  if (NOT_THE_CROWN.test(clean)) return 'ministeriele-regeling';
  for (const word of clean.toLowerCase().match(/[a-zà-ÿ]+/g) ?? []) {
    const head = HEAD_WORDS.find(([re]) => re.test(word));
    if (head) return head[1];
  }
  return UNKNOWN_KIND;
}

/** The kind for the hook classifier: the statute book's own where the caller has it (without "-BES"), else the title's. */
export function regulationKind({ kind, title }: { kind?: string | null; title?: string | null }): string {
  if (kind) return kind.replace(/-BES$/, '');
  return title ? kindFromTitle(title) : UNKNOWN_KIND;
}
