import { child, value } from '../../xml/query.js';
import type { Rule } from '../types.js';

/**
 * CD087 — a Prestatie has a ProductTarief exactly when its Eenheid is not 83 (euro). The
 * stylesheet checks the Eenheid of each Prestatie: a missing tariff is reported on the Eenheid, a
 * tariff with Eenheid 83 on the Eenheid and the ProductTarief.
 */
export const CD087: Rule = {
  id: 'CD087',
  retourcode: '0001',
  berichten: ['JW323', 'WMO323'],
  on: ['Eenheid'],
  description: {
    nl: 'Geef een producttarief op als de eenheid geen euro (83) is, en laat het weg bij eenheid 83.',
    en: 'Give a ProductTarief unless the Eenheid is 83 (euro); with Eenheid 83 leave it out.',
  },
  check(el, ctx) {
    const prestatie = el.parent;
    if (!prestatie || prestatie.local !== 'Prestatie') return;
    const tarief = child(prestatie, 'ProductTarief');
    const euro = value(el) === '83';
    if (!euro && !tarief) ctx.report(el);
    else if (euro && tarief) ctx.report(el, [el, tarief]);
  },
};
