import { value } from '../../../xml/query.js';
import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';
import { beantwoordeDeclaratie } from './declaratie.js';

/**
 * TR371: the XsdVersieDeclaratie of a declaratie-antwoord (325) repeats the XsdVersie
 * (BasisschemaXsdVersie and BerichtXsdVersie) of the declaratie it answers (found by TR337). When
 * that declaratie is not found, TR337 reports it and this rule says nothing. No retourcode: a 325
 * is not answered.
 */
export const TR371: ContextRule = {
  id: 'TR371',
  retourcode: '',
  berichten: both('325'),
  on: ['XsdVersieDeclaratie'],
  description: {
    nl: 'Deze XSD-versie wijkt af van de XsdVersie van de declaratie die beantwoord wordt; neem die ongewijzigd over.',
    en: 'This XSD version differs from the XsdVersie of the declaration being answered; copy it unchanged.',
  },
  check(el, ctx) {
    if (el.parent?.local !== 'Header') return;
    const d = beantwoordeDeclaratie(ctx, el.parent);
    if (!d) return;
    if (value(el, 'BasisschemaXsdVersie') !== d.basisschemaXsdVersie || value(el, 'BerichtXsdVersie') !== d.berichtXsdVersie) ctx.report(el);
  },
};
