/**
 * What both fast readers share: the YAML 1.2 core schema as yaml 2.x resolves plain scalars, the
 * JS property name of a key, and the characters and limits beyond which they leave a document to
 * the `yaml` library.
 */

/** What a reader returns for a document it leaves to the `yaml` library. */
export const UNSUPPORTED: unique symbol = Symbol("fast-reader.unsupported");

/** Deeper nesting is left to the `yaml` library rather than risking the call stack. */
export const MAX_DEPTH = 500;
/** yaml rejects implicit keys longer than 1024 characters; stay clear of the limit. */
export const MAX_KEY_LENGTH = 1000;

const DASH = 45;
const PLUS = 43;
const DOT = 46;
const LF = 10;

/** Whether a plain scalar can never start with `c` (`-`, `?` and `:` can, unless a space follows). */
export function isIndicator(c: number): boolean {
  switch (c) {
    case 44: // ,
    case 91: // [
    case 93: // ]
    case 123: // {
    case 125: // }
    case 35: // #
    case 38: // &
    case 42: // *
    case 33: // !
    case 124: // |
    case 62: // >
    case 39: // '
    case 34: // "
    case 37: // %
    case 64: // @
    case 96: // `
      return true;
  }
  return false;
}

/**
 * Characters the reader does not handle: C0 controls other than tab, LF and CR-LF, DEL, C1
 * controls, byte-order marks after the start, line/paragraph separators and non-characters.
 */
export function hasUnsupportedChars(src: string, from: number): boolean {
  // A character-class scan and indexOf: several times faster than a loop over the characters.
  if (UNSUPPORTED_CHAR.test(from === 0 ? src : src.slice(from))) return true;
  for (let cr = src.indexOf("\r", from); cr !== -1; cr = src.indexOf("\r", cr + 1)) if (src.charCodeAt(cr + 1) !== LF) return true;
  return false;
}

/** hasUnsupportedChars' characters, for a regex character class (the line reader adds tab and CR). */
export const UNSUPPORTED_CHARS = "\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f\\ufeff\\u2028\\u2029\\ufffe\\uffff";
const UNSUPPORTED_CHAR = new RegExp(`[${UNSUPPORTED_CHARS}]`);

// The core-schema tags of yaml 2.x (src/schema/core), tried in the same order.
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** Resolves a plain scalar with the YAML 1.2 core schema, as yaml's toJS() would. */
export function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === DASH || c === PLUS || c === DOT) {
    if (allDigits(s)) return parseInt(s, 10);
    if (INT_OCT.test(s)) return parseInt(s.substring(2), 8);
    if (INT.test(s)) return parseInt(s, 10);
    if (INT_HEX.test(s)) return parseInt(s.substring(2), 16);
    if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === "nan" ? NaN : c === DASH ? -Infinity : Infinity;
    if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
    return s;
  }
  if (s.length > 5) return s;
  switch (s) {
    case "~":
    case "null":
    case "Null":
    case "NULL":
      return null;
    case "true":
    case "True":
    case "TRUE":
      return true;
    case "false":
    case "False":
    case "FALSE":
      return false;
  }
  return s;
}

/** INT's most common case (ports, replicas, sizes) without a regex. */
function allDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The JS property name yaml's toJS() uses for a scalar key. */
export function keyString(value: unknown): string {
  return value === null ? "" : String(value);
}
