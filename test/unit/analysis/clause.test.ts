import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectClause, detectGeneralClause } from '../../../utils/analysis/clause';
import { liveArticles, parseCorpus } from '../../../utils/analysis/corpus';
import { CORPUS_DIR } from '../../../scripts/lib/shared-dir';
import devset from '../../analysis/devset.json';
import { parseCovers } from '../../../utils/analysis/covers';

describe('detectClause: strict hardheidsclausule', () => {
  it('classifies the model wording of Aanwijzing 5.26 as general, with the sentence as span', () => {
    const text =
      '1. Onze Minister kan de artikelen 3 tot en met 7 buiten toepassing laten of daarvan afwijken voor zover toepassing gelet op het belang dat deze wet beoogt te beschermen, zal leiden tot een onbillijkheid van overwegende aard.\n2. Van de toepassing wordt mededeling gedaan.';
    const r = detectClause(text);
    expect(r?.clause).toBe('general');
    expect(r?.criterion).toBe('onbillijkheid van overwegende aard');
    expect(text.slice(r!.span.start, r!.span.end)).toBe(r!.span.text);
    expect(r!.span.text.startsWith('1. Onze Minister kan')).toBe(true);
    expect(r!.span.text).not.toContain('mededeling');
  });

  it('accepts the AWR form "is bevoegd ... tegemoet te komen aan onbillijkheden van overwegende aard"', () => {
    const r = detectClause(
      'Onze Minister is bevoegd voor bepaalde gevallen of groepen van gevallen tegemoet te komen aan onbillijkheden van overwegende aard, welke zich bij de toepassing van de belastingwet mochten voordoen.',
    );
    expect(r?.clause).toBe('general');
  });

  it('does not count a negated power', () => {
    expect(
      detectClause(
        'Onze Minister is niet bevoegd tegemoet te komen aan onbillijkheden van overwegende aard die zich bij de toepassing van dit hoofdstuk voordoen.',
      ),
    ).toBeNull();
  });

  it('does not count a text that only says another law\'s clause is not applicable', () => {
    expect(
      detectClause('Artikel 63 van de Algemene wet inzake rijksbelastingen is niet van toepassing op de heffing, bedoeld in dit hoofdstuk.'),
    ).toBeNull();
  });

  it("does not count a reference to another law's criterion", () => {
    expect(
      detectClause(
        'De inspecteur kan bij de beoordeling rekening houden met onbillijkheden van overwegende aard als bedoeld in artikel 63 van de Algemene wet inzake rijksbelastingen, voor zover die daartoe aanleiding geven af te wijken van de aanslag.',
      ),
    ).toBeNull();
  });

  it('does not count a definition', () => {
    expect(
      detectClause(
        'In deze wet wordt verstaan onder:\na. onbillijkheid van overwegende aard: een gevolg dat de wetgever niet heeft voorzien en waarvoor Onze Minister kan afwijken;\nb. college: college van burgemeester en wethouders.',
      ),
    ).toBeNull();
  });
});

describe('detectClause: specific powers and look-alikes', () => {
  it('finds "dringende redenen" with a power to waive, in the right lid', () => {
    const text =
      '1. Het college vordert de kosten van bijstand terug.\n2. Indien daarvoor dringende redenen aanwezig zijn kan het college besluiten geheel of gedeeltelijk van terugvordering af te zien.';
    const r = detectClause(text);
    expect(r?.clause).toBe('specific');
    expect(r?.criterion).toBe('dringende redenen');
    expect(r!.span.text.startsWith('2. Indien')).toBe(true);
  });

  it('finds "kennelijke hardheid" and what it covers', () => {
    const r = detectClause(
      'Indien de toepassing van het eerste lid zou leiden tot kennelijke hardheid, is het UWV bevoegd het recht op een uitkering ambtshalve vast te stellen.',
    );
    expect(r?.clause).toBe('specific');
    expect(r?.covers).toEqual([{ kind: 'lid', text: 'het eerste lid', leden: ['1'] }]);
  });

  it('ignores "dringende reden" used in the sense of another law', () => {
    expect(
      detectClause(
        'De verzekerde is verplicht zich te onthouden van gedrag dat aangemerkt kan worden als een dringende reden in de zin van artikel 678 van boek 7 van het Burgerlijk Wetboek.',
      ),
    ).toBeNull();
  });

  it('ignores a negated criterion ("geen sprake is van bijzondere omstandigheden")', () => {
    expect(
      detectClause('Het bedrag wordt vermenigvuldigd met 0,25, voor zover geen sprake is van bijzondere omstandigheden en de kosten kunnen worden vergoed.'),
    ).toBeNull();
  });

  it('ignores a reason the citizen has to prove before a refusal can be avoided', () => {
    expect(
      detectClause(
        'Een terugkeervisum kan worden geweigerd indien de vreemdeling niet aannemelijk heeft gemaakt dat sprake is van een dringende reden die geen uitstel van vertrek mogelijk maakt.',
      ),
    ).toBeNull();
  });

  it('ignores term extensions for the court and for complex cases', () => {
    expect(detectClause('In bijzondere omstandigheden kan de bestuursrechter deze termijn met ten hoogste zes weken verlengen.')).toBeNull();
    expect(
      detectClause('De termijn kan in bijzondere gevallen verband houdende met de complexiteit van de aanvraag worden verlengd.'),
    ).toBeNull();
  });

  it('ignores the norm of Awb 3:4 lid 2 (no power to deviate)', () => {
    expect(
      detectClause('De voor een of meer belanghebbenden nadelige gevolgen van een besluit mogen niet onevenredig zijn in verhouding tot de met het besluit te dienen doelen.'),
    ).toBeNull();
  });

  it('ignores a reference to the circumstances "bedoeld in dat artikel"', () => {
    expect(
      detectClause('In afwijking van onderdeel b wordt de termijn verlengd met de duur van de in dat artikel bedoelde bijzondere omstandigheden.'),
    ).toBeNull();
  });

  it('counts non-attributability only next to an explicit deviation', () => {
    expect(
      detectClause('In afwijking van het eerste lid kan een huurtoeslag worden toegekend, als de onjuiste inschrijving niet aan de huurder kan worden toegerekend.')?.clause,
    ).toBe('specific');
    expect(detectClause('De schuldenaar is aansprakelijk, tenzij de tekortkoming niet aan hem kan worden toegerekend.')).toBeNull();
  });

  it('prefers a general clause anywhere in the article over an earlier specific one', () => {
    const r = detectClause(
      '1. Het college kan afzien van terugvordering indien daarvoor dringende redenen aanwezig zijn.\n2. Onze Minister kan deze wet buiten toepassing laten voor zover toepassing zal leiden tot een onbillijkheid van overwegende aard.',
    );
    expect(r?.clause).toBe('general');
    expect(r?.covers).toEqual([{ kind: 'law', text: 'deze wet' }]);
  });
});

