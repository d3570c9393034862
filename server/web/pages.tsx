// The public pages as Preact components, rendered to HTML on the server (routes.ts). Every text from the
// database is a JSX child or attribute, so Preact escapes it; nothing is set as raw HTML.
import type { Regulation, Signal, SignalSummary, SignalTarget } from '../../utils/contract/api';
import { TableWrap } from './TableWrap';
import type { StatsResponse } from '../../utils/contract/admin';
import { publicPaths } from '../../utils/contract/public-pages';
import { formatDate } from '../../utils/i18n/index';
import { reportLink } from '../../utils/i18n/target-certainty';
import type { PublishedExample } from '../repo/published-examples';
import type { RegulationView } from '../repo/regulations';
import type { RegisterSource } from '../../utils/contract/register';
import type { RegisterSummary } from '../register/summary';
import type { StatusChange } from '../repo/status-history';
import { BarChart } from './BarChart';
import { DataItem, DataList } from './DataList';
import { ComputedFindingsBlock, RegisterOverview } from './RegisterBlocks';
import { LanguageField, Layout, localHref } from './layout';
import { SignalSummaryBlock } from './SignalSummaryBlock';
import { SourceList } from './SourceCitation';
import type { WebText } from './strings';

const PORTAL = 'https://wetten.overheid.nl';

/** The article's citable place on wetten.overheid.nl (Juriconnect permalink), or the law's. */
export function portalUrl(bwbId: string, label?: string | null): string {
  return label ? `${PORTAL}/jci1.3:c:${bwbId}&artikel=${encodeURIComponent(label)}` : `${PORTAL}/${bwbId}`;
}

export const articleAnchor = (label: string) => publicPaths.regulation('X', label).split('#')[1]!;

type RegulationHit = Pick<Regulation, 'bwbId' | 'title' | 'abbreviation'> & { signals: number };

