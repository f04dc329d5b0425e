import { child } from '../../xml/query.js';
import { both } from '../kit.js';
import type { Rule } from '../types.js';
import { reportAll } from './util.js';

/**
 * CS335 — a toewijzing is removed (RedenWijziging 13) by making its Einddatum equal to its
 * Ingangsdatum. The stylesheet flags a ToegewezenProduct in 301 with RedenWijziging 13 whose
 * Einddatum differs from the Ingangsdatum (no finding without Einddatum).
 */
export const CS335: Rule = {
  id: 'CS335',
  retourcode: '0001',
  berichten: both('301'),
  on: ['ToegewezenProduct'],
  description: {
    nl: 'Een toewijzing met RedenWijziging 13 (verwijderd) moet een einddatum hebben die gelijk is aan de ingangsdatum.',
    en: 'An allocation with RedenWijziging 13 (removed) must have an end date equal to its start date (Ingangsdatum).',
  },
  check(el, ctx) {
    if (child(el, 'RedenWijziging')?.text !== '13') return;
    const ingang = child(el, 'Ingangsdatum');
    const eind = child(el, 'Einddatum');
    if (ingang && eind && ingang.text !== eind.text) reportAll(ctx, eind, [ingang, eind]);
  },
};
