/**
 * Plain scalars as Python's PyYAML `safe_load` resolves them (YAML 1.1), which is how
 * pydantic-settings reads CodeMie's budgets-config.yaml: the booleans `yes`/`no`/`on`/`off`, `~`,
 * integers with `_`, `0b`, `0x`, a leading-zero octal and base 60 (`1:30`), floats only with a dot
 * (`1e3` stays a string), and dates, which stay their text here (PYTHON_TIMESTAMP tells them apart).
 */

const PYTHON_BOOLEANS = new Map<string, boolean>([
  ...["yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"].map((word) => [word, true] as const),
  ...["no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"].map((word) => [word, false] as const),
]);
const PYTHON_NULLS = new Set(["", "~", "null", "Null", "NULL"]);
const PYTHON_INT = /^[-+]?(?:0b[01_]+|0[0-7_]+|0|[1-9][0-9_]*|0x[0-9a-fA-F_]+|[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const PYTHON_FLOAT = /^(?:[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/** A date or a date and time: PyYAML makes it a `datetime.date` or `datetime.datetime`. */
export const PYTHON_TIMESTAMP = /^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$/;

export function pythonPlainScalar(text: string): unknown {
  if (PYTHON_NULLS.has(text)) return null;
  const boolean = PYTHON_BOOLEANS.get(text);
  if (boolean !== undefined) return boolean;
  if (PYTHON_INT.test(text)) return pythonInt(text.replace(/_/g, ""));
  if (PYTHON_FLOAT.test(text)) return pythonFloat(text.replace(/_/g, ""));
  return text;
}

function pythonInt(text: string): number {
  const sign = text.startsWith("-") ? -1 : 1;
  const digits = text.replace(/^[-+]/, "");
  if (digits.includes(":")) return sign * sexagesimal(digits);
  if (digits.startsWith("0b")) return sign * Number.parseInt(digits.slice(2), 2);
  if (digits.startsWith("0x")) return sign * Number.parseInt(digits.slice(2), 16);
  if (digits.length > 1 && digits.startsWith("0")) return sign * Number.parseInt(digits.slice(1), 8);
  return sign * Number(digits);
}

function pythonFloat(text: string): number {
  const sign = text.startsWith("-") ? -1 : 1;
  const digits = text.replace(/^[-+]/, "").toLowerCase();
  if (digits === ".inf") return sign * Number.POSITIVE_INFINITY;
  if (digits === ".nan") return Number.NaN;
  if (digits.includes(":")) return sign * sexagesimal(digits);
  return sign * Number(digits);
}

/** `1:30` is 90, `1:30.5` is 90.5: each part a digit of base 60. */
function sexagesimal(digits: string): number {
  return digits.split(":").reduce((total, part) => total * 60 + Number(part), 0);
}
