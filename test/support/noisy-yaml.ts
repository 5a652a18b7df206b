import { isMap, type Document } from "yaml";
import { IDENTITY_KEYS } from "../../src/inputs/manifests.ts";

/**
 * Block YAML documents with noise where readers go wrong: comment and blank lines between nodes (at
 * column 0, at the collection's column, deeper), scalars, flow collections and block scalars alone
 * on the line after their key or dash, flow collections broken over lines at odd indentations,
 * block scalars with lines of spaces and indentation indicators, quoted and core-schema keys, and
 * now and then a byte-order mark. Seeded, so a failing case is reproduced by its seed.
 */
export function noisyDocument(seed: number): string {
  let state = seed >>> 0 || 1;
  const random = (): number => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const chance = (p: number) => random() < p;
  const spaces = (n: number) => " ".repeat(Math.max(0, n));

  const keys = ["a", "b", '"q"', "'s'", '""', "1", "null", "~", '"null"', '"1"', "'a b'", '"#"', '"a: b"', "k", "apiVersion", "kind", "metadata", '"kind"', "rules", "-x", "é", "name", "namespace"];
  const scalars = ["x", "y z", "1", "true", "null", '"d"', "'e'", '"f g"', "''", "a#b", "-1", "http://h", "~", "[]", "{}", "[1, 2]", "{a: 1}", "[a,]"];
  const noise = (column: number): string =>
    chance(0.25) ? pick(["", "#\n", "# c\n", `${spaces(column)}# c\n`, "  \n", "\n# c\n", "#\n\n", `${spaces(column + 2)}#\n`]) : "";
  const flowOverLines = (parent: number): string => {
    const sequence = chance(0.5);
    const entries = 1 + int(3);
    let text = sequence ? "[" : "{";
    for (let k = 0; k < entries; k++) {
      if (chance(0.5)) text += `${chance(0.2) ? " #c" : ""}\n${chance(0.15) ? pick(["#\n", "  # d\n", "\n"]) : ""}${spaces(parent + pick([0, 1, 1, 2, 4]))}`;
      text += sequence ? pick(scalars.slice(0, 12)) : `${pick(["a", "b", '"c"'])}${k}: ${pick(scalars.slice(0, 12))}`;
      if (k < entries - 1 || chance(0.4)) text += ",";
    }
    if (chance(0.5)) text += `\n${chance(0.15) ? pick(["#\n", "  # d\n"]) : ""}${spaces(parent + pick([0, 0, 1, 2]))}`;
    return text + (sequence ? "]" : "}");
  };
  const blockScalar = (parent: number): string => {
    const indent = parent + 1 + int(3);
    let text = `${pick(["|", ">"])}${pick(["", "-", "+"])}${pick(["", "", "1", "2"])}\n`;
    for (let k = 0, lines = 1 + int(3); k < lines; k++) text += `${pick([`${spaces(indent)}t${k}`, "", spaces(indent + 2), `${spaces(indent)} m`, spaces(indent - 1)])}\n`;
    return text.slice(0, -1);
  };
  // A node as the value of a key or dash at column `parent`: what follows the `:` or `-` on its line, and the lines after.
  const node = (parent: number, depth: number): { inline: string; rest: string } => {
    const kind = random();
    if (depth > 2 || kind < 0.35) {
      const value = pick([pick(scalars), pick(scalars), flowOverLines(parent), blockScalar(parent), `"m\n${spaces(parent + 1 + int(2))}n"`, `p\n${spaces(parent + 1 + int(2))}q`]);
      if (chance(0.3)) {
        const block = value.startsWith("|") || value.startsWith(">");
        return { inline: !block && chance(0.2) ? " # c" : "", rest: `${noise(parent)}${spaces(parent + 1 + int(3))}${value}${!block && chance(0.1) ? " # t" : ""}\n` };
      }
      return { inline: ` ${value}${chance(0.1) ? " # t" : ""}`, rest: "" };
    }
    const sequence = kind >= 0.7;
    const column = parent + (chance(sequence ? 0.4 : 0.2) ? 0 : 1 + int(sequence ? 2 : 3));
    let text = "";
    for (let k = 0, items = 1 + int(3); k < items; k++) {
      const child = node(column, depth + 1);
      text += `${noise(column)}${spaces(column)}${sequence ? "-" : `${pick(keys)}:`}${child.inline}\n${child.rest}`;
    }
    return { inline: "", rest: sequence ? text : text.replace(/\n+$/, "\n") };
  };
  let text = "";
  for (let k = 0, entries = 1 + int(4); k < entries; k++) {
    const child = node(0, 0);
    text += `${noise(0)}${pick(keys)}:${child.inline}\n${child.rest}`;
  }
  text = text.replace(/\n\n+$/, "\n");
  if (chance(0.3)) text = text.replace(/\n$/, "");
  return chance(0.05) ? `\ufeff${text}` : text;
}

/**
 * What an identity read (IDENTITY_KEYS) of a document yaml reads gives: its kept keys, and of a kept
 * key's block mapping only the keys kept of it (what it passes over is not checked).
 */
export function identityOf(parsed: Document): Record<string, unknown> {
  const whole = parsed.toJS() as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(whole)) {
    if (!IDENTITY_KEYS.has(key)) continue;
    const inner = IDENTITY_KEYS.get(key);
    const node = parsed.get(key, true);
    kept[key] = inner && isMap(node) && !node.flow ? Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([name]) => inner.has(name))) : value;
  }
  return kept;
}
