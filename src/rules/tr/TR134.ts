import { path, type Path } from '../../xml/query.js';
import { both } from '../kit.js';
import type { BerichtNummer } from '../../catalogue/index.js';
import type { Rule } from '../types.js';
import { checkNotAfter, dagtekening, under } from './util.js';

/** The dates the stylesheet holds against the Dagtekening, per message: the path ending in the date. */
const DATES: Readonly<Partial<Record<BerichtNummer, readonly string[]>>> = {
  '301': ['Beschikking/Afgiftedatum', 'Client/Geboortedatum/Datum', 'Relatie/Geboortedatum/Datum', 'ToegewezenProduct/Toewijzingsdatum'],
  '305': ['Client/Geboortedatum/Datum', 'StartProduct/Begindatum'],
  '307': ['Client/Geboortedatum/Datum', 'StopProduct/Einddatum'],
  '315': ['Client/Geboortedatum/Datum'],
  '323': ['DeclaratiePeriode/Begindatum', 'ProductPeriode/Begindatum'],
  '325': ['ProductPeriode/Begindatum'],
};

/**
 * DATES split once: per message, per local name of a date, the paths of the ancestors it must have
 * (`Client/Geboortedatum` for a Datum).
 */
const PARENTS: ReadonlyMap<string, ReadonlyMap<string, readonly Path[]>> = new Map(
  Object.entries(DATES).map(([nummer, paths]) => {
    const perName = new Map<string, Path[]>();
    for (const p of paths ?? []) {
      const steps = path(p);
      const name = steps[steps.length - 1]!;
      const list = perName.get(name) ?? [];
      list.push(steps.slice(0, -1));
      perName.set(name, list);
    }
    return [nummer, perName];
  }),
);

/**
 * TR134: dates that describe the past (birth dates, toewijzingsdatum, start of care or of a
 * declared period, ...) may not lie after the Dagtekening of the message. The finding names the
 * Dagtekening and the date.
 */
export const TR134: Rule = {
  id: 'TR134',
  retourcode: '0001',
  berichten: both('301', '305', '307', '315', '323', '325'),
  on: ['Datum', 'Afgiftedatum', 'Toewijzingsdatum', 'Begindatum', 'Einddatum'],
  description: {
    nl: 'Deze datum ligt na de dagtekening van het bericht; vul een datum in die niet later is dan de dagtekening.',
    en: 'This date lies after the date of the message; give a date no later than the message date.',
  },
  check(el, ctx) {
    const parents = PARENTS.get(ctx.entry.nummer)?.get(el.local);
    if (!parents) return;
    for (const p of parents) {
      if (!under(el, p)) continue;
      checkNotAfter(ctx, dagtekening(ctx, el), el, el);
      return;
    }
  },
};