export function HomePage({ text, q, hits, recent }: { text: WebText; q: string; hits: RegulationHit[] | null; recent: Signal[] }) {
  const { t } = text;
  return (
    <Layout text={text} title={t('navHome')} path={q ? `${publicPaths.home}?q=${encodeURIComponent(q)}` : publicPaths.home}>
      <h1 class="utrecht-heading-1">{t('siteName')}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t('tagline')}</p>
      <form class="ws-search" method="get" action={publicPaths.home} role="search">
        <LanguageField text={text} />
        <div class="utrecht-form-field utrecht-form-field--text">
          <label class="utrecht-form-label" for="q">
            {t('searchLabel')}
          </label>
          <input class="utrecht-textbox utrecht-textbox--html-input" id="q" name="q" type="search" value={q} maxLength={200} />
        </div>
        <button class="utrecht-button utrecht-button--primary-action" type="submit">
          {t('searchButton')}
        </button>
      </form>
      {hits && (
        <section aria-labelledby="resultaten">
          <h2 class="utrecht-heading-2" id="resultaten">
            {t('searchResults')}
          </h2>
          {hits.length === 0 ? (
            <p class="utrecht-paragraph">{t('noResults', { q })}</p>
          ) : (
            <ul class="utrecht-unordered-list">
              {hits.map((hit) => (
                <li class="utrecht-unordered-list__item" key={hit.bwbId}>
                  <a class="utrecht-link" href={localHref(publicPaths.regulation(hit.bwbId), text.linkLang)}>
                    {hit.title}
                  </a>{' '}
                  ({hit.abbreviation ? `${hit.abbreviation}, ` : ''}
                  {hit.bwbId}) — {t('signalCount', { n: hit.signals })}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <section aria-labelledby="recent">
        <h2 class="utrecht-heading-2" id="recent">
          {t('recentSignals')}
        </h2>
        {recent.map((signal) => (
          <SignalSummaryBlock key={signal.id} signal={signal} text={text} headingLevel={3} />
        ))}
      </section>
    </Layout>
  );
}

export function RegulationPage({ text, view }: { text: WebText; view: RegulationView }) {
  const { t, labels } = text;
  const { regulation } = view;
  const byId = new Map<string, SignalSummary>(view.signals.map((s) => [s.id, s]));
  const pick = (ids: string[]) => ids.map((id) => byId.get(id)).filter((s): s is SignalSummary => s !== undefined);
  const lawSignals = pick(view.regulationSignalIds);
  return (
    <Layout text={text} title={regulation.title} path={publicPaths.regulation(regulation.bwbId)}>
      <h1 class="utrecht-heading-1">
        {regulation.title}
        {regulation.titleStatus === 'zoals_gemeld' && <span class="ws-title-status"> ({t('titleAsReported')})</span>}
      </h1>
      {regulation.titleStatus === 'zoals_gemeld' && <p class="utrecht-paragraph ws-note">{t('titleAsReportedNote')}</p>}
      <RegulationDetails text={text} view={view} />
      {view.computed && <ComputedFindingsBlock text={text} computed={view.computed} />}
      {view.signals.length === 0 && <p class="utrecht-paragraph">{t('noSignalsHere')}</p>}
      {lawSignals.length > 0 && (
        <section aria-labelledby="hele-wet">
          <h2 class="utrecht-heading-2" id="hele-wet">
            {t('lawSignals')}
          </h2>
          {lawSignals.map((s) => (
            <SignalSummaryBlock key={s.id} signal={s} text={text} headingLevel={3} under={{ bwbId: regulation.bwbId, label: null }} />
          ))}
        </section>
      )}
      {view.articles.length > 0 && (
        <h2 class="utrecht-heading-2">{t('articles')}</h2>
      )}
      {view.articles.map((article) => (
        <section class="ws-article" id={articleAnchor(article.label)} key={article.label} aria-labelledby={`kop-${articleAnchor(article.label)}`}>
          <h3 class="utrecht-heading-3" id={`kop-${articleAnchor(article.label)}`}>
            {t('article', { label: article.label })}
          </h3>
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={portalUrl(regulation.bwbId, article.label)} rel="noopener noreferrer">
              {t('onPortal', { label: article.label })}
            </a>
          </p>
          {article.clause && (
            <p class="utrecht-paragraph">
              {t('clause')}: {labels.articleClause[article.clause.status]}
              {article.clause.note && ` — ${article.clause.note}`}
            </p>
          )}
          {article.hooks.length > 0 && (
            <p class="utrecht-paragraph">
              {t('hooks')}: {article.hooks.map((h) => `Awb ${h.awb} (${h.reason})`).join('; ')}
            </p>
          )}
          {pick(article.signalIds).map((s) => (
            <SignalSummaryBlock key={s.id} signal={s} text={text} headingLevel={4} under={{ bwbId: regulation.bwbId, label: article.label }} />
          ))}
        </section>
      ))}
    </Layout>
  );
}

/** The versions of the law its signals name, and the one the register read, as dates in the page's language. */
function versionLines(view: RegulationView, { t, language }: WebText): string[] {
  const ofSignals = [
    ...new Set(view.signals.flatMap((s) => s.targets.filter((x) => x.bwbId === view.regulation.bwbId && x.versionDate).map((x) => x.versionDate!))),
  ].sort();
  const dates = new Intl.ListFormat(language, { type: 'conjunction' }).format(ofSignals.map((date) => formatDate(date, language)));
  return [
    ...(ofSignals.length > 0 ? [t('lawVersionOfSignals', { dates })] : []),
    ...(view.computed?.versionDate ? [t('lawVersionRead', { date: formatDate(view.computed.versionDate, language) })] : []),
  ];
}

/** The law's official identification (citation title, BWB id, ministry, versions, its text on wetten.overheid.nl) and its hardship clause. */
function RegulationDetails({ text, view }: { text: WebText; view: RegulationView }) {
  const { t, labels } = text;
  const { regulation } = view;
  const versions = versionLines(view, text);
  return (
    <DataList testId="regulation-details">
      <DataItem name={t('citationTitle')}>
        {regulation.title}
        {regulation.titleStatus === 'zoals_gemeld' && ` (${t('titleAsReported')})`}
      </DataItem>
      {regulation.abbreviation && <DataItem name={t('abbreviation')}>{regulation.abbreviation}</DataItem>}
      <DataItem name={t('bwbId')}>{regulation.bwbId}</DataItem>
      {regulation.department && <DataItem name={t('department')}>{regulation.department}</DataItem>}
      <DataItem name={t('lawVersion')}>
        {versions.length > 0 ? versions.map((line) => <span class="ws-line" key={line}>{line}</span>) : t('lawVersionNone')}
      </DataItem>
      <DataItem name={t('lawText')}>
        <a class="utrecht-link" href={portalUrl(regulation.bwbId)} rel="noopener noreferrer">
          {t('lawOnPortal')}
        </a>
      </DataItem>
      <DataItem name={t('clause')}>
        <strong>{labels.regulationClause[view.clause.status]}</strong>
        {view.clause.note && ` — ${view.clause.note}`}
      </DataItem>
    </DataList>
  );
}

/**
 * Where a target or a published example points: law, article, lid, version and the quoted sentence; a
 * signal's target also says where its link comes from.
 */
type Place = Pick<SignalTarget, 'bwbId' | 'label' | 'lid' | 'versionDate' | 'quote' | 'origin'>;

function TargetLine({ target, text, regulationTitle, lead, testId }: { target: Place; text: WebText; regulationTitle: string; lead?: string; testId?: string }) {
  const { t, labels, language } = text;
  const linkedBy = reportLink(target, labels, language);
  const where = target.label ? `${regulationTitle}, ${t('article', { label: target.label })}${target.lid ? ` ${t('lid', { lid: target.lid })}` : ''}` : regulationTitle;
  return (
    <li class="utrecht-unordered-list__item" data-testid={testId}>
      {lead && <strong>{lead}: </strong>}
      <a class="utrecht-link" href={localHref(publicPaths.regulation(target.bwbId, target.label ?? undefined), text.linkLang)}>
        {where}
      </a>
      {target.versionDate && ` (${t('version', { date: formatDate(target.versionDate, language) })})`}{' '}
      <a class="utrecht-link" href={portalUrl(target.bwbId, target.label)} rel="noopener noreferrer">
        wetten.overheid.nl
      </a>
      {/* The signal's certainty (above) is about what its sources name; say where any other link comes from. */}
      {linkedBy && <p class="utrecht-paragraph ws-note">{linkedBy}</p>}
      {target.quote && (
        <blockquote class="utrecht-blockquote">
          <p class="utrecht-paragraph">
            {t('quote')}: “{target.quote.exact}”
          </p>
        </blockquote>
      )}
    </li>
  );
}

export function StatusHistory({ history, text }: { history: StatusChange[]; text: WebText }) {
  const { t, labels, language } = text;
  return (
    <ol class="utrecht-ordered-list" data-testid="status-history">
      {history.map((change, i) => (
        <li class="utrecht-ordered-list__item" key={i} data-testid="status-change" data-status={change.status}>
          {change.date && <>{formatDate(change.date, language)}: </>}
          <strong>{labels.status[change.status]}</strong>
          {change.fromSource && ` (${t('statusFromSource')})`}
          {change.reason && (
            <p class="utrecht-paragraph" data-testid="status-reason">
              {t('statusReason')}: {change.reason}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}

type SignalPageProps = { text: WebText; signal: Signal; titles: Map<string, string>; history: StatusChange[]; examples: PublishedExample[] };

export function SignalPage({ text, signal, titles, history, examples }: SignalPageProps) {
  const { t, labels, language } = text;
  return (
    <Layout text={text} title={signal.title} path={publicPaths.signal(signal.id)}>
      <h1 class="utrecht-heading-1">{signal.title}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{signal.summary}</p>
      <DataList testId="signal-details">
        <DataItem name={t('status')}>{labels.status[signal.status]}</DataItem>
        {signal.cause && <DataItem name={t('cause')}>{labels.cause[signal.cause]}</DataItem>}
        <DataItem name={t('evidence')}>{labels.evidence[signal.evidence]}</DataItem>
        {signal.impactAreas.length > 0 && <DataItem name={t('impact')}>{signal.impactAreas.map((a) => labels.impactArea[a]).join(', ')}</DataItem>}
        {signal.department && <DataItem name={t('department')}>{signal.department}</DataItem>}
        <DataItem name={t('source')}>
          <SourceList sources={signal.sources} />
        </DataItem>
      </DataList>
      <p class="utrecht-paragraph ws-meta">
        <span>{t('created', { date: formatDate(signal.createdAt, language) })}</span>
        <span>{t('updated', { date: formatDate(signal.updatedAt, language) })}</span>
      </p>
      <h2 class="utrecht-heading-2">{t('tiedTo')}</h2>
      {signal.targets.length === 0 ? (
        <p class="utrecht-paragraph">{t('unknownLaw')}</p>
      ) : (
        <ul class="utrecht-unordered-list">
          {signal.targets.map((target, i) => (
            <TargetLine key={i} target={target} text={text} regulationTitle={titles.get(target.bwbId) ?? target.bwbId} testId="signal-target" />
          ))}
        </ul>
      )}
      <h2 class="utrecht-heading-2">{t('statusHistory')}</h2>
      <StatusHistory history={history} text={text} />
      <section aria-labelledby="voorbeelden" data-testid="published-examples">
        <h2 class="utrecht-heading-2" id="voorbeelden">
          {t('examples')}
        </h2>
        {examples.length === 0 ? (
          <p class="utrecht-paragraph">{t('noExamples')}</p>
        ) : (
          <>
            <p class="utrecht-paragraph">{t('examplesIntro')}</p>
            <ul class="utrecht-unordered-list">
              {examples.map((example, i) => (
                <TargetLine
                  key={i}
                  target={example}
                  text={text}
                  regulationTitle={titles.get(example.bwbId) ?? example.bwbId}
                  lead={t('examplePublished', { date: formatDate(example.publishedAt, language) })}
                  testId="published-example"
                />
              ))}
            </ul>
          </>
        )}
      </section>
    </Layout>
  );
}

type Count = { label: string; value: number; href?: string };

function CountTable({ caption, column, rows, text }: { caption: string; column: string; rows: Count[]; text: WebText }) {
  return (
    <TableWrap label={caption}>
      <table class="utrecht-table">
        <caption class="utrecht-table__caption ws-visually-hidden">{caption}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">
              {column}
            </th>
            <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
              {text.t('count')}
            </th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {rows.map((row) => (
            <tr class="utrecht-table__row" key={row.label}>
              <th class="utrecht-table__header-cell" scope="row">
                {row.href ? (
                  <a class="utrecht-link" href={row.href}>
                    {row.label}
                  </a>
                ) : (
                  row.label
                )}
              </th>
              <td class="utrecht-table__cell utrecht-table__cell--numeric">{row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

function CountSection({ title, column, rows, text }: { title: string; column: string; rows: Count[]; text: WebText }) {
  return (
    <section>
      <h2 class="utrecht-heading-2">{title}</h2>
      <div class="ws-grid">
        <CountTable caption={title} column={column} rows={rows} text={text} />
        <BarChart title={text.t('chartOf', { title })} bars={rows} />
      </div>
    </section>
  );
}

export function OverviewPage({
  text,
  stats,
  byYear,
  register,
}: {
  text: WebText;
  stats: Omit<StatsResponse, 'generatedAt'>;
  byYear: Array<{ year: string; count: number }>;
  /** The statute book's register, when the server has one. */
  register?: { summary: RegisterSummary; source: RegisterSource } | null;
}) {
  const { t, labels } = text;
  const statusRows = Object.entries(stats.byStatus).map(([status, n]) => ({ label: labels.status[status as keyof typeof labels.status], value: n }));
  return (
    <Layout text={text} title={t('overviewTitle')} path={publicPaths.overview}>
      <h1 class="utrecht-heading-1">{t('overviewTitle')}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t('overviewIntro')}</p>
      <p class="utrecht-paragraph">
        <strong>{t('total', { n: stats.total })}</strong>
      </p>
      <CountSection title={t('byStatus')} column={t('status')} rows={statusRows} text={text} />
      <CountSection
        title={t('byDepartment')}
        column={t('department')}
        rows={stats.byDepartment.map((d) => ({ label: d.department ?? t('unknownDepartment'), value: d.count }))}
        text={text}
      />
      <CountSection
        title={t('byLaw')}
        column={t('law')}
        rows={stats.byLaw.map((l) => ({ label: l.title, value: l.count, href: localHref(publicPaths.regulation(l.bwbId), text.linkLang) }))}
        text={text}
      />
      <CountSection title={t('byYear')} column={t('year')} rows={byYear.map((y) => ({ label: y.year, value: y.count }))} text={text} />
      {register && <RegisterOverview text={text} summary={register.summary} source={register.source} />}
      <h2 class="utrecht-heading-2">{t('exports')}</h2>
      <ul class="utrecht-unordered-list">
        <li class="utrecht-unordered-list__item">
          <a class="utrecht-link" href="/v1/export?format=csv">
            {t('exportCsv')}
          </a>
        </li>
        <li class="utrecht-unordered-list__item">
          <a class="utrecht-link" href="/v1/export?format=json">
            {t('exportJson')}
          </a>
        </li>
        <li class="utrecht-unordered-list__item">
          <a class="utrecht-link" href="/v1/export?format=annotation">
            {t('exportAnnotation')}
          </a>
        </li>
      </ul>
    </Layout>
  );
}

export function NotFoundPage({ text, path }: { text: WebText; path: string }) {
  const { t } = text;
  return (
    <Layout text={text} title={t('notFound')} path={path}>
      <h1 class="utrecht-heading-1">{t('notFound')}</h1>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={localHref(publicPaths.home, text.linkLang)}>
          {t('notFoundText')}
        </a>
      </p>
    </Layout>
  );
}
