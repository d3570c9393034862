// Finds every article on a wetten.overheid.nl page (the regulation and the containers come from
// page.ts). Pure: reads the DOM, never changes it; runs in the overlay script and in Node (linkedom).
//
// One querySelectorAll pass collects the containers; each article's identity then comes from the
// strongest evidence it carries: (a) the JCI in its header's permalink, (b) its full-path id,
// (c) its heading text plus the divisions it sits in. Disagreements are counted, not fatal.
// (a) and (b) are verified on real pages (../shared/real-pages); (c) and the deviations the fixture
// variants cover are tolerance for markup not seen on a real page.
// The overlay recognises articles one by one as it needs them (ArticleIndex); the CLI and the
// tests recognise them all at once (recognisePage).
import { ARTICLE_LABEL_PATTERN, DIVISION_KINDS, type DivisionKind } from '../contract/constants';
import { isJuriconnect } from '../contract/identity-grammar';
import type { PathStep } from '../contract/identity';
import type { RecognitionConfig } from '../contract/api';
import type {
  ArticleOnPage,
  LidIdentity,
  PageIdentity,
  RegulationIdentity,
  RegulationTextIdentity,
  SelectorHealth,
  Strategy,
} from './types';
import { parsePartSegment, type ClassifiedUrl } from './url';
import { formatJci, parseJci, type JciReference } from './jci';
import { parseArticleHeading, parseDivisionHeading } from './heading';
import { hashArticleText, normaliseArticleText } from './text-hash';
import { articleBodyText, collapse, HEADER_CLASS, headerOf } from './text';
import { ledenOf } from './leden';
import {
  ARTICLE_SELECTOR,
  findContainers,
  problemOf,
  readPage,
  statusOf,
  validSelectors,
  ignoredRegions,
  emptyHealth,
  type LawPage,
  type RecognitionContext,
} from './page';

export interface PageRecognition {
  page: PageIdentity;
  onPage: ArticleOnPage[];
  /** Pass to recogniseWithin for content added later; null when the page is not a law text. */
  context: RecognitionContext | null;
}

/** A law page whose articles are recognised when asked for. */
export interface IndexedPage {
  regulation: RegulationIdentity;
  index: ArticleIndex;
  context: RecognitionContext;
}

export interface SubtreeRecognition {
  articles: ArticleOnPage[];
  health: SelectorHealth;
}

