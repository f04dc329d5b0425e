/**
 * Translates XML Schema regular expressions and built-in lexical spaces into JavaScript
 * regular expressions (with the `u` flag, as ajv compiles them), anchored as XSD patterns are.
 */

const XML_WS = ' \\t\\n\\r';

/** Translates one XSD `pattern` facet into the body of a JavaScript regular expression. */
export function xsdPatternToJs(xsd: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < xsd.length; i++) {
    const c = xsd[i]!;
    if (c === '\\') {
      const e = xsd[i + 1];
      i++;
      if (e === undefined) throw new Error(`pattern ends with a backslash: ${xsd}`);
      if (e === 's') out += inClass ? XML_WS : `[${XML_WS}]`;
      else if (e === 'S') {
        if (inClass) throw new Error(`\\S inside a character class is not supported: ${xsd}`);
        out += `[^${XML_WS}]`;
      } else if (e === 'd') out += '\\p{Nd}';
      else if (e === 'D') {
        if (inClass) throw new Error(`\\D inside a character class is not supported: ${xsd}`);
        out += '\\P{Nd}';
      } else if ('wWiIcC'.includes(e)) throw new Error(`\\${e} is not supported: ${xsd}`);
      else if (e === 'p' || e === 'P') {
        const close = xsd.indexOf('}', i);
        out += '\\' + xsd.slice(i, close + 1);
        i = close;
      } else out += '\\' + e;
      continue;
    }
    if (inClass) {
      if (c === '[') throw new Error(`character class subtraction is not supported: ${xsd}`);
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      if (xsd[i + 1] === '^') {
        out += '^';
        i++;
      }
      continue;
    }
    if (c === '.') out += '[^\\n\\r]';
    else if (c === '^' || c === '$') out += '\\' + c;
    else out += c;
  }
  if (inClass) throw new Error(`unterminated character class: ${xsd}`);
  return out;
}

const NON_FEB = '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30))';
const FEB = '02-(?:0[1-9]|1[0-9]|2[0-8])';
const YEAR = '(?:[1-9][0-9]{3,}|0(?!000)[0-9]{3})';
const DIV4 = '(?:0[48]|[2468][048]|[13579][26])';
const LEAP_YEAR = `(?=${YEAR}-)[0-9]*(?:${DIV4}|(?:${DIV4}|00)00)`;
const TZ = '(?:Z|[+-](?:(?:0[0-9]|1[0-3]):[0-5][0-9]|14:00))?';

/** xs:date: a real calendar date (leap years included), optional time zone; year 0000 is not a year. */
export const XS_DATE = `-?(?:${YEAR}-(?:${NON_FEB}|${FEB})|${LEAP_YEAR}-02-29)${TZ}`;
/** xs:time: hh:mm:ss with optional fraction and time zone; 24:00:00 is midnight at the end of the day. */
export const XS_TIME = `(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]+)?|24:00:00(?:\\.0+)?)${TZ}`;

/** xs:integer in [min, max]; supports the bounds iStandaarden uses (0 to 10^k - 1, or none). */
export function xsIntegerRange(min: string | undefined, max: string | undefined): string {
  if (min === undefined && max === undefined) return '[+-]?[0-9]+';
  if (min === '0' && max !== undefined && /^9+$/.test(max)) return `(?:\\+?0*[0-9]{1,${max.length}}|-0+)`;
  if (min === '0' && max === undefined) return '(?:\\+?[0-9]+|-0+)';
  throw new Error(`integer range [${min}, ${max}] is not supported by the generator`);
}

/** Wraps a lexical expression for a type whose white space is collapsed (integer, date, time). */
export const collapsed = (lexical: string): string => `^[${XML_WS}]*(?:${lexical})[${XML_WS}]*$`;
/** A pattern facet applied to the collapsed value of such a type (the value has no inner white space). */
export const collapsedFacet = (body: string): string => `^[${XML_WS}]*(?=[^${XML_WS}])(?:${body})(?<=[^${XML_WS}])[${XML_WS}]*$`;
/** A pattern facet applied to a preserved (xs:string) value. */
export const preservedFacet = (body: string): string => `^(?:${body})$`;
export const WHITESPACE_ONLY = `^[${XML_WS}]*$`;
