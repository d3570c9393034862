// Finds the regulation and every article on a wetten.overheid.nl page. Pure: reads the DOM, never
// changes it; runs in the content script and in Node (linkedom).
//
// One querySelectorAll pass collects the containers; each article's identity then comes from the
// strongest evidence it carries: (a) the JCI in its header's permalink, (b) its full-path id,
// (c) its heading text plus the divisions it sits in. Disagreements are counted, not fatal.
import { ARTICLE_LABEL_PATTERN, DIVISION_KINDS, JCI_PATTERN, type DivisionKind } from '../contract/constants';
import type { PathStep } from '../contract/identity';
import type { RecognitionConfig } from '../contract/api';
import type {
  ArticleOnPage,
  PageIdentity,
  RegulationIdentity,
  SelectorHealth,
  Strategy,
} from './types';
import { classifyUrl, parsePartSegment, type ClassifiedUrl } from './url';
import { formatJci, parseJci, type JciReference } from './jci';
import { parseArticleHeading, parseDivisionHeading } from './heading';
import { parseValidity } from './dates';
import { hashArticleText, normaliseArticleText } from './text-hash';

/** What a later subtree needs to be recognised like the rest of the page. */
export interface RecognitionContext {
  regulation: RegulationIdentity;
  /** The page URL (or its classification); gives the part path on part pages. */
  url?: string | ClassifiedUrl | null;
  config?: Partial<RecognitionConfig>;
}

export interface PageRecognition {
  page: PageIdentity;
  onPage: ArticleOnPage[];
  /** Pass to recogniseWithin for content added later; null when the page is not a law text. */
  context: RecognitionContext | null;
}

export interface SubtreeRecognition {
  articles: ArticleOnPage[];
  health: SelectorHealth;
}

/** Shown after "Pagina niet herkend: " in the popup (Dutch, B1). */
export const PROBLEM_NO_ARTICLES = 'de artikelen op deze pagina zijn niet gevonden';

