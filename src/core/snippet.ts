/** The source line under a finding, with anything that could be a credential masked. */
import { KEY_TOKEN } from "./secrets.ts";
import type { SourceHandle } from "./source.ts";
import type { Location } from "./types.ts";

const MAX_SNIPPET = 240;
/** `name: value` pairs whose name suggests a secret (`[\w-]{0,64}` keeps the scan linear). */
const SECRET_PAIR = /\b((?:[\w-]{0,64}(?:_key|-key|token|secret|password|passwd)|masterkey|master_key)["']?\s*:\s*)[^\s,}#][^,}#]*/gi;
/** An env name that suggests a secret anywhere on the line (flow maps, JSON, --set arguments). */
const SECRET_NAME = /\b[A-Z0-9_]{0,64}(KEY|TOKEN|SECRET|PASSWORD|PASSWD|PASS|CREDENTIALS?|AUTH)\b/;
/** Every `value:` / `"value":` / `=value` on such a line. */
const ANY_VALUE = /((?:["']?value["']?\s*:\s*)|=)("[^"]*"|'[^']*'|[^\s,}]+)/g;

export function snippetOf(source: SourceHandle, location: Location): string | undefined {
  if (location.object?.kind === "Secret") return undefined;
  const text = source.lineText(location.start.line);
  if (text === undefined) return undefined;
  let line = text;
  if (location.sensitive) {
    const from = location.start.column - 1;
    const to = location.end.line === location.start.line ? location.end.column - 1 : line.length;
    line = line.slice(0, from) + "*".repeat(Math.max(3, Math.min(to - from, 12))) + line.slice(to);
  }
  // Cut first: masking then scans a bounded line, whatever the input's line length.
  const cut = line.length > MAX_SNIPPET;
  if (cut) line = line.slice(0, MAX_SNIPPET);
  line = line.replace(KEY_TOKEN, "****").replace(SECRET_PAIR, (_, name: string) => `${name}****`);
  if (SECRET_NAME.test(line)) line = line.replace(ANY_VALUE, (_, lead: string) => `${lead}****`);
  return cut ? `${line}…` : line;
}
