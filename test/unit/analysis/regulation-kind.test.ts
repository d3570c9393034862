import { describe, expect, it } from 'vitest';
import { kindFromTitle, regulationKind, UNKNOWN_KIND } from '../../../utils/analysis/regulation-kind';

describe('regulationKind', () => {
  it('takes the statute book\'s kind where the caller has it, without the BES suffix', () => {
    expect(regulationKind({ kind: 'AMvB', title: 'Regeling subsidies' })).toBe('AMvB');
    expect(regulationKind({ kind: 'wet-BES', title: 'Wet X BES' })).toBe('wet');
  });

  it('reads the kind from the title\'s head word where nothing else is known', () => {
    expect(regulationKind({ title: 'Participatiewet' })).toBe('wet');
    expect(kindFromTitle('Wet op de zorgtoeslag')).toBe('wet');
    expect(kindFromTitle('Algemene wet bestuursrecht')).toBe('wet');
    expect(kindFromTitle('Burgerlijk Wetboek Boek 7')).toBe('wet');
    expect(kindFromTitle('Besluit bijstandverlening zelfstandigen 2004')).toBe('AMvB');
    expect(kindFromTitle('Regeling toezicht Sanctiewet 1977')).toBe('ministeriele-regeling');
    expect(kindFromTitle('Besluit van de Minister van Financiën van 1 mei 2010')).toBe('ministeriele-regeling');
    expect(kindFromTitle('Besluit mandaat, volmacht en machtiging Kadaster 2008')).toBe('ministeriele-regeling');
    expect(kindFromTitle('"Beleidsregels tolkenvergoeding 2014"')).toBe('beleidsregel');
    expect(kindFromTitle('Bijdragereglement Stimuleringsfonds voor Architectuur')).toBe('zbo');
  });

  it('says unknown where neither names a kind', () => {
    expect(regulationKind({})).toBe(UNKNOWN_KIND);
    expect(kindFromTitle('Uitkering aan gemoedsbezwaarden')).toBe(UNKNOWN_KIND);
  });
});
