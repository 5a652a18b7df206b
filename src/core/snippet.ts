/** The source line under a finding, with anything that could be a credential masked. */
import type { SourceHandle } from "./source.ts";
import type { Location } from "./types.ts";

const MAX_SNIPPET = 240;
/** Tokens shaped like LiteLLM / OpenAI keys. */
const KEY_TOKEN = /\b(sk|pk)-[A-Za-z0-9_-]{3,}/g;
/** `name: value` pairs whose name suggests a secret. */
const SECRET_PAIR = /((?:[\w-]*(?:_key|-key|token|secret|password|passwd)|masterkey|master_key)["']?\s*:\s*)([^\s,}#][^,}#]*)/gi;

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
  line = line.replace(KEY_TOKEN, "****").replace(SECRET_PAIR, (_, name: string) => `${name}****`);
  return line.length > MAX_SNIPPET ? `${line.slice(0, MAX_SNIPPET)}…` : line;
}
