// The public web pages over HTTP: security headers, conditional GET, language choice, 404 pages, search, and
// hostile text from a moderated report rendered inert.
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModerationDecision } from '../../utils/contract/admin';
import { SubmissionAck } from '../../utils/contract/api';
import { publicPaths } from '../../utils/contract/public-pages';
import { PAGE_CSP } from '../../server/web/routes';
import { articleAnchor } from '../../server/web/pages';
import { ASSET_PATHS } from '../../server/web/assets';
import { ADMIN_TOKEN, ENGINES, freshKey, seededApp, validSubmission } from './support';

const HOSTILE = {
  title: `<img src=x onerror="alert('title')"><script>alert('t2')</script>`,
  summary: `<script>alert('summary')</script><a href="javascript:alert(1)">klik</a><svg onload="alert(2)"></svg>`,
  quote: `<img src=x onerror="alert('quote')"> javascript:alert('quote')`,
};
const INTERPRETED = 'main script, main iframe, main img, main svg[onload], main [onerror], main a[href^="javascript:" i]';

describe('public web pages over HTTP', () => {
  let ctx: Awaited<ReturnType<typeof seededApp>>;
  beforeAll(async () => {
    ctx = await seededApp(ENGINES[0]!);
  });
  afterAll(() => ctx.drop());

  const get = (path: string, headers: Record<string, string> = {}) => ctx.app.request(path, { headers });

  it('answer every page with HTML, a strict CSP, nosniff and an ETag that gives 304', async () => {
    for (const path of [publicPaths.home, '/?q=wet', publicPaths.regulation('BWBR0015703'), publicPaths.signal('sig-18-participatiewet-algemeen'), publicPaths.overview]) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('Content-Security-Policy')).toBe(PAGE_CSP);
      expect(PAGE_CSP).toContain("default-src 'none'");
      expect(PAGE_CSP).not.toContain('script-src');
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(res.headers.get('Cache-Control')).toMatch(/^public, max-age=\d+/);
      const etag = res.headers.get('ETag')!;
      expect(etag).toMatch(/^"[\w-]+"$/);
      expect((await get(path, { 'If-None-Match': etag })).status, path).toBe(304);
    }
  });

  it('serve the NL Design System stylesheets as CSS', async () => {
    const tokens = await get(ASSET_PATHS.tokens);
    expect(tokens.headers.get('Content-Type')).toBe('text/css; charset=utf-8');
    expect(await tokens.text()).toContain('--rhc-color-lintblauw-500');
    expect(await (await get(ASSET_PATHS.components)).text()).toContain('.utrecht-table');
    expect((await get('/assets/../package.json')).status).toBe(404);
    expect((await get('/assets/nothing.css')).status).toBe(404);
  });

  it('speak Dutch by default, English with ?lang=en or Accept-Language', async () => {
    const lang = async (path: string, headers: Record<string, string> = {}) =>
      parseHTML(await (await get(path, headers)).text()).document.documentElement.getAttribute('lang');
    expect(await lang(publicPaths.overview)).toBe('nl');
    expect(await lang(`${publicPaths.overview}?lang=en`)).toBe('en');
    expect(await lang(publicPaths.overview, { 'Accept-Language': 'en-GB,en;q=0.9' })).toBe('en');
    expect(await lang(`${publicPaths.overview}?lang=nl`, { 'Accept-Language': 'en' })).toBe('nl');
    expect(await lang(publicPaths.overview, { 'Accept-Language': 'de-DE, nl;q=0.5' })).toBe('nl');
  });

  describe('keep a language the reader chose on every internal link', () => {
    const ENGLISH_BROWSER = 'en-GB,en;q=0.9';
    const DUTCH_BROWSER = 'nl-NL,nl;q=0.9';
    const PAGES = [publicPaths.home, publicPaths.regulation('BWBR0015703'), publicPaths.signal('sig-18-participatiewet-algemeen'), publicPaths.overview];
    const langOf = (href: string) => new URL(href, 'http://localhost').searchParams.get('lang');
    /** The page's language, its links to other pages (not the language switch, not the open-data files), the switch, and the search form's lang field. */
    const read = async (path: string, acceptLanguage: string) => {
      const { document } = parseHTML(await (await get(path, { 'Accept-Language': acceptLanguage })).text());
      return {
        lang: document.documentElement.getAttribute('lang'),
        links: [...document.querySelectorAll('a[href^="/"]:not([hreflang]):not([href^="/v1/"])')].map((a) => a.getAttribute('href')!),
        switchTo: document.querySelector('a[hreflang]')!.getAttribute('href')!,
        formLang: document.querySelector('form[role="search"] input[name="lang"]')?.getAttribute('value') ?? null,
      };
    };

    for (const [browser, browserLang, chosen] of [[ENGLISH_BROWSER, 'en', 'nl'], [DUTCH_BROWSER, 'nl', 'en']] as const) {
      it(`a ${browserLang} browser that chose ${chosen} on a page gets ${chosen} on the next pages too`, async () => {
        for (const path of PAGES) {
          const before = await read(path, browser);
          expect(before.lang, path).toBe(browserLang);
          expect(langOf(before.switchTo), path).toBe(chosen);
          const after = await read(before.switchTo, browser);
          expect(after.lang, before.switchTo).toBe(chosen);
          expect(after.links.length, before.switchTo).toBeGreaterThan(0);
          expect(after.links.filter((href) => langOf(href) !== chosen), before.switchTo).toEqual([]);
          for (const href of after.links.slice(0, 3)) expect((await read(href, browser)).lang, href).toBe(chosen);
        }
        const home = await read(`${publicPaths.home}?lang=${chosen}`, browser);
        expect(home.formLang).toBe(chosen);
        expect((await read(`${publicPaths.home}?q=wet&lang=${home.formLang}`, browser)).lang).toBe(chosen);
      });
    }

    it('cache a Dutch and an English rendering, and a Dutch one with and without ?lang=nl, apart', async () => {
      for (const path of PAGES) {
        // One after the other within the cache's lifetime: each must be its own rendering.
        const dutch = await read(path, DUTCH_BROWSER);
        const chosenDutch = await read(`${path}?lang=nl`, ENGLISH_BROWSER);
        const english = await read(path, ENGLISH_BROWSER);
        const dutchAgain = await read(path, DUTCH_BROWSER);
        expect([dutch.lang, chosenDutch.lang, english.lang, dutchAgain.lang], path).toEqual(['nl', 'nl', 'en', 'nl']);
        expect(dutch.links.map(langOf).filter((lang) => lang !== null), path).toEqual([]);
        expect(new Set(chosenDutch.links.map(langOf)), path).toEqual(new Set(['nl']));
        expect(new Set(english.links.map(langOf)), path).toEqual(new Set(['en']));
        expect(dutchAgain.links, path).toEqual(dutch.links);
      }
    });
  });

  it('name a law by its citation title and official BWB id in a data list, with its versions and its text on wetten.overheid.nl', async () => {
    const bwbId = 'BWBR0015703';
    const json = (await (await get(`/v1/regulations/${bwbId}`)).json()) as { regulation: { title: string }; signals: Array<{ targets: Array<{ bwbId: string; versionDate: string | null }> }> };
    const versions = [...new Set(json.signals.flatMap((s) => s.targets.filter((t) => t.bwbId === bwbId && t.versionDate).map((t) => t.versionDate!)))];
    expect(versions.length).toBeGreaterThan(0);
    const details = async (path: string) => {
      const { document } = parseHTML(await (await get(path)).text());
      const items = [...document.querySelectorAll('main dl[data-testid="regulation-details"] > div')];
      return new Map(items.map((item) => [item.querySelector('dt')!.textContent, item.querySelector('dd')!]));
    };

    const dutch = await details(publicPaths.regulation(bwbId));
    expect(dutch.get('Officieel nummer (BWB-id)')?.textContent).toBe(bwbId);
    expect(dutch.get('Citeertitel')?.textContent).toBe(json.regulation.title);
    expect(dutch.get('Wettekst')?.querySelector('a')?.getAttribute('href')).toBe(`https://wetten.overheid.nl/${bwbId}`);
    for (const date of versions) expect(dutch.get('Versie')?.textContent).toContain(date.split('-').reverse().join('-'));

    const english = await details(`${publicPaths.regulation(bwbId)}?lang=en`);
    expect(english.get('Official number (BWB id)')?.textContent).toBe(bwbId);
    expect(english.get('Citation title')?.textContent).toBe(json.regulation.title);
    for (const date of versions) expect(english.get('Version')?.textContent).toContain(date);
  });

  it('give a 404 page for an unknown law or signal, and search safely with SQL wildcard characters', async () => {
    for (const path of ['/regeling/BWBR9999999', '/regeling/nonsense', '/signaal/sig-does-not-exist', '/signaal/%3Cscript%3E']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('Content-Security-Policy')).toBe(PAGE_CSP);
      expect(await res.text()).toContain('Niet gevonden');
    }
    const wildcard = await (await get('/?q=%25_%25')).text();
    expect(wildcard).toContain('Geen regeling gevonden');
    const byId = parseHTML(await (await get('/?q=BWBR0015703')).text()).document;
    expect(byId.querySelector('#resultaten + ul a')?.getAttribute('href')).toBe('/regeling/BWBR0015703');
  });

  it('cite a signal’s sources officially, linked to officiële bekendmakingen, never by a file name', async () => {
    const html = await (await get('/signaal/sig-18-participatiewet-algemeen')).text();
    const { document } = parseHTML(html);
    const links = [...document.querySelectorAll('cite a')].map((a) => a.getAttribute('href') ?? '');
    expect(links.some((href) => /^https:\/\/zoek\.officielebekendmakingen\.nl\/kst-\d+-\d+\.html$/.test(href))).toBe(true);
    expect(document.querySelector('cite')?.textContent).toMatch(/^Kamerstukken (I|II) \d{4}\/\d{2}, /);
    expect(html).not.toMatch(/seed \d{3}_|\.txt\b/);
  });

  it('render hostile text from a published report as inert text on the signal and law pages', async () => {
    const submitted = await ctx.app.request('/v1/submissions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': freshKey() },
      body: JSON.stringify(
        validSubmission({
          target: { bwbId: 'BWBR0015703', label: '58', versionDate: '2026-01-01', quote: { exact: HOSTILE.quote, prefix: '', suffix: '', start: 0, end: HOSTILE.quote.length } },
        }),
      ),
    });
    const ack = SubmissionAck.parse(await submitted.json());
    const published = await ctx.app.request(`/v1/moderation/submissions/${ack.id}/publish`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ title: HOSTILE.title, summary: HOSTILE.summary }),
    });
    const signal = ModerationDecision.parse(await published.json()).signal!;
    for (const path of [publicPaths.signal(signal.id), publicPaths.regulation('BWBR0015703')]) {
      const { document } = parseHTML(await (await get(path)).text());
      expect(document.querySelectorAll(INTERPRETED).length, path).toBe(0);
      expect(document.querySelector('main')?.textContent, path).toContain(HOSTILE.title);
    }
    const signalPage = parseHTML(await (await get(publicPaths.signal(signal.id))).text()).document;
    expect(signalPage.querySelector('blockquote')?.textContent).toContain(HOSTILE.quote);
  });

  it('say for an article merged in from a report that the link rests on that report, not on the sources', async () => {
    const submitted = await ctx.app.request('/v1/submissions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': freshKey() },
      body: JSON.stringify(validSubmission({ target: { bwbId: 'BWBR0015703', label: '11', lid: null, versionDate: null } })),
    });
    const ack = SubmissionAck.parse(await submitted.json());
    const attached = await ctx.app.request(`/v1/moderation/submissions/${ack.id}/attach`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ signalId: 'sig-18-participatiewet-algemeen' }),
    });
    expect(attached.status).toBe(200);
    const [y, m, d] = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date()).split('-');
    const dutch = `Dit artikel is aan het signaal gekoppeld na een melding (beoordeeld door een moderator op ${d}-${m}-${y}); de bronnen noemen het niet`;
    const english = `This article was linked to the signal after a report (checked by a moderator on ${y}-${m}-${d}); the sources do not mention it`;
    const verified = 'Gecontroleerd in de wettekst: dit artikel zegt wat hier staat';

    // The law page: under article 11 the signal does not claim its certainty; elsewhere it still does.
    const law = parseHTML(await (await get(publicPaths.regulation('BWBR0015703'))).text()).document;
    const signalIn = (label: string) =>
      [...law.querySelectorAll(`section#${articleAnchor(label)} article`)].find((a) => a.querySelector('a')?.getAttribute('href') === publicPaths.signal('sig-18-participatiewet-algemeen'));
    expect(signalIn('11')?.textContent).toContain(dutch);
    expect(signalIn('11')?.textContent).not.toContain(verified);
    const sourced = [...law.querySelectorAll('section.ws-article article')].filter((a) => a.textContent?.includes(verified));
    expect(sourced.length).toBeGreaterThan(0);

    // The signal page: only the merged target carries the note.
    const page = parseHTML(await (await get(publicPaths.signal('sig-18-participatiewet-algemeen'))).text()).document;
    const notes = [...page.querySelectorAll('main li')].filter((li) => li.textContent?.includes(dutch));
    expect(notes.map((li) => li.querySelector('a')?.textContent)).toEqual(['Participatiewet, Artikel 11']);
    const englishPage = await (await get(`${publicPaths.signal('sig-18-participatiewet-algemeen')}?lang=en`)).text();
    expect(englishPage).toContain(english);
  });
});
