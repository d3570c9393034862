import type { ArticleClause, RegulationClause } from '../utils/contract/api';
import { articleReference } from '../utils/citation/signal';
import type { Translate } from '../utils/i18n';
import type { Labels } from '../utils/i18n/catalog';
import { jciPermalink } from '../utils/overlay/links';

export interface ClauseSectionProps {
  bwbId: string;
  /** The law's short name ("Pw"), so a clause is named "Pw art. 9", never by its BWB id. */
  law?: string | null;
  /** The article whose panel this is: a link to the clause is left out where it would point at itself. */
  label?: string | null;
  article: ArticleClause | null;
  computed: 'general' | 'specific' | null;
  regulation: RegulationClause | null;
  /** Anchor ids of the articles on this page, to link to a clause in the same law. */
  anchors: ReadonlyMap<string, string>;
  labels: Labels;
  t: Translate;
}

/** The hardheidsclausule status of an article, curated ("geverifieerd") before computed. */
export function ClauseSection({ bwbId, law = null, label: self = null, article, computed, regulation, anchors, labels, t }: ClauseSectionProps) {
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
  const itself = sameLaw && where === self;
  return (
    <section aria-labelledby="ws-clause-h">
      <h3 id="ws-clause-h">{t('clauseHeading')}</h3>
      <p>
        {label} <span class="ws-tag">{verified ? t('verified') : t('computed')}</span>
      </p>
      {where && !itself && (article || !computed) && (
        <p class="ws-note">
          <ClauseLink bwbId={clause?.clauseBwbId ?? bwbId} label={where} law={sameLaw ? law : (clause?.clauseLaw ?? null)} sameLaw={sameLaw} anchors={anchors} t={t} />
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

export interface ClauseLinkProps {
  bwbId: string;
  label: string;
  /** Short name of the law holding the clause; null when the API did not name it. */
  law: string | null;
  sameLaw: boolean;
  anchors: ReadonlyMap<string, string> | undefined;
  /** Only the reference ("Awir art. 47"), after a sentence that already says what it is. */
  bare?: boolean;
  t: Translate;
}

/** "Staat in Awir art. 47": a jump on this page when the article is here, else its permalink on the portal. */
export function ClauseLink({ bwbId, label, law, sameLaw, anchors, bare = false, t }: ClauseLinkProps) {
  const ref = articleReference(law, label);
  const text = bare ? ref : sameLaw ? t('clauseIn', { ref }) : t('clauseInOther', { ref });
  const anchor = sameLaw ? anchors?.get(label) : undefined;
  return anchor ? (
    <a href={`#${anchor}`}>{text}</a>
  ) : (
    <a href={jciPermalink(bwbId, label)} target="_blank" rel="noopener noreferrer">
      {text}
    </a>
  );
}
