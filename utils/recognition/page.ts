// Reads a wetten.overheid.nl page as a whole: which regulation it shows and where its article
// containers are, without recognising any article yet. The content script needs only this at load;
// reading the articles themselves (recognise.ts) is loaded with the overlay, when something is shown.
import type { RecognitionConfig } from '../contract/api';
import type { RegulationIdentity, SelectorHealth } from './types';
import { classifyUrl, type ClassifiedUrl } from './url';
import { collapse, HEADER_CLASS, textLines } from './text';
import { readStatusLines, type StatusLines } from './status';

/** What a later subtree needs to be recognised like the rest of the page. */
export interface RecognitionContext {
  regulation: RegulationIdentity;
  /** The page URL, classified; gives the part path on part pages. */
  url: ClassifiedUrl;
  config?: Partial<RecognitionConfig>;
}

/** A law page, read down to its article containers. */
export interface LawPage {
  regulation: RegulationIdentity;
  context: RecognitionContext;
  /** Where the containers were looked for: the body. */
  scope: Element;
  /** Candidate article containers in document order (ignored regions included, see recognise.ts). */
  containers: ArrayLike<Element>;
  /** Containers only a remote selector found. */
  overrides: ReadonlySet<Element>;
  /** The text container of a regulation without articles (the whole text is one unit); null on other pages. */
  wholeText: Element | null;
}

/** Shown after "Pagina niet herkend: " in the popup (Dutch, B1). */
export const PROBLEM_NO_ARTICLES = 'de artikelen op deze pagina zijn niet gevonden';

/** Article containers; their headers carry the class `artikel` too (verified on real pages). */
export const ARTICLE_SELECTOR = `div.artikel:not(.${HEADER_CLASS})`;
export const BUILT_IN_IGNORE = [
  '#sidebar',
  'ul.treeview',
  '[id^="TOC"]',
  'ul[aria-label^="Lijst met mogelijke acties"]',
  '.modal',
  '.article__header--main',
];
/**
 * The whole text of a regulation without articles: a ministeriële regeling whose text is one `div.tekst#Tekst`
 * with a bare header and no heading. From the real-page evidence in the dossier ("Evidence from real pages");
 * no such page is among ../shared/real-pages, so the fixture for it (regeling-zonder-artikelen.html) is a
 * reconstruction from that description.
 */
export const WHOLE_TEXT_SELECTOR = 'div.tekst#Tekst';
const TITLE_SELECTORS = ['#regeling > h1', '.fragment-header h1'];

/**
 * The law's title, where the summary line goes: the first of TITLE_SELECTORS that is on the page. Found through
 * the id and the class: one selector list over the document (`#regeling > h1, .fragment-header h1`) walks all
 * of it that is parsed so far when the title is not there yet (the table of contents comes first), 0.2–0.5 ms
 * for each look while the page is parsed (measured in Chromium on the Awb, the Wet IB 2001 and BW 7).
 */
export function lawTitle(doc: Document): Element | null {
  const regeling = doc.getElementById('regeling');
  for (const child of regeling?.children ?? []) if (child.localName === 'h1') return child;
  for (const header of doc.getElementsByClassName('fragment-header')) {
    const title = header.getElementsByTagName('h1')[0];
    if (title) return title;
  }
  return null;
}
// #regeling, .wetgeving and the header class are verified on real pages; .fragment-header (part pages) is the reconstruction's.
const LAW_MARKERS = '#regeling, .wetgeving, .fragment-header, .article__header--law';

/** Only selectors the DOM accepts; a broken remote selector must not break recognition. */
export function validSelectors(doc: Document, selectors: readonly string[] | undefined): string[] {
  return (selectors ?? []).filter((s) => {
    try {
      // DOM implementations differ in which call rejects a bad selector; try both.
      doc.querySelector(s);
      doc.documentElement.matches(s);
      return true;
    } catch {
      return false;
    }
  });
}

/** Regions whose containers hold no articles of the law (the table of contents, action lists): built in and remote. */
export function ignoredRegions(doc: Document, config: Partial<RecognitionConfig> | undefined): string {
  return [...BUILT_IN_IGNORE, ...validSelectors(doc, config?.ignoreSelectors)].join(',');
}

/**
 * Article containers below a scope in document order; `overrides` are those only a remote selector found.
 * Without remote selectors the list is the DOM's own (static) NodeList: no element is touched until read.
 */
