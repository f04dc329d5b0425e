import { at } from '../../xml/query.js';
import { both } from '../kit.js';
import type { Rule } from '../types.js';

/**
 * TR352: a verzoek om wijziging contains at least one OngewijzigdProduct or TeWijzigenProduct (it
 * starts from a current toewijzing). The finding names the Verzoek.
 */
export const TR352: Rule = {
  id: 'TR352',
  retourcode: '0001',
  berichten: both('317'),
  on: ['Verzoek'],
  description: {
    nl: 'Neem in het verzoek om wijziging de lopende toewijzingen op als ongewijzigd of te wijzigen product; met alleen nieuwe producten is het een verzoek om toewijzing.',
    en: 'Include the current assignments in the change request as unchanged or changed products; with only new products it is a request for assignment.',
  },
  check(el, ctx) {
    if (!at(el, 'OngewijzigdeProducten/OngewijzigdProduct') && !at(el, 'TeWijzigenProducten/TeWijzigenProduct')) ctx.report(el);
  },
};
