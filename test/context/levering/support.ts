/**
 * Shared pieces of the level-3 levering tests: message builders on the goldens (iJw and iWmo alike)
 * and `judge`, which replays a sequence and returns the verdict on its last message after checking
 * that every earlier message was accepted (so the sequence sets up what the test means it to).
 */
import type { ConversationStore } from '../../../src/context/store.js';
import type { Report } from '../../../src/report/types.js';
import type { ValidateOptions } from '../../../src/pipeline/validate.js';
import { contextPaths, replay } from '../../support/context.js';
import { duplicate, edit, golden, insertAfter, insertBefore, remove, set, type Edit } from '../../support/messages.js';

/** The two standards, by their message prefix. */
export const STANDAARDEN = [
  { standaard: 'iJw', prefix: 'JW' },
  { standaard: 'iWmo', prefix: 'WMO' },
] as const;
export type Prefix = (typeof STANDAARDEN)[number]['prefix'];

export const START = 'Client/StartProducten/StartProduct';
export const STOP = 'Client/StopProducten/StopProduct';
export const TOEGEWEZEN = 'Client/ToegewezenProducten/ToegewezenProduct';
export const AANGEVRAAGD = 'Client/AangevraagdeProducten/AangevraagdProduct';
export const ONGEWIJZIGD = 'Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct';
export const TE_WIJZIGEN = 'Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct';

/** Absolute path of an element in a finding. */
export const at = (path: string): string => `/Bericht/${path}`;

/** A golden message of this standard with edits. */
export const msg = (prefix: Prefix, nummer: string, ...edits: Edit[]): string => edit(golden(`${prefix}${nummer}`), ...edits);

/** StatusAanlevering 3 on a start or stop line. */
export const removal = (line: string): Edit => set(`${line}/StatusAanlevering`, '3');

/** A ReferentieAanbieder on a ToegewezenProduct of a 301 (it follows the ToewijzingNummer). */
export const metReferentie = (n: number, referentie: string): Edit => insertAfter(`${TOEGEWEZEN}[${n}]/ToewijzingNummer`, `<ReferentieAanbieder>${referentie}</ReferentieAanbieder>`);

/** A 319 answering `referentie` with VerzoekAntwoord 2 (in onderzoek) or 1 (afgewezen, with a reason). */
export function antwoord(prefix: Prefix, referentie: string, verzoekAntwoord: '1' | '2'): string {
  const edits: Edit[] = [set('Antwoord/ReferentieAanbieder', referentie), set('Antwoord/VerzoekAntwoord', verzoekAntwoord)];
  if (verzoekAntwoord === '1') edits.push(insertAfter('Antwoord/VerzoekAntwoord', '<RedenAfwijzingVerzoek>3</RedenAfwijzingVerzoek>'));
  return msg(prefix, '319', ...edits);
}

/** Makes the Identificatie of each message of a sequence its own (TR056 asks it unique per sender). */
const numbered = (messages: readonly string[]): string[] => messages.map((xml, i) => edit(xml, set('Header/BerichtIdentificatie/Identificatie', `SEQ-${String(i + 1).padStart(4, '0')}`)));

/** Replays the sequence; fails when an earlier message was not accepted; returns the last report. */
export function judge(messages: readonly string[], options: ValidateOptions & { store?: ConversationStore } = {}): Report {
  const reports = replay(numbered(messages), options);
  reports.slice(0, -1).forEach((r, i) => {
    if (!r.valid || !r.levels.includes('context')) {
      throw new Error(`message ${i + 1} of the sequence was not accepted: ${r.issues.map((x) => `${x.code} ${x.path}`).join('; ')}`);
    }
  });
  const last = reports.at(-1)!;
  if (!last.levels.includes('context')) throw new Error(`the last message did not reach level 3: ${last.issues.map((x) => `${x.code} ${x.path}`).join('; ')}`);
  return last;
}

/** Paths of one rule's findings on the last message of a sequence. */
export const found = (code: string, messages: readonly string[], options: ValidateOptions = {}): string[] => contextPaths(judge(messages, options), code);

/** The retourcodes of one rule's findings on the last message. */
export const retourcodes = (code: string, messages: readonly string[]): Array<string | undefined> =>
  judge(messages)
    .issues.filter((i) => i.code === code)
    .map((i) => i.retourcode);

export { duplicate, edit, insertAfter, insertBefore, remove, set, type Edit };
