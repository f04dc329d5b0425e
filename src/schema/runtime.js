// Runtime helpers for the generated validators, replacing ajv's CommonJS runtime modules so the
// generated code is a plain ES module. Both are used only on strings (the instance form's leaves).

/** Length in Unicode code points, as XML Schema counts string length. */
export function ucs2length(str) {
  let length = 0;
  for (let i = 0; i < str.length; i++) {
    length++;
    const c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) {
      const next = str.charCodeAt(i + 1);
      if ((next & 0xfc00) === 0xdc00) i++;
    }
  }
  return length;
}

/** Equality for enum checks: every enumeration value in the schemas is a string. */
export function equal(a, b) {
  return a === b;
}
