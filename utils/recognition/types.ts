// What page recognition produces: the identity of the regulation and of every article on a page.
import type { PathStep } from '../contract/identity';
import type { LidIdentity } from './leden';
import type { RegulationStatus } from './status';

export type { LidIdentity, RegulationStatus };

export type PageKind = 'regulation' | 'part' | 'none';

/** Which strategy produced an article's identity, strongest first. Reported as selector health. */
export type Strategy = 'jci' | 'container-id' | 'heading' | 'override';

export interface RegulationIdentity {
  bwbId: string;
  title: string;
  /** ISO date of the version shown: from the URL, else from "Geldend van … t/m …", else null. */
  versionDate: string | null;
  /** ISO end date of validity, null for "heden" or unknown. */
  validTo: string | null;
  kind: Exclude<PageKind, 'none'>;
  /** Regulation-level notices from the header, verbatim (only lines of a known form, see status.ts). */
  notices: string[];
  /** What the status lines say beyond validity: the date asked for, a future text, a repealed regulation. */
  status: RegulationStatus;
}

export interface ArticleIdentity {
  label: string;
  path: PathStep[];
  /** The container's fragment id on the page, when there is one. */
  anchorId: string | null;
  /** Canonical Juriconnect 1.3 reference with z and g (from the page when present, else built). */
  jci: string;
  heading: string | null;
  repealed: boolean;
  notices: string[];
  /** Hash (hex) of the normalised article body text. */
  textHash: string;
  strategy: Strategy;
  /** The numbered leden with their ids, in order; empty for an article of one unnumbered paragraph. */
  leden: LidIdentity[];
}

export interface SelectorHealth {
  /** Articles found per strategy; all under `heading` means the stronger markers are gone. */
  byStrategy: Record<Strategy, number>;
  /** Set when the page looked like a law page but its structure was not understood (Dutch, shown in the popup). */
  problem: string | null;
  /** Article containers whose number no strategy could read. */
  unrecognised: number;
  /** Articles whose strategies disagreed on the label (the strongest one was kept). */
  conflicts: number;
  /** Status lines or banners of no known form: a sign the portal changed, never shown as a notice. */
  unknownStatusLines: string[];
}

/** The whole text of a regulation without articles, as one reportable unit (contract TargetKind `regulation`). */
export interface RegulationTextIdentity {
  kind: 'regulation';
  /** The text container's id (`Tekst`). */
  anchorId: string | null;
  /** Hash (hex) of the normalised text, as for an article body. */
  textHash: string;
}

export interface PageIdentity {
  regulation: RegulationIdentity | null;
  articles: ArticleIdentity[];
  /** Set only on a regulation without articles: its whole text. */
  wholeText: RegulationTextIdentity | null;
  health: SelectorHealth;
}

/** A recognised article together with the live DOM nodes the overlay attaches to. */
export interface ArticleOnPage extends ArticleIdentity {
  /** The article container (never modified). */
  element: Element;
  /** The heading element; the badge goes after it (outside the law text). */
  headingElement: Element | null;
}