describe('detectGeneralClause: only the general clause (the status of a law on its page)', () => {
  const general =
    'Artikel 63. Ingeval de toepassing van de belastingwet leidt tot onbillijkheden van overwegende aard, kan Onze Minister tegemoetkomen. ' +
    'Bij dringende redenen kan de inspecteur de termijn verlengen.';
  it('finds what detectClause finds where the article holds one, covers included', () => {
    expect(detectGeneralClause(general)).toEqual(detectClause(general));
    expect(detectGeneralClause(general)?.clause).toBe('general');
  });
  it('finds nothing where detectClause finds only a specific power, or a denied unfairness', () => {
    const specific = 'Bij dringende redenen kan de inspecteur de termijn verlengen.';
    expect(detectClause(specific)?.clause).toBe('specific');
    expect(detectGeneralClause(specific)).toBeNull();
    expect(detectGeneralClause('Het college kan afwijken indien dit niet zal leiden tot een onbillijkheid')).toBeNull();
  });
  it('agrees with detectClause on every article of the 20 corpus laws and the labelled set (its shortcuts skip only what cannot match)', () => {
    const texts = [
      ...readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.json')).flatMap((f) => liveArticles(parseCorpus(readFileSync(join(CORPUS_DIR, f), 'utf8'))).map((a) => a.text)),
      ...(devset.items as Array<{ text: string }>).map((i) => i.text),
    ];
    let general = 0;
    for (const text of texts) {
      const full = detectClause(text);
      const expected = full?.clause === 'general' ? full : null;
      if (expected) general++;
      expect(detectGeneralClause(text)).toEqual(expected);
    }
    expect(general).toBeGreaterThanOrEqual(10);
  });
});

describe('parseCovers', () => {
  it('parses an article range', () => {
    expect(parseCovers('kan de artikelen 3 tot en met 7 buiten toepassing laten')).toEqual([
      { kind: 'articles', text: 'de artikelen 3 tot en met 7', label: '3', to: '7' },
    ]);
  });

  it('parses an enumeration of articles', () => {
    expect(parseCovers('van de artikelen 2.1, 2.3 en 2.7 afwijken')).toEqual([
      { kind: 'articles', text: 'de artikelen 2.1, 2.3 en 2.7', label: '2.1', labels: ['2.3', '2.7'] },
    ]);
  });

  it('parses an article with leden', () => {
    expect(parseCovers('kan van artikel 7, derde en vierde lid, afwijken')).toEqual([
      { kind: 'article', text: 'artikel 7, derde en vierde lid', label: '7', leden: ['3', '4'] },
    ]);
  });

  it('parses an article with onderdelen without swallowing the next word', () => {
    const covers = parseCovers('kan artikel 6, onderdeel e, en artikel 7, onderdeel e, buiten toepassing laten');
    expect(covers.map((c) => c.text)).toEqual(['artikel 6, onderdeel e', 'artikel 7, onderdeel e']);
  });

  it('parses the law and divisions', () => {
    expect(parseCovers('in afwijking van dit hoofdstuk en van deze wet')).toEqual([
      { kind: 'division', text: 'dit hoofdstuk', division: { kind: 'hoofdstuk', nr: null } },
      { kind: 'law', text: 'deze wet' },
    ]);
    expect(parseCovers('afwijken van hoofdstuk 3')[0]).toEqual({ kind: 'division', text: 'hoofdstuk 3', division: { kind: 'hoofdstuk', nr: '3' } });
  });

  it('marks an article of another law', () => {
    expect(parseCovers('artikel 63 van de Algemene wet inzake rijksbelastingen')[0]?.kind).toBe('other-law');
    expect(parseCovers('artikel 4:84, eerste lid, van de Algemene wet bestuursrecht')[0]?.kind).toBe('other-law');
  });
});

