/**
 * The identifying data of a message's Header, read once from the parsed root so that formatters
 * (the Rapport), respond and check-retour never parse the message again.
 */
import type { MessageHeader } from '../report/types.js';
import type { XmlElement } from '../xml/scan.js';

function child(el: XmlElement | undefined, local: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (c.local === local) return c;
  return undefined;
}

/** The Header fields present under `root` (a `Bericht`), or undefined without a Header element. */
export function headerOf(root: XmlElement | null): MessageHeader | undefined {
  const header = child(root ?? undefined, 'Header');
  if (!header) return undefined;
  const out: Record<string, string> = {};
  const put = (key: keyof MessageHeader, el: XmlElement | undefined): void => {
    if (el && el.children.length === 0) out[key] = el.text.trim();
  };
  put('berichtCode', child(header, 'BerichtCode'));
  put('berichtVersie', child(header, 'BerichtVersie'));
  put('berichtSubversie', child(header, 'BerichtSubversie'));
  put('afzender', child(header, 'Afzender'));
  put('ontvanger', child(header, 'Ontvanger'));
  const id = child(header, 'BerichtIdentificatie');
  put('identificatie', child(id, 'Identificatie'));
  put('dagtekening', child(id, 'Dagtekening'));
  return out as MessageHeader;
}
