import { describe, expect, it } from 'vitest';
import { AwbHook } from '../../../utils/contract';
import { HOOK_RULES } from '../../../utils/analysis/hook-rules';
import { classifyHooks, inScope } from '../../../utils/analysis/hooks';

const PW = 'BWBR0015703';
const awbOf = (bwbId: string, text: string) => classifyHooks({ bwbId, text }).map((h) => h.awb);

describe('classifyHooks', () => {
  it('gives 3:4 for a discretionary power of a bestuursorgaan', () => {
    expect(awbOf(PW, 'Het college kan de bijstand tijdelijk verlagen.')).toContain('3:4');
    expect(awbOf(PW, 'In dat geval kan het college de uitkering weigeren.')).toContain('3:4');
  });

  it('does not give 3:4 for "kan" inside a definition', () => {
    const hooks = awbOf(PW, 'In deze wet wordt verstaan onder:\na. bijstand: de hulp die het college kan verlenen;\nb. college: college van burgemeester en wethouders.');
    expect(hooks).not.toContain('3:4');
    expect(hooks).toEqual([]);
  });

  it('does not give 3:4 for "kan" about the citizen', () => {
    expect(awbOf(PW, 'De belanghebbende kan een ander verzoeken hem te vertegenwoordigen.')).not.toContain('3:4');
    expect(awbOf(PW, 'Tegen de beslissing van het college kan de belanghebbende binnen zes weken bezwaar maken.')).not.toContain('3:4');
  });

  it('gives 6:7 and 6:11 when the article is about bezwaar, but not for "met buitengewoon bezwaar"', () => {
    expect(awbOf(PW, 'Tegen de beslissing kan de belanghebbende binnen zes weken bezwaar maken.')).toEqual(expect.arrayContaining(['6:7', '6:11']));
    expect(awbOf('BWBR0004770', 'De belastingschuldige die niet in staat is anders dan met buitengewoon bezwaar te betalen.')).not.toContain('6:7');
  });

  it('gives 4:20a only when the article declares paragraaf 4.1.3.3 applicable, and then no 4:17', () => {
    const declared = awbOf('BWBR0017017', 'Op de aanvraag beslist het college binnen acht weken. Paragraaf 4.1.3.3 van de Algemene wet bestuursrecht is van toepassing.');
    expect(declared).toContain('4:20a');
    expect(declared).toContain('4:13');
    expect(declared).not.toContain('4:17');
    const excluded = awbOf('BWBR0017017', 'Paragraaf 4.1.3.3. van de Algemene wet bestuursrecht is niet van toepassing op een aanvraag als bedoeld in het eerste lid.');
    expect(excluded).not.toContain('4:20a');
    expect(excluded).toContain('4:17');
  });

  it('gives Titel 4.4 hooks for a terugvordering and the boete hooks for a bestuurlijke boete', () => {
    expect(awbOf('BWBR0019057', 'Het UWV vordert de onverschuldigd betaalde uitkering terug.')).toEqual(expect.arrayContaining(['4:94', '4:94a']));
    expect(awbOf('BWBR0019057', 'Het UWV legt een bestuurlijke boete op.')).toEqual(expect.arrayContaining(['5:41', '5:46']));
  });

  it('gives 4:84 for a beleidsregel', () => {
    expect(awbOf('BWBR0018472', 'Onze Minister kan beleidsregels geven over de toepassing van dit artikel.')).toContain('4:84');
  });

  it('applies the sector exceptions from the data', () => {
    const debt = 'De Dienst Toeslagen vordert het bedrag terug.';
    expect(awbOf('BWBR0018472', debt)).not.toContain('4:94a'); // Awir 31bis
    expect(awbOf(PW, debt)).toContain('4:94a');
    const limited = classifyHooks({ bwbId: PW, text: debt }).find((h) => h.awb === '4:94a');
    expect(limited?.reason).toMatch(/Participatiewet/);
    expect(awbOf('BWBR0004770', 'De ontvanger kan bij beleidsregel bepalen welke kosten worden verrekend.')).not.toContain('4:84');
    expect(awbOf('BWBR0017017', 'De ontvanger kan bij beleidsregel bepalen welke kosten worden verrekend.')).toContain('4:84');
    const application = 'Op de aanvraag wordt binnen acht weken beslist.';
    expect(awbOf('BWBR0004581', application)).not.toContain('8:55b'); // Wahv art. 9: no hoofdstuk 8
    expect(awbOf('BWBR0017017', application)).toContain('8:55b');
    expect(awbOf('BWBR0005290', 'Het college kan de boete terugvorderen.')).toEqual([]);
  });

  it('adds 3:4 for any toeslagen beschikking (Awir art. 13b), also a gebonden one', () => {
    const text = 'Geen huurtoeslag wordt toegekend als de rekenhuur hoger is dan het bedrag.';
    expect(awbOf('BWBR0008659', text)).toContain('3:4');
    expect(awbOf('BWBR0017017', text)).not.toContain('3:4');
  });

  it('returns hooks that satisfy the contract', () => {
    const text =
      '1. Het college kan de bijstand terugvorderen en een bestuurlijke boete opleggen.\n2. Tegen de beschikking kan bezwaar worden gemaakt.\n3. Op de aanvraag, met gegevens uit de basisregistratie personen, wordt binnen acht weken beslist.';
    for (const bwbId of [PW, 'BWBR0018472', 'BWBR0004770', 'BWBR0004581']) {
      const hooks = classifyHooks({ bwbId, text });
      expect(hooks.length).toBeGreaterThan(3);
      for (const h of hooks) expect(AwbHook.safeParse(h).success).toBe(true);
      expect(new Set(hooks.map((h) => h.awb)).size).toBe(hooks.length);
    }
  });

  it('keeps every rule reason within the contract limit', () => {
    for (const rule of HOOK_RULES) expect(AwbHook.safeParse({ awb: rule.awb[0], reason: rule.reason }).success).toBe(true);
  });
});

describe('inScope', () => {
  it('resolves articles, titels, chapters and everything', () => {
    expect(inScope('4:84', '4:84')).toBe(true);
    expect(inScope('4:84', '4.3')).toBe(true);
    expect(inScope('4:84', '4.4')).toBe(false);
    expect(inScope('4:17', '4.1')).toBe(true);
    expect(inScope('4:94a', '4.4')).toBe(true);
    expect(inScope('6:7', '6')).toBe(true);
    expect(inScope('8:55b', '6')).toBe(false);
    expect(inScope('3:4', '*')).toBe(true);
  });
});
