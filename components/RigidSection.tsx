import type { Translate } from '../utils/i18n';
import type { Labels } from '../utils/i18n/catalog';
import type { RigidView } from '../utils/extension/messages';
import { ClauseLink } from './ClauseSection';
import { heldOutReliability } from '../utils/analysis/held-out-record';

export interface RigidSectionProps {
  /** The page's law: a covering clause in it is named by `law` and linked on the page. */
  bwbId: string;
  law: string | null;
  rigid: readonly RigidView[];
  anchors: ReadonlyMap<string, string>;
  labels: Labels;
  t: Translate;
}

/** Rigid provisions the text analysis found in the article, each with what covers it; absent when there are none. */
export function RigidSection({ bwbId, law, rigid, anchors, labels, t }: RigidSectionProps) {
  if (rigid.length === 0) return null;
  const measured = heldOutReliability().rigid;
  return (
    <section aria-labelledby="ws-rigid-h">
      <h3 id="ws-rigid-h">{t('rigidHeading')}</h3>
      <p>{t('rigidIntro')}</p>
      <ul class="ws-rigid">
        {rigid.map(({ outcome, phrase, coveredBy }) => (
          <li key={outcome}>
            {t('rigidOutcome', { outcome: labels.rigidOutcome[outcome] })} <span lang="nl">“{phrase}”</span>
            <br />
            {coveredBy ? (
              <>
                {t('rigidCoveredBy')}{' '}
                <ClauseLink
                  bwbId={coveredBy.bwbId}
                  label={coveredBy.label}
                  law={coveredBy.bwbId === bwbId ? law : coveredBy.law}
                  sameLaw={coveredBy.bwbId === bwbId}
                  anchors={anchors}
                  bare
                  t={t}
                />
              </>
            ) : (
              <strong>{t('rigidNotCovered')}</strong>
            )}
          </li>
        ))}
      </ul>
      <p class="ws-note">{t('rigidExplain', { right: measured.tp, found: measured.tp + measured.fp })}</p>
    </section>
  );
}
