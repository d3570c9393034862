import type { ArticleClause, RegulationClause } from '../utils/contract/api';
import type { Translate } from '../utils/i18n';
import type { Labels } from '../utils/i18n/catalog';
import { jciPermalink } from '../utils/overlay/links';

export interface ClauseSectionProps {
  bwbId: string;
  article: ArticleClause | null;
  computed: 'general' | 'specific' | null;
  regulation: RegulationClause | null;
  /** Anchor ids of the articles on this page, to link to a clause in the same law. */
  anchors: ReadonlyMap<string, string>;
  labels: Labels;
  t: Translate;
}

/** The hardheidsclausule status of an article, curated ("geverifieerd") before computed. */
export function ClauseSection({ bwbId, article, computed, regulation, anchors, labels, t }: ClauseSectionProps) {
  const clause = article ?? regulation;
  const label = article
    ? labels.articleClause[article.status]
    : computed === 'general'
      ? labels.articleClause.is_hardheidsclausule
      : computed === 'specific'
        ? labels.articleClause.is_specifieke_afwijkingsbevoegdheid
        : regulation
          ? labels.regulationClause[regulation.status]
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
      {clause?.note && (
        <p class="ws-note" lang="nl">
          {clause.note}
        </p>
      )}
    </section>
  );
}
