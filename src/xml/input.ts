import { utf8Length } from './scan.js';

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
  /**
   * The message to scan: the bytes (without byte-order mark), or the text as given;
   * null when a fatal finding stops processing.
   */
  readonly input: string | Uint8Array | null;
  readonly findings: readonly GuardFinding[];
}

function sniffOtherEncoding(b: Uint8Array): string | null {
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) return 'the bytes start with a UTF-16 byte-order mark';
  if (b.length >= 4 && b[0] === 0x00 && b[1] === 0x3c && b[2] === 0x00 && b[3] === 0x3f) return 'the bytes are UTF-16 (big-endian)';
  if (b.length >= 4 && b[0] === 0x3c && b[1] === 0x00 && b[2] === 0x3f && b[3] === 0x00) return 'the bytes are UTF-16 (little-endian)';
  return null;
}

/**
 * Checks raw input before it is scanned: size, byte-order mark, UTF-16. Bytes are not decoded: the
 * scanner reads them as UTF-8 and reports bytes that are not (and a declared other encoding). Never throws.
 */
export function decodeInput(input: string | Uint8Array, maxBytes = DEFAULT_MAX_BYTES): DecodedInput {
  const findings: GuardFinding[] = [];
  if (typeof input === 'string') {
    // A string is already decoded; measure it as UTF-8 would be (cheaply bounded first).
    const size = input.length > maxBytes ? input.length : utf8Length(input);
    if (size > maxBytes) return { input: null, findings: [{ code: 'input.too-large', fatal: true, params: { size, limit: maxBytes } }] };
    if (input.charCodeAt(0) === 0xfeff) {
      findings.push({ code: 'input.bom', fatal: false, params: {} });
      return { input: input.slice(1), findings };
    }
    return { input, findings };
  }
  if (input.length > maxBytes) return { input: null, findings: [{ code: 'input.too-large', fatal: true, params: { size: input.length, limit: maxBytes } }] };
  const other = sniffOtherEncoding(input);
  if (other) return { input: null, findings: [{ code: 'xml.encoding', fatal: true, params: { detail: other } }] };
  let bytes = input;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    findings.push({ code: 'input.bom', fatal: false, params: {} });
    bytes = bytes.subarray(3);
  }
  // Whether the bytes are UTF-8 is judged by the scanner, which reads them as such.
  return { input: bytes, findings };
}
