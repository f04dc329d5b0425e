import { utf8Length } from './scan.js';

/**
 * Input guards that run before any parsing: size, byte-order mark, encoding.
 * iStandaarden messages are UTF-8 without a byte-order mark (OP192).
 */

export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;

/**
 * OP179: "the size of files sent may not be more than 25 MB". The standard does not say whether a
 * MB is 10^6 or 2^20 bytes; we take the larger, 25 × 2^20 = 26,214,400 bytes, so that no file within
 * the limit under either reading is flagged. The same rule says it is not carried into the technique:
 * where larger files can be processed they are allowed; it only tells a sender whose file caused
 * trouble to make it smaller. So a larger message gets a warning (`input.op179-too-large`), never an
 * error: it is still judged on every level, and is valid when nothing else is wrong. The hard guard
 * against input too large to process at all is `maxBytes`.
 */
export const OP179_MAX_BYTES = 25 * 1024 * 1024;

export type GuardFinding =
  | { code: 'input.too-large'; fatal: true; params: { size: number; limit: number } }
  | { code: 'input.op179-too-large'; fatal: false; severity: 'warning'; params: { size: number; limit: number } }
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

const op179 = (size: number): GuardFinding => ({ code: 'input.op179-too-large', fatal: false, severity: 'warning', params: { size, limit: OP179_MAX_BYTES } });

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
    if (size > OP179_MAX_BYTES) findings.push(op179(size));
    if (input.charCodeAt(0) === 0xfeff) {
      findings.push({ code: 'input.bom', fatal: false, params: {} });
      return { input: input.slice(1), findings };
    }
    return { input, findings };
  }
  if (input.length > maxBytes) return { input: null, findings: [{ code: 'input.too-large', fatal: true, params: { size: input.length, limit: maxBytes } }] };
  const other = sniffOtherEncoding(input);
  if (other) return { input: null, findings: [{ code: 'xml.encoding', fatal: true, params: { detail: other } }] };
  if (input.length > OP179_MAX_BYTES) findings.push(op179(input.length));
  let bytes = input;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    findings.push({ code: 'input.bom', fatal: false, params: {} });
    bytes = bytes.subarray(3);
  }
  // Whether the bytes are UTF-8 is judged by the scanner, which reads them as such.
  return { input: bytes, findings };
}
