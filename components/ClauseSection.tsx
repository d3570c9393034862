import type { ArticleClause, RegulationClause } from '../utils/contract/api';
import type { Language, Translate } from '../utils/i18n';
import { articleClauseLabels, regulationClauseLabels } from '../utils/i18n/vocabulary-labels';
import { jciPermalink } from '../utils/overlay/links';

export interface ClauseSectionProps {
  bwbId: string;
  article: ArticleClause | null;
  computed: 'general' | 'specific' | null;
  regulation: RegulationClause | null;
  /** Anchor ids of the articles on this page, to link to a clause in the same law. */
  anchors: ReadonlyMap<string, string>;
  language: Language;
  t: Translate;
}

/** The hardheidsclausule status of an article, curated ("geverifieerd") before computed. */
export function ClauseSection({ bwbId, article, computed, regulation, anchors, language, t }: ClauseSectionProps) {
  const clause = article ?? regulation;
  const label = article
    ? articleClauseLabels[language][article.status]
    : computed === 'general'
      ? articleClauseLabels[language].is_hardheidsclausule
      : computed === 'specific'
        ? articleClauseLabels[language].is_specifieke_afwijkingsbevoegdheid
        : regulation
          ? regulationClauseLabels[language][regulation.status]
          : null;
  if (!label) return null;
  const verified = article ? article.verified : computed ? false : (regulation?.verified ?? false);
  const where = clause?.clauseLabel ?? null;
  const sameLaw = (clause?.clauseBwbId ?? bwbId) === bwbId;
  const anchor = where && sameLaw ? anchors.get(where) : undefined;
  return (
    <section aria-labelledby="ws-clause-h">
      <h3 id="ws-clause-h">{t('clauseHeading')}</h3>
      <p>
        {label} <span class="ws-tag">{verified ? t('verified') : t('computed')}</span>
      </p>
      {where && (article || !computed) && (
        <p class="ws-note">
          {anchor ? (
            <a href={`#${anchor}`}>{t('clauseIn', { label: where })}</a>
          ) : (
            <a href={jciPermalink(clause?.clauseBwbId ?? bwbId, where)} target="_blank" rel="noopener noreferrer">
              {sameLaw ? t('clauseIn', { label: where }) : t('clauseInOther', { law: clause?.clauseBwbId ?? '', label: where })}
            </a>
          )}
        </p>
      )}
      {clause?.note && <p class="ws-note">{clause.note}</p>}
    </section>
  );
}