// Error classes found on the statute-book dev split (issue #23); texts written for these tests.
describe('detectClause: a hardheidsclausule by function, whatever its words', () => {
  it.each([
    ['a remedy other than afwijken', 'De uitvoerder kan een langere termijn vaststellen indien toepassing van de termijn van drie maanden zou leiden tot een onbillijkheid van overwegende aard.'],
    ['an adjusted amount', 'Indien toepassing van deze regeling tot een onbillijkheid van overwegende aard zou leiden, kan de minister een hogere vergoeding toekennen.'],
    ['"onbillijke situaties" as trigger', 'Indien het vasthouden aan het aangewezen gebied tot onbillijke situaties leidt, kan de minister in individuele gevallen van dat gebied afwijken.'],
    ['"evidente onbillijkheden"', 'De toezichthouder kan van deze beleidsregels afwijken indien toepassing tot evidente onbillijkheden leidt.'],
    ['a financial remedy', 'Indien toepassing van het eerste lid leidt tot onbillijkheden van overwegende aard, is de minister bevoegd aan de gevolgen tegemoet te komen.'],
    ['a revision ground in a list', '2. Het bedrag wordt herzien:\na. jaarlijks, of\nb. indien het bestuur van oordeel is dat het niet herzien van het bedrag zal leiden tot een onbillijkheid van overwegende aard.'],
    ['a built-in exception', 'Op de uit te betalen bezoldiging worden de inkomsten uit arbeid in mindering gebracht, tenzij dat onredelijk of onbillijk is.'],
    ['"kennelijke onbillijkheden" as trigger', 'De minister kan in gevallen waarin de toepassing van dit artikel tot kennelijke onbillijkheden leidt, van dit artikel afwijken.'],
    ['"ernstige onbillijkheden" with another remedy', 'Waar de toepassing van de artikelen 4 en 5 tot ernstige onbillijkheden zou leiden, kan de minister een afwijkende regeling treffen.'],
    ['an amount set lower as the remedy', 'Indien volledige terugvordering naar het oordeel van de minister tot een onbillijkheid van overwegende aard leidt, stelt de minister de terugvordering op een lager bedrag vast.'],
    ['a request that, if not honoured, would be unfair', 'De bijzondere omstandigheden zijn:\na. ziekte;\nb. andere omstandigheden die, indien een verzoek om ondersteuning niet zou worden gehonoreerd, zouden leiden tot een onbillijkheid van overwegende aard.'],
    ['a refusal that does not happen', 'De aanvraag wordt niet afgewezen op grond van het eerste lid, indien de aanvrager de toets niet heeft gehaald en afwijzing naar het oordeel van de minister zou leiden tot een onbillijkheid van overwegende aard.'],
  ])('finds %s', (_name, text) => {
    expect(detectClause(text)?.clause).toBe('general');
  });

  it('scopes a built-in exception to its own provision, not the whole regulation', () => {
    const r = detectClause('De uitkering wordt verlaagd met de inkomsten, tenzij dat onbillijk is.');
    expect(r?.covers.map((c) => c.kind)).toEqual(['self']);
    const whole = detectClause('Het bestuur kan van deze regeling afwijken voor zover toepassing tot een onbillijkheid van overwegende aard leidt.');
    expect(whole?.covers).toEqual([]);
  });

  it('keeps a power on "bijzondere omstandigheden" specific when unfairness is only its limit', () => {
    const r = detectClause('De minister kan in bijzondere omstandigheden van deze regeling afwijken voor zover dit niet zal leiden tot een onbillijkheid van overwegende aard.');
    expect(r?.clause).toBe('specific');
  });

  it.each([
    ['a review standard for complaints', 'De commissie verklaart het beklag gegrond indien de beslissing bij afweging van alle belangen onredelijk of onbillijk moet worden geacht.'],
    ['a court weighing parties', 'De rechter kan aan een partij die daardoor onbillijk wordt bevoordeeld, de verplichting opleggen tot een uitkering in geld.'],
    ['a term that is "niet kennelijk onbillijk" (denied unfairness)', 'De termijn bedraagt niet meer dan 30 dagen, tenzij partijen een langere termijn overeenkomen en deze termijn niet kennelijk onbillijk is jegens de schuldeiser.'],
    ['a bill title', 'Dit besluit treedt in werking met het voorstel van wet in verband met gebleken onbillijkheden.'],
  ])('does not count %s', (_name, text) => {
    expect(detectClause(text)?.clause ?? null).not.toBe('general');
  });
});
