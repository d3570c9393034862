// The statute-book register on the public pages: its totals on /overzicht, and one law's computed findings
// on /regeling. Always labelled "automatisch herkend" with the text version they were read in.
import type { ComputedFindings, RegisterSource } from '../../utils/contract/register';
import { TableWrap } from './TableWrap';
import { formatDate } from '../../utils/i18n/index';
import { heldOutReliability } from '../../utils/analysis/held-out-record';
import type { RegisterSummary, ShareRow } from '../register/summary';
import { REGULATION_KIND_LABELS, type WebText } from './strings';

function sourceName(source: RegisterSource): string {
  return source.commit ? `${source.name} ${source.commit.slice(0, 10)}` : source.name;
}

function share(part: number, whole: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(whole ? part / whole : 0);
}

function ShareTable({ title, group, rows, text, name = (g) => g }: { title: string; group: string; rows: ShareRow[]; text: WebText; name?: (group: string) => string }) {
  const { t, language } = text;
  const numeric = 'utrecht-table__header-cell utrecht-table__header-cell--numeric';
  const cell = 'utrecht-table__cell utrecht-table__cell--numeric';
  return (
    <section>
      <h3 class="utrecht-heading-3">{title}</h3>
      <TableWrap label={title}>
        <table class="utrecht-table">
          <caption class="utrecht-table__caption ws-visually-hidden">{title}</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">{group}</th>
              <th class={numeric} scope="col">{t('registerRegulations')}</th>
              <th class={numeric} scope="col">{t('registerGeneral')}</th>
              <th class={numeric} scope="col">{t('registerShare')}</th>
              <th class={numeric} scope="col">{t('registerRigidCount')}</th>
              <th class={numeric} scope="col">{t('registerUncovered')}</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {rows.map((r) => (
              <tr class="utrecht-table__row" key={r.group}>
                <th class="utrecht-table__header-cell" scope="row">{r.group === 'onbekend' ? t('registerUnknown') : name(r.group)}</th>
                <td class={cell}>{r.regulations}</td>
                <td class={cell}>{r.withGeneral}</td>
                <td class={cell}>{share(r.withGeneral, r.regulations, language)}</td>
                <td class={cell}>{r.rigid}</td>
                <td class={cell}>{r.uncovered}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}

/** How far to trust the findings, as measured on regulations the analysis never saw (held-out-record.ts). */
function reliabilityText({ t }: WebText): string {
  const { clause, rigid } = heldOutReliability();
  return t('registerReliability', {
    clauseRight: clause.tp,
    clauseFound: clause.tp + clause.fp,
    rigidRight: rigid.tp,
    rigidFound: rigid.tp + rigid.fp,
    rigidAll: rigid.tp + rigid.fn,
  });
}

export function RegisterOverview({ text, summary, source }: { text: WebText; summary: RegisterSummary; source: RegisterSource }) {
  const { t, language } = text;
  return (
    <section aria-labelledby="register">
      <h2 class="utrecht-heading-2" id="register">{t('registerTitle')}</h2>
      <p class="utrecht-paragraph">
        {t('registerIntro', { n: summary.regulations, source: sourceName(source), date: source.commitDate ? formatDate(source.commitDate, language) : '?' })}
      </p>
      <p class="utrecht-paragraph ws-note">{reliabilityText(text)}</p>
      <ul class="utrecht-unordered-list">
        <li class="utrecht-unordered-list__item">{t('registerWithGeneral', { n: summary.withGeneral, share: share(summary.withGeneral, summary.regulations, language) })}</li>
        <li class="utrecht-unordered-list__item">{t('registerRigid', { n: summary.rigid, uncovered: summary.uncovered })}</li>
      </ul>
      <ShareTable title={t('registerByKind')} group={t('registerGroupKind')} rows={summary.byKind} text={text} name={(kind) => REGULATION_KIND_LABELS[language][kind] ?? kind} />
      <ShareTable title={t('registerByDecade')} group={t('registerGroupDecade')} rows={summary.byDecade} text={text} />
      <ul class="utrecht-unordered-list">
        <li class="utrecht-unordered-list__item">
          <a class="utrecht-link" href="/v1/export/register?format=csv">{t('exportRegisterCsv')}</a>
        </li>
        <li class="utrecht-unordered-list__item">
          <a class="utrecht-link" href="/v1/export/register?format=json">{t('exportRegisterJson')}</a>
        </li>
      </ul>
    </section>
  );
}

export function ComputedFindingsBlock({ text, computed }: { text: WebText; computed: ComputedFindings }) {
  const { t, language } = text;
  const date = computed.versionDate ? formatDate(computed.versionDate, language) : '?';
  const measured = heldOutReliability().rigid;
  return (
    <section aria-labelledby="automatisch-herkend">
      <h2 class="utrecht-heading-2" id="automatisch-herkend">{t('computedTitle')}</h2>
      <p class="utrecht-paragraph ws-note">{t('computedIntro', { date, source: sourceName(computed.source) })}</p>
      {computed.clauses.length === 0 && computed.rigid.length === 0 && <p class="utrecht-paragraph">{t('computedNone')}</p>}
      {computed.clauses.length > 0 && (
        <ul class="utrecht-unordered-list">
          {computed.clauses.map((c) => (
            <li class="utrecht-unordered-list__item" key={`c-${c.label}`}>
              {t('article', { label: c.label })}: {t(c.clause === 'general' ? 'computedGeneral' : 'computedSpecific')}
              {c.covers.length > 0 && ` (${t('computedCovers', { covers: c.covers.join('; ') })})`}
            </li>
          ))}
        </ul>
      )}
      {computed.rigid.length > 0 && (
        <>
          <h3 class="utrecht-heading-3">{t('computedRigid')}</h3>
          <p class="utrecht-paragraph ws-note">
            {t('computedRigidReliability', { right: measured.tp, found: measured.tp + measured.fp })}
          </p>
          <ul class="utrecht-unordered-list">
            {computed.rigid.map((r, i) => (
              <li class="utrecht-unordered-list__item" key={`r-${i}`}>
                {t('article', { label: r.label })}: {text.labels.rigidOutcome[r.outcome]} (“{r.phrase}”) —{' '}
                {r.coveredBy ? t('computedCoveredBy', { ref: r.coveredBy }) : <strong>{t('computedNotCovered')}</strong>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