const DIVISION_CLASSES: readonly DivisionKind[] = DIVISION_KINDS;
const ARTICLE_SELECTOR = 'div.artikel';
const HEADER_CLASS = 'article__header--law';
const BUILT_IN_IGNORE = [
  '#sidebar',
  'ul.treeview',
  '[id^="TOC"]',
  'ul[aria-label^="Lijst met mogelijke acties"]',
  '.modal',
  '.article__header--main',
];
const TITLE_SELECTORS = ['#regeling > h1', '.fragment-header h1'];
const LAW_MARKERS = '#regeling, .wetgeving, .fragment-header, .article__header--law';
const HEADING_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'TABLE', 'TR', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'FIGURE', 'FIGCAPTION',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'BUTTON']);
const NOTICE = /^\[[^\]]+\]$/;
const REPEALED = /^\[?\s*vervallen per\b/i;

function emptyHealth(): SelectorHealth {
  return { byStrategy: { jci: 0, 'container-id': 0, heading: 0, override: 0 }, problem: null, unrecognised: 0, conflicts: 0 };
}

const collapse = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
const sameStep = (a: PathStep, b: PathStep): boolean => a.kind === b.kind && a.nr === b.nr;
const isLabel = (s: string): boolean => s.length <= 40 && ARTICLE_LABEL_PATTERN.test(s);

/** Only selectors the DOM accepts; a broken remote selector must not break recognition. */
function validSelectors(doc: Document, selectors: readonly string[] | undefined): string[] {
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

interface DivisionInfo {
  step: PathStep | null;
  /** Path outer → inner including this division, from the nesting of containers. */
  nested: PathStep[];
}

interface Evidence {
  label: string;
  path: PathStep[];
}

/** Reads containers below a scope with the caches and settings of one page. */
class Scanner {
  readonly health = emptyHealth();
  private readonly divisions = new Map<Element, DivisionInfo>();
  private readonly ignore: string;
  private readonly extraArticles: string[];
  private readonly partPath: PathStep[];

  constructor(
    doc: Document,
    private readonly regulation: RegulationIdentity,
    classified: ClassifiedUrl | null,
    config: Partial<RecognitionConfig> | undefined,
  ) {
    this.ignore = [...BUILT_IN_IGNORE, ...validSelectors(doc, config?.ignoreSelectors)].join(',');
    this.extraArticles = validSelectors(doc, config?.articleSelectors);
    this.partPath = classified?.partPath ?? [];
  }

  scan(scope: Element): ArticleOnPage[] {
    const candidates: { el: Element; override: boolean }[] = [];
    const seen = new Set<Element>();
    const consider = (el: Element, override: boolean): void => {
      if (seen.has(el)) return;
      seen.add(el);
      if (!el.classList.contains(HEADER_CLASS)) candidates.push({ el, override });
    };
    if (scope.matches(ARTICLE_SELECTOR)) consider(scope, false);
    for (const el of scope.querySelectorAll(ARTICLE_SELECTOR)) consider(el, false);
    for (const selector of this.extraArticles) {
      if (scope.matches(selector)) consider(scope, true);
      for (const el of scope.querySelectorAll(selector)) consider(el, true);
    }
    if (this.extraArticles.length > 0) candidates.sort((a, b) => documentOrder(a.el, b.el));

    const articles: ArticleOnPage[] = [];
    for (const { el, override } of candidates) {
      if (el.closest(this.ignore)) continue;
      const article = this.article(el, override);
      if (article) {
        articles.push(article);
        this.health.byStrategy[article.strategy]++;
      } else this.health.unrecognised++;
    }
    return articles;
  }

  private article(el: Element, override: boolean): ArticleOnPage | null {
    const header = headerOf(el);
    const headingElement = headingOf(el, header, override);
    const headingText = collapse(headingElement?.textContent);
    const fromHeading = parseArticleHeading(headingText);
    const idHolder = el.id ? el : headingElement?.id ? headingElement : null;
    const anchorId = idHolder?.id || null;

    const pageJci = header ? jciOf(header) : null;
    const jciRef = pageJci ? parseJci(pageJci) : null;
    const pageJciCanonical = pageJci?.trim().replace(/&amp;/gi, '&') ?? null;
    const byJci: Evidence | null =
      jciRef && jciRef.bwbId === this.regulation.bwbId && jciRef.label !== null && isLabel(jciRef.label)
        ? { label: jciRef.label, path: jciRef.path }
        : null;
    const byId = anchorId ? evidenceFromId(anchorId) : null;
    const byHeading: Evidence | null =
      fromHeading && isLabel(fromHeading.nr) ? { label: fromHeading.nr, path: this.nestedPathOf(el) } : null;

    const chosen = byJci ?? byId ?? byHeading;
    if (!chosen) return null;
    const strategy: Strategy = override ? 'override' : byJci ? 'jci' : byId ? 'container-id' : 'heading';
    // Ids cannot hold spaces (Kieswet "A 1" → ArtikelA1): the heading keeps the label as the law writes it.
    const label =
      chosen === byId && byHeading && squash(byHeading.label) === squash(byId.label) ? byHeading.label : chosen.label;
    const others = [byJci, byId, byHeading].filter((e): e is Evidence => e !== null && e !== chosen);
    if (others.some((e) => squash(e.label) !== squash(label))) this.health.conflicts++;

    // A JCI may name the article without its divisions; then the id or the nesting supplies them.
    const path = [chosen, byJci, byId, byHeading].find((e) => e && e.path.length > 0)?.path ?? [];

    const notices = noticesOf(header, el);
    const noticeRepealed = notices.some((n) => REPEALED.test(n));
    // Walking the body text is the costly part of recognition, so it is done only for short articles
    // (a repealed one reads "Vervallen") and, for the text hash, when somebody asks for it.
    const short = (el.textContent?.length ?? 0) < SHORT_ARTICLE;
    const shortBody = short ? articleBodyText(el, header) : null;
    const bodyText = () => {
      const body = shortBody ?? articleBodyText(el, header);
      return noticeRepealed && normaliseArticleText(body) === '' ? 'Vervallen' : body;
    };
    const article: Omit<ArticleOnPage, 'textHash'> = {
      label,
      path,
      anchorId,
      // The page's own reference when it is well-formed, so it matches what the portal links to.
      jci:
        byJci && pageJciCanonical && pageJciCanonical.length <= 400 && JCI_PATTERN.test(pageJciCanonical)
          ? pageJciCanonical
          : formatJci({ bwbId: this.regulation.bwbId, path, label, versionDate: this.regulation.versionDate }),
      heading: headingText === '' ? null : headingText,
      repealed: noticeRepealed || (shortBody !== null && /^vervallen\.?$/i.test(normaliseArticleText(shortBody))),
      notices,
      strategy,
      element: el,
      headingElement,
    };
    return withLazyTextHash(article, () => hashArticleText(bodyText()));
  }

  /** The divisions an element sits in (outer → inner), plus the part path the URL names on part pages. */
  private nestedPathOf(el: Element): PathStep[] {
    const parent = this.parentDivision(el);
    const nested = parent ? this.division(parent).nested : [];
    if (this.partPath.length === 0) return nested;
    const first = nested[0];
    const overlap = first ? this.partPath.findIndex((s) => sameStep(s, first)) : -1;
    return [...(overlap >= 0 ? this.partPath.slice(0, overlap) : this.partPath), ...nested];
  }

  private parentDivision(el: Element): Element | null {
    for (let p = el.parentElement; p; p = p.parentElement) {
      if (p.tagName === 'DIV' && !p.classList.contains(HEADER_CLASS) && divisionClass(p)) return p;
    }
    return null;
  }

  private division(el: Element): DivisionInfo {
    const cached = this.divisions.get(el);
    if (cached) return cached;
    const parent = this.parentDivision(el);
    const outer = parent ? this.division(parent).nested : [];
    const step = divisionStep(el, divisionClass(el)!, this.regulation.bwbId);
    const info: DivisionInfo = { step, nested: step ? [...outer, step] : outer };
    this.divisions.set(el, info);
    return info;
  }
}

function squash(s: string): string {
  return s.replace(/\s+/g, '');
}

function documentOrder(a: Element, b: Element): number {
  if (a === b) return 0;
  // DOCUMENT_POSITION_FOLLOWING = 4
  return a.compareDocumentPosition(b) & 4 ? -1 : 1;
}

function divisionClass(el: Element): DivisionKind | null {
  for (const kind of DIVISION_CLASSES) if (el.classList.contains(kind)) return kind;
  return null;
}

/** The container's own header: a direct child with the header class (normally the first). */
function headerOf(el: Element): Element | null {
  for (const child of el.children) if (child.classList.contains(HEADER_CLASS)) return child;
  return null;
}

function headingOf(el: Element, header: Element | null, anywhere: boolean): Element | null {
  for (const child of (header ?? el).children) if (HEADING_TAGS.has(child.tagName)) return child;
  return anywhere ? el.querySelector('h1, h2, h3, h4, h5, h6') : null;
}

function jciOf(header: Element): string | null {
  const a =
    header.querySelector('a.popuppermanentelink[data-juriconnectverwijzing]') ??
    header.querySelector('[data-juriconnectverwijzing]');
  const value = a?.getAttribute('data-juriconnectverwijzing') ?? header.querySelector('[data-juriconnectid]')?.getAttribute('data-juriconnectid');
  return value ? value : null;
}

/** `Hoofdstuk1_Titeldeel1.1_Artikel1:3` → label 1:3 and its path; null unless the id ends in an article. */
function evidenceFromId(id: string): Evidence | null {
  const path: PathStep[] = [];
  const segments = id.split('_');
  for (const [i, segment] of segments.entries()) {
    const parsed = parsePartSegment(segment);
    if (!parsed) return null;
    if ('article' in parsed) return i === segments.length - 1 && isLabel(parsed.article) ? { label: parsed.article, path } : null;
    path.push(parsed);
  }
  return null;
}

function divisionStep(el: Element, kind: DivisionKind, bwbId: string): PathStep | null {
  const header = headerOf(el);
  const jci = header ? jciOf(header) : null;
  const ref: JciReference | null = jci ? parseJci(jci) : null;
  if (ref && ref.bwbId === bwbId && ref.label === null) {
    const last = ref.path[ref.path.length - 1];
    if (last) return last;
  }
  const heading = headingOf(el, header, false);
  const id = el.id || heading?.id;
  if (id) {
    const parsed = parsePartSegment(id.slice(id.lastIndexOf('_') + 1));
    if (parsed && !('article' in parsed)) return parsed;
  }
  const fromHeading = parseDivisionHeading(collapse(heading?.textContent));
  return fromHeading ? { kind, nr: fromHeading.nr } : null;
}

/** Header `p`s, and a bracketed notice as the first body paragraph (both placements occur, §16). */
function noticesOf(header: Element | null, el: Element): string[] {
  const notices: string[] = [];
  if (header) for (const child of header.children) if (child.tagName === 'P') notices.push(collapse(child.textContent));
  for (const child of el.children) {
    if (child === header) continue;
    // Only a short paragraph can be a notice; collapsing a whole list of leden would cost the most time.
    const raw = child.tagName === 'P' ? (child.textContent ?? '') : '';
    if (raw.length > 0 && raw.length < 300 && NOTICE.test(collapse(raw))) notices.push(collapse(raw));
    break;
  }
  return notices.filter((n) => n !== '');
}

/** Text length under which an article may be a bare "Vervallen" and its body is read right away. */
const SHORT_ARTICLE = 400;

/** Adds `textHash` as an enumerable property computed on first read (JSON and spreads still see it). */
function withLazyTextHash(article: Omit<ArticleOnPage, 'textHash'>, compute: () => string): ArticleOnPage {
  let hash: string | undefined;
  return Object.defineProperty(article, 'textHash', { enumerable: true, get: () => (hash ??= compute()) }) as ArticleOnPage;
}

/** The article body as text: everything but the header, block elements on their own line. */
export function articleBodyText(el: Element, header: Element | null = headerOf(el)): string {
  const out: string[] = [];
  for (const child of el.childNodes) if (child !== header) collectText(child, out);
  return out.join('');
}

function collectText(node: Node, out: string[]): void {
  if (node.nodeType === 3) {
    out.push(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  const tag = el.tagName;
  if (SKIPPED_TAGS.has(tag)) return;
  if (tag === 'UL' && (el.getAttribute('aria-label') ?? '').startsWith('Lijst met mogelijke acties')) return;
  if (tag === 'BR') {
    out.push('\n');
    return;
  }
  const block = BLOCK_TAGS.has(tag);
  if (block) out.push('\n');
  for (const child of el.childNodes) collectText(child, out);
  if (block) out.push('\n');
  else if (tag === 'TD' || tag === 'TH') out.push(' ');
  // The lid number or list marker is the first span of its paragraph; keep it apart from the text.
  else if (tag === 'SPAN' && el.parentElement?.tagName === 'P' && el.parentElement.firstElementChild === el) out.push(' ');
}

function textLines(el: Element): string[] {
  const out: string[] = [];
  collectText(el, out);
  return out.join('').split('\n').map(collapse).filter((l) => l !== '');
}

function regulationTitle(doc: Document, bwbId: string, config: Partial<RecognitionConfig> | undefined): string | null {
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

/** The regulation shown, or null when the document has no sign of a law text. */
function regulationOf(doc: Document, classified: ClassifiedUrl, config: Partial<RecognitionConfig> | undefined): RegulationIdentity | null {
  const hasMarkers = doc.querySelector(LAW_MARKERS) !== null;
  const title = regulationTitle(doc, classified.bwbId, config);
  if (!hasMarkers && title === null) return null;
  const status = doc.querySelector('p.regeling-toestand-meldingen');
  const lines = status ? textLines(status) : [];
  const validity = parseValidity(lines.join(' '));
  const notices = lines
    .map((l) => collapse(l.replace(/Geraadpleegd op\s+\d{1,2}-\d{1,2}-\d{4}\.?/i, '').replace(/Geldend van\s+\S+\s+t\/m\s+\S+?\.?(?=\s|$)/i, '')))
    .filter((l) => l !== '');
  return {
    bwbId: classified.bwbId,
    title: title ?? classified.bwbId,
    versionDate: classified.versionDate ?? validity?.from ?? null,
    validTo: validity?.to ?? null,
    kind: classified.kind,
    notices,
  };
}

function classificationOf(url: string | ClassifiedUrl | null | undefined): ClassifiedUrl | null {
  if (!url) return null;
  return typeof url === 'string' ? classifyUrl(url) : url;
}

/** Recognises a whole page. Not a law page (by URL or content) → no regulation, no articles, no problem. */
export function recognisePage(doc: Document, url: string, config?: Partial<RecognitionConfig>): PageRecognition {
  const nothing: PageRecognition = { page: { regulation: null, articles: [], health: emptyHealth() }, onPage: [], context: null };
  const classified = classifyUrl(url);
  if (!classified) return nothing;
  const regulation = regulationOf(doc, classified, config);
  if (!regulation) return nothing;
  const context: RecognitionContext = { regulation, url: classified, config };
  const scope = doc.body ?? doc.documentElement;
  const { articles, health } = recogniseWithin(scope, context);
  if (articles.length === 0 && doc.querySelector(LAW_MARKERS) !== null) health.problem = PROBLEM_NO_ARTICLES;
  // The serialisable identities (with text hashes) are built on first read: the content script needs
  // only the live articles, the CLI and tests read them all.
  let identities: PageIdentity['articles'] | undefined;
  const page = Object.defineProperty({ regulation, health } as Omit<PageIdentity, 'articles'>, 'articles', {
    enumerable: true,
    get: () => (identities ??= articles.map(identityOf)),
  }) as PageIdentity;
  return { page, onPage: articles, context };
}

/** Recognises the articles in a subtree (for content added after the first pass), with the page's context. */
export function recogniseWithin(root: Element, context: RecognitionContext): SubtreeRecognition {
  const doc = root.ownerDocument;
  const scanner = new Scanner(doc, context.regulation, classificationOf(context.url), context.config);
  const articles = scanner.scan(root);
  return { articles, health: scanner.health };
}

/** The serialisable part of an article on the page (without DOM nodes). */
export function identityOf(article: ArticleOnPage): PageIdentity['articles'][number] {
  const { element: _element, headingElement: _heading, ...identity } = article;
  return identity;
}
