import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';
import { leesPrestatie, toewijzingVan } from './prestatie.js';

/**
 * TR384: nothing is declared on a removed toewijzing: a Prestatie whose toewijzing (current version,
 * TR338) carries RedenWijziging 13 (verwijderd) is refused. Reported on the Prestatie.
 */
export const TR384: ContextRule = {
  id: 'TR384',
  retourcode: '9384',
  berichten: both('323'),
  on: ['Prestatie'],
  description: {
    nl: 'De toewijzing van deze prestatie is verwijderd (reden wijziging 13); hierop kan niet gedeclareerd worden.',
    en: 'The toewijzing of this prestatie was removed (reden wijziging 13); nothing can be declared on it.',
  },
  reading: 'The current version of the toewijzing decides; debet and credit prestaties alike are refused, since TR385 keeps a toewijzing with approved prestaties from being removed.',
  check(el, ctx) {
    if (toewijzingVan(ctx, leesPrestatie(el))?.redenWijziging === '13') ctx.report(el);
  },
};
