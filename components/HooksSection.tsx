import type { Translate } from '../utils/i18n';
import { AWB_BWB_ID, jciPermalink } from '../utils/overlay/links';
import type { AwbHook } from '../utils/contract/api';

export interface HooksSectionProps {
  hooks: Array<AwbHook & { verified: boolean }>;
  /** False in a BES law (Bonaire, Sint Eustatius, Saba): the section says why there is no Awb room. */
  awbApplies: boolean;
  t: Translate;
}

/** Awb provisions that may give room to soften the article, each with why and a link. */
export function HooksSection({ hooks, awbApplies, t }: HooksSectionProps) {
  if (!awbApplies) {
    return (
      <section aria-labelledby="ws-hooks-h">
        <h3 id="ws-hooks-h">{t('hooksHeading')}</h3>
        <p class="ws-note">{t('hooksNoAwbBes')}</p>
      </section>
    );
  }
  if (hooks.length === 0) return null;
  return (
    <section aria-labelledby="ws-hooks-h">
      <h3 id="ws-hooks-h">{t('hooksHeading')}</h3>
      <p class="ws-note">{t('hooksIntro')}</p>
      <ul class="ws-hooks">
        {hooks.map((hook) => (
          <li key={hook.awb}>
            <a href={jciPermalink(AWB_BWB_ID, hook.awb)} target="_blank" rel="noopener noreferrer">
              {t('awbArticle', { awb: hook.awb })}
            </a>
            : <span lang="nl">{hook.reason}</span> <span class="ws-tag">{hook.verified ? t('verified') : t('computed')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
