/**
 * Input guards that run before any parsing: size, byte-order mark, encoding.
 * iStandaarden messages are UTF-8 without a byte-order mark (OP192).
 */

export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;

export type GuardFinding =
  | { code: 'input.too-large'; fatal: true; params: { size: number; limit: number } }
  | { code: 'input.bom'; fatal: false; params: Record<string, never> }
  | { code: 'xml.encoding'; fatal: true; params: { detail: string } };

export interface DecodedInput {
  /** The text to scan; null when a fatal finding stops processing. */
  readonly text: string | null;
  readonly findings: readonly GuardFinding[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function sniffOtherEncoding(b: Uint8Array): string | null {
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) return 'the bytes start with a UTF-16 byte-order mark';
  if (b.length >= 4 && b[0] === 0x00 && b[1] === 0x3c && b[2] === 0x00 && b[3] === 0x3f) return 'the bytes are UTF-16 (big-endian)';
  if (b.length >= 4 && b[0] === 0x3c && b[1] === 0x00 && b[2] === 0x3f && b[3] === 0x00) return 'the bytes are UTF-16 (little-endian)';
  return null;
}

/** Turns raw input into text, or says why it cannot be a message. Never throws. */
export function decodeInput(input: string | Uint8Array, maxBytes = DEFAULT_MAX_BYTES): DecodedInput {
  const findings: GuardFinding[] = [];
  if (typeof input === 'string') {
    // A string is already decoded; measure it as UTF-8 would be (cheaply bounded first).
    const size = input.length > maxBytes ? input.length : Buffer.byteLength(input, 'utf8');
    if (size > maxBytes) return { text: null, findings: [{ code: 'input.too-large', fatal: true, params: { size, limit: maxBytes } }] };
    if (input.charCodeAt(0) === 0xfeff) {
      findings.push({ code: 'input.bom', fatal: false, params: {} });
      return { text: input.slice(1), findings };
    }
    return { text: input, findings };
  }
  if (input.length > maxBytes) return { text: null, findings: [{ code: 'input.too-large', fatal: true, params: { size: input.length, limit: maxBytes } }] };
  const other = sniffOtherEncoding(input);
  if (other) return { text: null, findings: [{ code: 'xml.encoding', fatal: true, params: { detail: other } }] };
  let bytes = input;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    findings.push({ code: 'input.bom', fatal: false, params: {} });
    bytes = bytes.subarray(3);
  }
  try {
    return { text: utf8.decode(bytes), findings };
  } catch {
    const declared = /^<\?xml[^>]*encoding\s*=\s*["']([^"']*)["']/.exec(Buffer.from(bytes.subarray(0, 200)).toString('latin1'))?.[1];
    const detail =
      declared && declared.toUpperCase() !== 'UTF-8'
        ? `the XML declaration says encoding="${declared}"`
        : `byte ${firstInvalidUtf8(bytes)} is not part of a valid UTF-8 sequence`;
    return { text: null, findings: [...findings, { code: 'xml.encoding', fatal: true, params: { detail } }] };
  }
}

/** Offset of the first byte that breaks UTF-8 (for the error message only). */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return i;
}