export function findContainers(scope: Element, extraArticles: readonly string[]): { containers: ArrayLike<Element>; overrides: Set<Element> } {
  const selector = [ARTICLE_SELECTOR, ...extraArticles].join(',');
  const found = scope.querySelectorAll(selector);
  const overrides = new Set<Element>();
  if (extraArticles.length === 0 && !scope.matches(selector)) return { containers: found, overrides };
  // One selector list: the DOM returns each element once, in document order.
  const containers = [...(scope.matches(selector) ? [scope] : []), ...found].filter((el) => !el.classList.contains(HEADER_CLASS));
  for (const el of containers) if (!el.matches(ARTICLE_SELECTOR)) overrides.add(el);
  return { containers, overrides };
}

export function emptyHealth(): SelectorHealth {
  return { byStrategy: { jci: 0, 'container-id': 0, heading: 0, override: 0 }, problem: null, unrecognised: 0, conflicts: 0, unknownStatusLines: [] };
}

/** The text container of a regulation without articles, outside the ignored regions; null when there is none. */
export function wholeTextOf(doc: Document): Element | null {
  const el = doc.querySelector(WHOLE_TEXT_SELECTOR);
  return el && !el.closest(BUILT_IN_IGNORE.join(',')) ? el : null;
}

/**
 * The problem to report for a whole page with this many articles: none found where the law text should be.
 * A regulation without articles is a legitimate shape, not a problem.
 */
export function problemOf(doc: Document, articleCount: number): string | null {
  return articleCount === 0 && doc.querySelector(LAW_MARKERS) !== null && wholeTextOf(doc) === null ? PROBLEM_NO_ARTICLES : null;
}

export function regulationTitle(doc: Document, bwbId: string, config: Partial<RecognitionConfig> | undefined): string | null {
  for (const selector of [...TITLE_SELECTORS, ...validSelectors(doc, config?.titleSelectors)]) {
    const el = doc.querySelector(selector);
    const text = collapse(el?.textContent);
    if (el && !el.closest(BUILT_IN_IGNORE.join(',')) && text !== '') return text;
  }
  const meta = collapse(doc.querySelector('meta[name="dcterms:title"]')?.getAttribute('content'));
  if (meta !== '') return meta;
  const m = /^wetten\.nl - Regeling - (.+) - (BWB[A-Z]\d{7})$/.exec(collapse(doc.title));
  return m && m[2] === bwbId ? m[1]! : null;
}

/** Whether the document shows a law text at all: a title or one of the portal's law-text markers. */
function isLawText(doc: Document, regulation: RegulationIdentity, config: Partial<RecognitionConfig> | undefined): boolean {
  return doc.querySelector(LAW_MARKERS) !== null || regulationTitle(doc, regulation.bwbId, config) !== null;
}

/** The header's status lines, each parsed or left out on purpose (status.ts). */
export function statusOf(doc: Document): StatusLines {
  const status = doc.querySelector('p.regeling-toestand-meldingen');
  return readStatusLines(status ? textLines(status) : []);
}

/**
 * The regulation shown. Its id and kind come from the URL, and so does the version date when the URL has
 * one; the title and the status lines are read from the page on first use (at load the overlay needs
 * neither, and each read of a 2 MB document costs).
 */
function regulationOf(doc: Document, classified: ClassifiedUrl, config: Partial<RecognitionConfig> | undefined): RegulationIdentity {
  let title: string | undefined;
  let status: StatusLines | undefined;
  const read = () => (status ??= statusOf(doc));
  return {
    bwbId: classified.bwbId,
    get title() {
      return (title ??= regulationTitle(doc, classified.bwbId, config) ?? classified.bwbId);
    },
    get versionDate() {
      return classified.versionDate ?? read().validity?.from ?? null;
    },
    get validTo() {
      return read().validity?.to ?? null;
    },
    kind: classified.kind,
    get notices() {
      return read().notices;
    },
    get status() {
      return read().status;
    },
  };
}

function classificationOf(url: string | ClassifiedUrl | null | undefined): ClassifiedUrl | null {
  if (!url) return null;
  return typeof url === 'string' ? classifyUrl(url) : url;
}

/** The regulation and the article containers of a law page; null when the page is not a law text (by URL or content). */
export function readPage(doc: Document, url: string | ClassifiedUrl, config?: Partial<RecognitionConfig>): LawPage | null {
  const classified = classificationOf(url);
  if (!classified) return null;
  const regulation = regulationOf(doc, classified, config);
  const scope = doc.body ?? doc.documentElement;
  const { containers, overrides } = findContainers(scope, validSelectors(doc, config?.articleSelectors));
  // Article containers mark a law text; only a page without any is checked for the other signs.
  const wholeText = containers.length === 0 ? wholeTextOf(doc) : null;
  if (containers.length === 0 && wholeText === null && !isLawText(doc, regulation, config)) return null;
  return { regulation, context: { regulation, url: classified, config }, scope, containers, overrides, wholeText };
}
