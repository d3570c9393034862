// A regulation without articles (its whole text one div.tekst#Tekst) is one reportable unit, not a problem.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { recognisePage } from '../../../utils/recognition/recognise';
import { problemOf, readPage } from '../../../utils/recognition/page';
import { hashArticleText } from '../../../utils/recognition/text-hash';
import { Target } from '../../../utils/contract/identity';
import { renderWholeTextPage, WHOLE_TEXT_PAGE } from '../../fixtures/whole-text';
import { renderNonLawPage } from '../../fixtures/non-law';

const url = `https://wetten.overheid.nl${WHOLE_TEXT_PAGE.urlPath}`;
const doc = () => parseHTML(renderWholeTextPage()).document as unknown as Document;

describe('a regulation without articles', () => {
  it('is recognised as one unit anchored at its text container, with no problem', () => {
    const { page } = recognisePage(doc(), url);
    expect(page.regulation).toMatchObject({ bwbId: WHOLE_TEXT_PAGE.bwbId, title: WHOLE_TEXT_PAGE.title, versionDate: WHOLE_TEXT_PAGE.versionDate });
    expect(page.articles).toEqual([]);
    expect(page.health.problem).toBeNull();
    expect(page.wholeText).toEqual({ kind: 'regulation', anchorId: 'Tekst', textHash: hashArticleText(WHOLE_TEXT_PAGE.lines.join('\n')) });
  });

  it('is a law page for the content script, with its text container', () => {
    const d = doc();
    const read = readPage(d, url)!;
    expect(read.containers.length).toBe(0);
    expect(read.wholeText).toBe(d.getElementById('Tekst'));
    expect(problemOf(d, 0)).toBeNull();
  });

  it('gives a target of kind regulation the contract accepts', () => {
    const { page } = recognisePage(doc(), url);
    const target = Target.parse({ kind: 'regulation', bwbId: WHOLE_TEXT_PAGE.bwbId, label: null, versionDate: WHOLE_TEXT_PAGE.versionDate, textHash: page.wholeText!.textHash });
    expect(target).toMatchObject({ kind: 'regulation', label: null, lid: null });
    expect(Target.safeParse({ ...target, label: '1' }).success).toBe(false);
  });

  it('other pages have no whole text, and unknown markup is still a problem', () => {
    const { page } = recognisePage(parseHTML(renderNonLawPage('not-understood')).document as unknown as Document, 'https://wetten.overheid.nl/BWBR0099999/2024-01-01/0');
    expect(page.wholeText).toBeNull();
    expect(page.health.problem).toMatch(/niet gevonden/);
  });
});
