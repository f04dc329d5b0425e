import { child, value } from '../../../xml/query.js';
import { both } from '../../../rules/kit.js';
import type { Omvang } from '../../facts.js';
import type { ContextRule } from '../../types.js';
import { teWijzigenToewijzing } from './wijziging.js';

/** Frequentie 6: totaal binnen geldigheidsduur toewijzing. */
const TOTAAL = '6';

const zelfde = (a: Omvang | undefined, b: Omvang | undefined): boolean =>
  a === undefined || b === undefined ? a === b : a.volume === b.volume && a.eenheid === b.eenheid && a.frequentie === b.frequentie;

/**
 * TR373: a change of the Budget or of an Omvang over the whole toewijzingsperiode (Frequentie 6)
 * applies to the whole toewijzing: its GewensteIngangsdatum equals the Ingangsdatum of the
 * toewijzing being changed. Reported on the GewensteIngangsdatum.
 */
export const TR373: ContextRule = {
  id: 'TR373',
  retourcode: '9373',
  berichten: both('317'),
  on: ['TeWijzigenProduct'],
  description: {
    nl: 'Een wijziging van het budget of van het totaal over de toewijzingsperiode geldt voor de hele toewijzing: vul als gewenste ingangsdatum de ingangsdatum van de toewijzing in.',
    en: 'A change of the budget or of the total over the toewijzing period applies to the whole toewijzing: give the Ingangsdatum of the toewijzing as the desired start date.',
  },
  reading:
    'A Budget is changed when the TeWijzigenProduct gives one that differs from the toewijzing\'s (or the toewijzing has none); the total over the period is changed when the Omvang given differs from the toewijzing\'s and either has Frequentie 6. ' +
    'A TeWijzigenProduct without Budget or Omvang changes neither.',
  check(el, ctx) {
    const gewenst = child(el, 'GewensteIngangsdatum');
    const t = teWijzigenToewijzing(ctx, el);
    if (!gewenst || !t) return;
    const budget = value(el, 'Budget');
    const budgetGewijzigd = budget !== undefined && Number(budget) !== t.budget;
    const o = child(el, 'Omvang');
    const omvang: Omvang | undefined = o ? { volume: Number(value(o, 'Volume')), eenheid: value(o, 'Eenheid') ?? '', frequentie: value(o, 'Frequentie') ?? '' } : undefined;
    const totaalGewijzigd = omvang !== undefined && (omvang.frequentie === TOTAAL || t.omvang?.frequentie === TOTAAL) && !zelfde(omvang, t.omvang);
    if ((budgetGewijzigd || totaalGewijzigd) && gewenst.text.trim() !== t.ingangsdatum) ctx.report(gewenst);
  },
};
