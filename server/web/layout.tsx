// The page shell every public page shares: NL Design System (Utrecht components, Rijkshuisstijl tokens),
// a skip link, the language switch, and nothing that needs JavaScript.
import type { ComponentChildren } from 'preact';
import { publicPaths } from '../../utils/contract/public-pages';
import type { Language } from '../../utils/i18n/index';
import { ASSET_PATHS } from './assets';
import type { WebText } from './strings';

/** An internal link that keeps the reader in the page's language: `linkLang` (WebText) as `?lang=`. */
export function localHref(path: string, linkLang: Language | null, query: Record<string, string> = {}): string {
  const [base, anchor] = path.split('#', 2) as [string, string | undefined];
  const params = new URLSearchParams(query);
  if (linkLang) params.set('lang', linkLang);
  const search = params.size ? `?${params.toString()}` : '';
  return `${base}${search}${anchor === undefined ? '' : `#${anchor}`}`;
}

/** The same for a GET form: its hidden `lang` field, when links carry one. */
export function LanguageField({ text }: { text: WebText }) {
  return text.linkLang && <input type="hidden" name="lang" value={text.linkLang} />;
}

type LayoutProps = { text: WebText; title: string; path: string; children: ComponentChildren };

export function Layout({ text, title, path, children }: LayoutProps) {
  const { t, language } = text;
  const other: Language = language === 'nl' ? 'en' : 'nl';
  const switchHref = `${path.split('#')[0]}${path.includes('?') ? '&' : '?'}lang=${other}`;
  return (
    <html lang={language}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${t('siteName')}`}</title>
        <link rel="icon" href={ASSET_PATHS.icon} type="image/svg+xml" />
        <link rel="stylesheet" href={ASSET_PATHS.tokens} />
        <link rel="stylesheet" href={ASSET_PATHS.components} />
        <link rel="stylesheet" href={ASSET_PATHS.site} />
      </head>
      <body class="rhc-theme utrecht-theme utrecht-document utrecht-document--surface">
        <a class="utrecht-link utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
          {t('skip')}
        </a>
        <div class="utrecht-page-layout ws-page">
          <header class="utrecht-page-header ws-header">
            <a class="utrecht-link ws-brand" href={localHref(publicPaths.home, text.linkLang)}>
              {t('siteName')}
            </a>
            <span class="ws-tagline">{t('tagline')}</span>
            <nav class="ws-nav" aria-label={language === 'nl' ? 'Hoofdmenu' : 'Main menu'}>
              <a class="utrecht-link" href={localHref(publicPaths.home, text.linkLang)}>
                {t('navHome')}
              </a>
              <a class="utrecht-link" href={localHref(publicPaths.overview, text.linkLang)}>
                {t('navOverview')}
              </a>
              <a class="utrecht-link" href={switchHref} lang={other} hrefLang={other}>
                {t('otherLanguage')}
              </a>
            </nav>
          </header>
          <main id="inhoud" class="utrecht-page-body ws-main">
            {children}
          </main>
          <footer class="utrecht-page-footer ws-footer">
            <p class="utrecht-paragraph">
              {t('footer')}
            </p>
          </footer>
        </div>
      </body>
    </html>
  );
}