const DIVISION_CLASSES: readonly DivisionKind[] = DIVISION_KINDS;
/** The permalink in the header of each article container: one per article on the portal's pages. */
const PERMALINKS = `${ARTICLE_SELECTOR} > .${HEADER_CLASS} a.popuppermanentelink[data-juriconnectverwijzing]`;
const HEADING_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);
const NOTICE = /^\[[^\]]+\]$/;
const REPEALED = /^\[?\s*vervallen per\b/i;

const sameStep = (a: PathStep, b: PathStep): boolean => a.kind === b.kind && a.nr === b.nr;
const isLabel = (s: string): boolean => s.length <= 40 && ARTICLE_LABEL_PATTERN.test(s);

interface DivisionInfo {
  step: PathStep | null;
  /** Path outer → inner including this division, from the nesting of containers. */
  nested: PathStep[];
}

interface Evidence {
  label: string;
  path: PathStep[];
}

interface HeadingEvidence {
  /** The heading text, whitespace collapsed; null when there is none. */
  text: string | null;
  /** The article number it gives, when it is a valid label. */
  label: string | null;
}

/**
 * What an article's identity was read from. The id and the heading are read when the label needs them,
 * else on first use (undefined until then).
 */
interface ArticleEvidence {
  header: Element | null;
  byJci: Evidence | null;
  /** The page's own reference, when it names this article. */
  pageJci: string | null;
  byId?: Evidence | null;
  heading?: HeadingEvidence;
}

function readHeading(headingElement: Element | null): HeadingEvidence {
  const text = collapse(headingElement?.textContent);
  const parsed = parseArticleHeading(text);
  return { text: text === '' ? null : text, label: parsed && isLabel(parsed.nr) ? parsed.nr : null };
}

/** Reads containers below a scope with the caches and settings of one page. */
class Scanner {
  private readonly divisions = new Map<Element, DivisionInfo>();
  /** Whether an ancestor of articles is in an ignored region, and a reused list for filling it in. */
  private readonly ignoredMemo = new Map<Element, boolean>();
  private readonly trail: Element[] = [];
  private readonly ignore: string;
  /** Remote selectors that name article containers the built-in one misses. */
  readonly extraArticles: string[];
  private readonly partPath: PathStep[];

  constructor(
    doc: Document,
    readonly regulation: RegulationIdentity,
    classified: ClassifiedUrl | null,
    config: Partial<RecognitionConfig> | undefined,
  ) {
    this.ignore = ignoredRegions(doc, config);
    this.extraArticles = validSelectors(doc, config?.articleSelectors);
    this.partPath = classified?.partPath ?? [];
  }

  /**
   * Inside the table of contents, an action list or another ignored region? Articles share most of
   * their ancestors, so each ancestor is matched against the ignore list once and remembered.
   */
  ignored(el: Element): boolean {
    if (el.matches(this.ignore)) return true;
    const trail = this.trail;
    trail.length = 0;
    let verdict = false;
    for (let e = el.parentElement; e; e = e.parentElement) {
      const known = this.ignoredMemo.get(e);
      if (known !== undefined) {
        verdict = known;
        break;
      }
      trail.push(e);
      if (e.matches(this.ignore)) {
        verdict = true;
        break;
      }
    }
    for (const e of trail) this.ignoredMemo.set(e, verdict);
    return verdict;
  }

  /**
   * The label decides now, from the strongest evidence; everything else an article has (heading text,
   * path, reference, notices, text hash, whether the strategies agree) is read when first asked for.
   * The overlay needs little of it, and a law page has a thousand articles.
   */
  article(el: Element, override: boolean): RecognisedArticle | null {
    const header = headerOf(el);
    const headingElement = headingOf(el, header, override);
    const anchorId = el.id || headingElement?.id || null;
    const pageJci = header ? jciOf(header) : null;
    const jciRef = pageJci ? parseJci(pageJci) : null;
    const byJci: Evidence | null =
      jciRef && jciRef.bwbId === this.regulation.bwbId && jciRef.label !== null && isLabel(jciRef.label)
        ? { label: jciRef.label, path: jciRef.path }
        : null;
    const evidence: ArticleEvidence = { header, byJci, pageJci: byJci ? pageJci : null };
    if (byJci) return new RecognisedArticle(this, el, headingElement, byJci.label, anchorId, override ? 'override' : 'jci', evidence);

    const byId = (evidence.byId = anchorId ? evidenceFromId(anchorId) : null);
    const heading = (evidence.heading = readHeading(headingElement));
    if (byId) {
      // Ids cannot hold spaces (Kieswet "A 1" → ArtikelA1): the heading keeps the label as the law writes it.
      const label = heading.label !== null && squash(heading.label) === squash(byId.label) ? heading.label : byId.label;
      return new RecognisedArticle(this, el, headingElement, label, anchorId, override ? 'override' : 'container-id', evidence);
    }
    if (heading.label === null) return null;
    return new RecognisedArticle(this, el, headingElement, heading.label, anchorId, override ? 'override' : 'heading', evidence);
  }

  /** The divisions an element sits in (outer → inner), plus the part path the URL names on part pages. */
  nestedPathOf(el: Element): PathStep[] {
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

function divisionClass(el: Element): DivisionKind | null {
  for (const kind of DIVISION_CLASSES) if (el.classList.contains(kind)) return kind;
  return null;
}

function headingOf(el: Element, header: Element | null, anywhere: boolean): Element | null {
  for (let child = (header ?? el).firstElementChild; child; child = child.nextElementSibling) {
    if (HEADING_TAGS.has(child.tagName)) return child;
  }
  return anywhere ? el.querySelector('h1, h2, h3, h4, h5, h6') : null;
}

/**
 * The part's reference: the permalink's data-juriconnectverwijzing (verified on real pages; an article not in
 * force has no permalink and an empty value on its relations link, then null). `data-juriconnectid` does not
 * occur on real pages; it is still read, as the reconstruction had it, in case older markup carries it.
 */
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

/**
 * Header `p`s (verified on real pages: "[Vervallen per …]" and "[Tekst zonder datum inwerkingtreding …]" sit
 * after the action list), and a bracketed notice as the first body paragraph ("[Red: …]" on real pages).
 */
function noticesOf(header: Element | null, el: Element): string[] {
  const notices: string[] = [];
  for (let child = header?.firstElementChild; child; child = child.nextElementSibling) {
    if (child.tagName === 'P') notices.push(collapse(child.textContent));
  }
  let first = el.firstElementChild;
  if (first === header) first = first?.nextElementSibling ?? null;
  // Only a short paragraph can be a notice; collapsing a whole list of leden would cost the most time.
  const raw = first?.tagName === 'P' ? (first.textContent ?? '') : '';
  if (raw.length > 0 && raw.length < 300 && NOTICE.test(collapse(raw))) notices.push(collapse(raw));
  return notices.filter((n) => n !== '');
}

/** Text length under which an article may be a bare "Vervallen". */
const SHORT_ARTICLE = 400;

/** An article on the page: the label at once, the rest of its identity on first read (see Scanner.article). */
class RecognisedArticle implements ArticleOnPage {
  #path: PathStep[] | undefined;
  #jci: string | undefined;
  #notices: string[] | undefined;
  #repealed: boolean | undefined;
  #hash: string | undefined;
  #leden: LidIdentity[] | undefined;

  constructor(
    private readonly scanner: Scanner,
    readonly element: Element,
    readonly headingElement: Element | null,
    readonly label: string,
    readonly anchorId: string | null,
    readonly strategy: Strategy,
    private readonly evidence: ArticleEvidence,
  ) {}

  private get headingEvidence(): HeadingEvidence {
    return (this.evidence.heading ??= readHeading(this.headingElement));
  }

  private get idEvidence(): Evidence | null {
    if (this.evidence.byId === undefined) this.evidence.byId = this.anchorId ? evidenceFromId(this.anchorId) : null;
    return this.evidence.byId;
  }

  get heading(): string | null {
    return this.headingEvidence.text;
  }

  /** The strategies read different numbers (the strongest one was kept); counted in selector health. */
  get conflicting(): boolean {
    const own = squash(this.label);
    return [this.evidence.byJci?.label, this.idEvidence?.label, this.headingEvidence.label].some((l) => l != null && squash(l) !== own);
  }

  /** A JCI may name the article without its divisions; then the id or the nesting supplies them. */
  get path(): PathStep[] {
    if (this.#path) return this.#path;
    const { byJci } = this.evidence;
    const byId = this.idEvidence;
    return (this.#path = byJci?.path.length ? byJci.path : byId?.path.length ? byId.path : this.scanner.nestedPathOf(this.element));
  }

  /** The page's own reference when it is well-formed, so it matches what the portal links to. */
  get jci(): string {
    if (this.#jci !== undefined) return this.#jci;
    const own = this.evidence.pageJci?.trim().replace(/&amp;/gi, '&');
    const { bwbId, versionDate } = this.scanner.regulation;
    return (this.#jci =
      own && own.length <= 400 && isJuriconnect(own) ? own : formatJci({ bwbId, path: this.path, label: this.label, versionDate }));
  }

  get notices(): string[] {
    return (this.#notices ??= noticesOf(this.evidence.header, this.element));
  }

  private get noticeRepealed(): boolean {
    return this.notices.some((n) => REPEALED.test(n));
  }

  get repealed(): boolean {
    return (this.#repealed ??=
      this.noticeRepealed ||
      ((this.element.textContent?.length ?? 0) < SHORT_ARTICLE && /^vervallen\.?$/i.test(normaliseArticleText(this.bodyText()))));
  }

  get textHash(): string {
    return (this.#hash ??= hashArticleText(this.bodyText()));
  }

  get leden(): LidIdentity[] {
    return (this.#leden ??= ledenOf(this.element).map(({ nr, anchorId }) => ({ nr, anchorId })));
  }

  private bodyText(): string {
    const body = articleBodyText(this.element, this.evidence.header);
    return this.noticeRepealed && normaliseArticleText(body) === '' ? 'Vervallen' : body;
  }
}

/** The article index of a page read with page.ts, recognising its articles as they are asked for. */
export function indexArticles(page: LawPage): ArticleIndex {
  return new ArticleIndex(page.scope, page.context, { wholePage: true, found: page });
}

/** The regulation and the article index of a law page; null when the page is not a law text (by URL or content). */
export function indexPage(doc: Document, url: string | ClassifiedUrl, config?: Partial<RecognitionConfig>): IndexedPage | null {
  const page = readPage(doc, url, config);
  return page && { regulation: page.regulation, index: indexArticles(page), context: page.context };
}

/** The whole text of a regulation without articles as one unit: its anchor and the hash of its text. */
export function wholeTextIdentity(el: Element): RegulationTextIdentity {
  return { kind: 'regulation', anchorId: el.id || null, textHash: hashArticleText(articleBodyText(el)) };
}

/** Recognises a whole page. Not a law page (by URL or content) → no regulation, no articles, no problem. */
export function recognisePage(doc: Document, url: string, config?: Partial<RecognitionConfig>): PageRecognition {
  const read = readPage(doc, url, config);
  if (!read) return { page: { regulation: null, articles: [], wholeText: null, health: emptyHealth() }, onPage: [], context: null };
  const { regulation, context } = read;
  const { articles, health } = indexArticles(read).all();
  health.unknownStatusLines = statusOf(doc).unknown;
  const wholeText = read.wholeText ? wholeTextIdentity(read.wholeText) : null;
  // The serialisable identities (with text hashes) are built on first read: the content script needs
  // only the live articles, the CLI and tests read them all.
  let identities: PageIdentity['articles'] | undefined;
  const page = Object.defineProperty({ regulation, wholeText, health } as Omit<PageIdentity, 'articles'>, 'articles', {
    enumerable: true,
    get: () => (identities ??= articles.map(identityOf)),
  }) as PageIdentity;
  return { page, onPage: articles, context };
}

/** Recognises the articles in a subtree (for content added after the first pass), with the page's context. */
export function recogniseWithin(root: Element, context: RecognitionContext): SubtreeRecognition {
  return new ArticleIndex(root, context).all();
}

/**
 * The articles below a scope, each recognised on first use: a law page has a thousand of them and the
 * overlay needs few at load (those the API knows something about), the rest as the reader comes near.
 */
export class ArticleIndex {
  /** Candidate containers in document order (read lazily: a NodeList); `at` says which hold an article. */
  readonly containers: ArrayLike<Element>;
  readonly #scope: Element;
  readonly #scanner: Scanner;
  readonly #overrides: ReadonlySet<Element>;
  readonly #recognised = new Map<Element, RecognisedArticle | null>();
  readonly #wholePage: boolean;
  #whole: SubtreeRecognition | undefined;

  /**
   * `wholePage`: a page without articles is then a problem to report, not just an empty subtree.
   * `found`: the containers below the scope, when the page has been read for them already.
   */
  constructor(
    scope: Element,
    context: RecognitionContext,
    { wholePage = false, found }: { wholePage?: boolean; found?: Pick<LawPage, 'containers' | 'overrides'> } = {},
  ) {
    this.#scope = scope;
    this.#wholePage = wholePage;
    this.#scanner = new Scanner(scope.ownerDocument, context.regulation, context.url, context.config);
    const { containers, overrides } = found ?? findContainers(scope, this.#scanner.extraArticles);
    this.containers = containers;
    this.#overrides = overrides;
  }

  /** The article in a candidate container; null when it is in an ignored region or its number is unreadable. */
  at(el: Element): ArticleOnPage | null {
    return this.#scanner.ignored(el) ? null : this.#article(el);
  }

  #article(el: Element): RecognisedArticle | null {
    let article = this.#recognised.get(el);
    if (article === undefined) {
      article = this.#scanner.article(el, this.#overrides.has(el));
      this.#recognised.set(el, article);
    }
    return article;
  }

  /** Every article with one of these labels, in document order. */
  withLabels(labels: Iterable<string>): ArticleOnPage[] {
    const wanted = new Set(labels);
    if (wanted.size === 0) return [];
    const candidates = this.#byPermalink(wanted) ?? this.all().articles;
    return candidates.filter((a): a is RecognisedArticle => a !== null && wanted.has(a.label));
  }

  /**
   * Reads only the permalinks, in one query, and recognises the articles whose permalink names a wanted
   * label or cannot be read at a glance. Null when the permalinks cannot vouch for every container
   * (remote selectors, or not one permalink per container): then every article is recognised.
   */
  #byPermalink(wanted: ReadonlySet<string>): Array<ArticleOnPage | null> | null {
    if (this.#scanner.extraArticles.length > 0) return null;
    const links = this.#scope.querySelectorAll(PERMALINKS);
    if (links.length !== this.containers.length) return null;
    const bwbId = this.#scanner.regulation.bwbId;
    const found: Array<ArticleOnPage | null> = [];
    for (let i = 0; i < links.length; i++) {
      const link = links[i]!;
      const label = permalinkLabel(link.getAttribute('data-juriconnectverwijzing') ?? '', bwbId);
      if (label !== null && !wanted.has(label)) continue;
      const container = link.closest(ARTICLE_SELECTOR);
      if (container) found.push(this.at(container));
    }
    return found;
  }

  /** The first container that holds an article (recognising no further). */
  first(): ArticleOnPage | null {
    for (let i = 0; i < this.containers.length; i++) {
      const article = this.at(this.containers[i]!);
      if (article) return article;
    }
    return null;
  }

  /** Every article, and how each was recognised (counted once, kept). */
  all(): SubtreeRecognition {
    if (this.#whole) return this.#whole;
    const articles: RecognisedArticle[] = [];
    const health = emptyHealth();
    for (let i = 0; i < this.containers.length; i++) {
      const el = this.containers[i]!;
      if (this.#scanner.ignored(el)) continue;
      const article = this.#article(el);
      if (article) {
        articles.push(article);
        health.byStrategy[article.strategy]++;
      } else health.unrecognised++;
    }
    // Comparing the strategies needs every heading read; only the CLI and the tests ask.
    Object.defineProperty(health, 'conflicts', { enumerable: true, get: () => articles.filter((a) => a.conflicting).length });
    if (this.#wholePage) health.problem = problemOf(this.#scope.ownerDocument, articles.length);
    return (this.#whole = { articles, health });
  }
}

/**
 * The label a permalink's reference names, when a glance is enough to be sure recognition reads the same
 * (the portal's own form: `jci1.3:c:{bwbId}&…&artikel={label}&…`); null when only a full parse can tell.
 */
function permalinkLabel(jci: string, bwbId: string): string | null {
  const head = `jci1.3:c:${bwbId}&`;
  if (!jci.startsWith(head)) return null;
  const at = jci.indexOf('&artikel=', head.length - 1);
  if (at < 0 || jci.includes('&artikel=', at + 1)) return null;
  const end = jci.indexOf('&', at + 9);
  const label = jci.slice(at + 9, end < 0 ? undefined : end);
  // A space ends the reference for the parser, so only a label without one reads the same.
  return isLabel(label) && !label.includes(' ') ? label : null;
}

/** The serialisable part of an article on the page (without DOM nodes). */
export function identityOf(article: ArticleOnPage): PageIdentity['articles'][number] {
  const { label, path, anchorId, jci, heading, repealed, notices, textHash, strategy, leden } = article;
  return { label, path, anchorId, jci, heading, repealed, notices, textHash, strategy, leden };
}
