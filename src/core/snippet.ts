/** The source line under a finding, with anything that could be a credential masked. */
import { maskKeyTokens } from "./secrets.ts";
import type { SourceHandle } from "./source.ts";
import type { Location } from "./types.ts";

const MAX_SNIPPET = 240;
/** What a masked range shows: one width whatever the length of what it hides. */
export const MASK = "****";
/** Longest value shown in a message or a report line (a 2 MB budget id must not flood the terminal). */
export const MAX_SHOWN = 200;

/** `show(text)`, or `show` of its first MAX_SHOWN characters and an ellipsis, with the full length. */
export function clip(text: string, show: (text: string) => string = (shown) => shown): string {
  if (text.length <= MAX_SHOWN) return show(text);
  // Never half a surrogate pair.
  const end = /[\ud800-\udbff]/.test(text[MAX_SHOWN - 1]!) ? MAX_SHOWN - 1 : MAX_SHOWN;
  // The ellipsis inside what `show` makes of it: `"abc…" (2000000 characters)`, as a quoted id reads.
  return `${show(`${text.slice(0, end)}…`)} (${text.length} characters)`;
}
/** `name: value` pairs whose name suggests a secret (`[\w-]{0,64}` keeps the scan linear). */
const SECRET_PAIR = /\b((?:[\w-]{0,64}(?:_key|-key|token|secret|password|passwd)|masterkey|master_key)["']?\s*:\s*)[^\s,}#][^,}#]*/gi;
/** An env name that suggests a secret anywhere on the line (flow maps, JSON, --set arguments). */
const SECRET_NAME = /\b[A-Z0-9_]{0,64}(KEY|TOKEN|SECRET|PASSWORD|PASSWD|PASS|CREDENTIALS?|AUTH)\b/;
/** Every `value:` / `"value":` / `=value` on such a line. */
const ANY_VALUE = /((?:["']?value["']?\s*:\s*)|=)("[^"]*"|'[^']*'|[^\s,}]+)/g;

const NAME_LINE = /^[ \t]*(?:- +)?["']?name["']?[ \t]*:/;

/**
 * A line of the user's text with anything that could be a credential masked: key-shaped tokens,
 * `name: value` pairs of secret-looking names, and every value on a line that names a secret or
 * whose env entry's `name:` line (`beside`: the lines just above and below) does.
 */
export function maskLine(line: string, beside: readonly (string | undefined)[]): string {
  line = maskKeyTokens(line, MASK).replace(SECRET_PAIR, (_, name: string) => `${name}${MASK}`);
  const secretBeside = beside.some((text) => text !== undefined && NAME_LINE.test(text) && SECRET_NAME.test(text));
  return SECRET_NAME.test(line) || secretBeside ? line.replace(ANY_VALUE, (_, lead: string) => `${lead}${MASK}`) : line;
}

export function snippetOf(source: SourceHandle, location: Location): string | undefined {
  if (location.object?.kind === "Secret") return undefined;
  const text = source.lineText(location.start.line);
  if (text === undefined) return undefined;
  let line = text;
  if (location.sensitive) {
    const from = location.start.column - 1;
    const to = location.end.line === location.start.line ? location.end.column - 1 : line.length;
    // A fixed width: the mask must not tell the key's length (stylish underlines the mask, not the key).
    line = line.slice(0, from) + MASK + line.slice(to);
  }
  // Cut first: masking then scans a bounded line, whatever the input's line length.
  const cut = line.length > MAX_SNIPPET;
  if (cut) line = line.slice(0, MAX_SNIPPET);
  const number = location.start.line;
  line = maskLine(line, [number - 1, number + 1].map((beside) => (beside > 0 ? source.lineText(beside)?.slice(0, MAX_SNIPPET) : undefined)));
  return cut ? `${line}…` : line;
}
