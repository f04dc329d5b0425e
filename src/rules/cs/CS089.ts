import { child } from '../../xml/query.js';
import { both } from '../kit.js';
import type { Rule } from '../types.js';
import { norm } from './util.js';

/** A Dutch postcode as the stylesheet accepts it: four digits not starting with 0, two letters of either case. */
const DUTCH_POSTCODE = /^[1-9][0-9]{3}[a-zA-Z]{2}$/;

/**
 * CS089 — an address in the Netherlands (LandCode NL) needs a Postcode in the Dutch format. The
 * stylesheet checks it on every LandCode against the raw text of the sibling Postcode (lower-case
 * letters pass; spaces or a missing Postcode fail).
 */
export const CS089: Rule = {
  id: 'CS089',
  retourcode: '0001',
  berichten: both('301', '302'),
  on: ['LandCode'],
  description: {
    nl: 'Bij LandCode NL moet de postcode de Nederlandse vorm hebben: vier cijfers (niet beginnend met 0) en twee letters, zonder spatie.',
    en: 'With LandCode NL the postcode must have the Dutch form: four digits (not starting with 0) and two letters, without a space.',
  },
  check(el, ctx) {
    if (norm(el) !== 'NL') return;
    const postcode = child(el.parent ?? undefined, 'Postcode');
    if (postcode && DUTCH_POSTCODE.test(postcode.text)) return;
    if (postcode) ctx.report(postcode, [postcode, el].sort((a, b) => a.offset - b.offset));
    else ctx.report(el);
  },
};
