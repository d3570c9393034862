// Every status-line variant seen on real pages is parsed or left out on purpose; unknown lines go to
// selector health, never to the notices a reader sees.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readStatusLines } from '../../../utils/recognition/status';
import { recognisePage } from '../../../utils/recognition/recognise';

const NONE = { validOn: null, viewDate: null, futureFrom: null, repealedPer: null };

describe('status lines', () => {
  it('reads the lines of the real pages: consulted and validity left out, the pending-changes notice kept', () => {
    const read = readStatusLines([
      'Wijziging(en) zonder datum inwerkingtreding aanwezig. Zie het wijzigingenoverzicht.',
      'Geraadpleegd op 12-09-2026.',
      'Geldend van 05-07-2025 t/m heden.',
    ]);
    expect(read).toEqual({
      validity: { from: '2025-07-05', to: null },
      status: NONE,
      notices: ['Wijziging(en) zonder datum inwerkingtreding aanwezig. Zie het wijzigingenoverzicht.'],
      unknown: [],
    });
  });

  it("parses \"Gebruikte datum 'geldig op'\" with and without a zichtdatum, and shows neither as a notice", () => {
    expect(readStatusLines(["Gebruikte datum 'geldig op' 01-01-2023."])).toMatchObject({ status: { ...NONE, validOn: '2023-01-01' }, notices: [], unknown: [] });
    expect(readStatusLines(['Gebruikte datum ‘geldig op’ 01-01-2023 en zichtdatum 29-07-2025.'])).toMatchObject({
      status: { ...NONE, validOn: '2023-01-01', viewDate: '2025-07-29' },
      notices: [],
      unknown: [],
    });
  });

  it('parses a future text and a repealed regulation, and keeps them as notices for the reader', () => {
    const read = readStatusLines(['Toekomstige tekst vanaf 01-01-2032.', '[Regeling vervallen per 01-01-2017.]', 'Geldend van 01-01-2032 t/m heden.']);
    expect(read.status).toEqual({ ...NONE, futureFrom: '2032-01-01', repealedPer: '2017-01-01' });
    expect(read.notices).toEqual(['Toekomstige tekst vanaf 01-01-2032.', '[Regeling vervallen per 01-01-2017.]']);
    expect(read.validity).toEqual({ from: '2032-01-01', to: null });
  });

  it('leaves the portal\'s "Publicatiepiek" service banner out, and sends unknown lines to health only', () => {
    const read = readStatusLines([
      'Publicatiepiek: door een publicatiepiek kan het langer duren voordat nieuwe regelgeving zichtbaar is.',
      'Een melding die we niet kennen.',
      'Geraadpleegd op 12-09-2026. Geldend van 01-01-2024 t/m 31-12-2024.',
    ]);
    expect(read.notices).toEqual([]);
    expect(read.unknown).toEqual(['Een melding die we niet kennen.']);
    expect(read.validity).toEqual({ from: '2024-01-01', to: '2024-12-31' });
  });

  it('on a page: the notices and status on the regulation, unknown lines in selector health, no problem', () => {
    const html =
      '<div id="regeling"><h1>Regeling</h1><div class="article__header--law article__header--main"><p class="regeling-toestand-meldingen">' +
      "Gebruikte datum 'geldig op' 01-01-2023 en zichtdatum 29-07-2025. <br>Toekomstige tekst vanaf 01-01-2032. <br>Iets nieuws van de portal. <br>Geraadpleegd op 12-09-2026. <br>Geldend van 01-01-2032 t/m heden.</p></div>" +
      '<div class="wetgeving"><div class="artikel" id="Artikel1"><div class="article__header--law artikel"><h4>Artikel 1 </h4></div><p class="al">Tekst.</p></div></div></div>';
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const { page } = recognisePage(document as unknown as Document, 'https://wetten.overheid.nl/BWBR0099997');
    expect(page.regulation).toMatchObject({
      versionDate: '2032-01-01',
      notices: ['Toekomstige tekst vanaf 01-01-2032.'],
      status: { validOn: '2023-01-01', viewDate: '2025-07-29', futureFrom: '2032-01-01', repealedPer: null },
    });
    expect(page.health).toMatchObject({ problem: null, unknownStatusLines: ['Iets nieuws van de portal.'] });
  });
});
