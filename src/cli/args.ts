/**
 * The command line, read like helm and ESLint read theirs, with messages of our own: Node's
 * `parseArgs` answers `--frmat` with advice about quotes and `--timeout -1` with "argument is
 * ambiguous". Here an unknown option gets a did-you-mean, an option that takes a value takes the
 * next argument whatever it looks like (pflag's rule: `--timeout -1` is a value, checked later), and
 * a missing value names the option.
 *
 * Accepted: `--name value`, `--name=value`, `-x value`, `-xvalue`, `-x=value`, grouped short booleans (`-qh`),
 * booleans with pflag's `=true` / `=false` (`--quiet=false`, `-q=true`),
 * `-` (stdin) as a positional, `--` ending the options.
 */
import { UsageError } from "../core/errors.ts";
import { closest } from "../core/suggest.ts";

export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  multiple?: boolean;
}
export type OptionTable = Readonly<Record<string, OptionSpec>>;

export type OptionValues<T extends OptionTable> = {
  [K in keyof T]?: T[K] extends { type: "boolean" } ? boolean : T[K] extends { multiple: true } ? string[] : string;
};

export type Token = { kind: "positional"; value: string } | { kind: "option"; name: string; value: string | undefined };

export interface ParsedArgs<T extends OptionTable> {
  values: OptionValues<T>;
  positionals: string[];
  /** Options and positionals in command-line order (values files and --set keep it). */
  tokens: Token[];
}

/** `hints`: what to say of an unknown long option instead of a did-you-mean (another tool's flag), by its name. */
export function parseCommandLine<T extends OptionTable>(argv: readonly string[], table: T, command: string, hints: Readonly<Record<string, string>> = {}): ParsedArgs<T> {
  const shorts = new Map(Object.entries(table).flatMap(([name, spec]) => (spec.short ? [[spec.short, name] as const] : [])));
  const values: Record<string, string | boolean | string[]> = {};
  const positionals: string[] = [];
  const tokens: Token[] = [];
  const set = (name: string, value: string | undefined): void => {
    const spec = table[name]!;
    tokens.push({ kind: "option", name, value });
    if (spec.type === "boolean") values[name] = true;
    else if (spec.multiple) values[name] = [...((values[name] as string[] | undefined) ?? []), value!];
    else values[name] = value!;
  };
  const unknown = (written: string): UsageError => {
    const name = written.split("=")[0]!;
    if (Object.hasOwn(hints, name)) return new UsageError(`unknown option ${name} for "${command}": ${hints[name]}`);
    const longNames = Object.keys(table).map((name) => `--${name}`);
    const guess = written.startsWith("--") ? closest(written, longNames) : undefined;
    return new UsageError(`unknown option ${written} for "${command}"${guess ? `; did you mean ${guess}?` : ""} (see ${command} --help)`);
  };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      for (const rest of argv.slice(i + 1)) tokens.push({ kind: "positional", value: rest });
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith("--")) {
      const equals = arg.indexOf("=");
      const name = arg.slice(2, equals === -1 ? undefined : equals);
      const spec = Object.hasOwn(table, name) ? table[name] : undefined;
      if (!spec) throw unknown(equals === -1 ? arg : arg.slice(0, equals));
      if (spec.type === "boolean") {
        // pflag: `--quiet=false` (strconv.ParseBool).
        // The last occurrence wins: `-q --quiet=false` ends quiet off.
        if (equals === -1 || pflagBool(arg.slice(equals + 1), `--${name}`)) set(name, undefined);
        else delete values[name];
      } else if (equals !== -1) {
        set(name, arg.slice(equals + 1));
      } else {
        if (i + 1 >= argv.length) throw new UsageError(`--${name} needs a value`);
        set(name, argv[++i]!);
      }
      continue;
    }
    if (arg.startsWith("-") && arg !== "-") {
      // Short options: booleans may be grouped; one that takes a value takes the rest or the next argument.
      for (let j = 1; j < arg.length; j++) {
        const name = shorts.get(arg[j]!);
        if (name === undefined) throw unknown(`-${arg[j]}`);
        if (table[name]!.type === "boolean") {
          // pflag: `-q=true`, `-q=false` (strconv.ParseBool) end the group.
          if (arg[j + 1] === "=") {
            if (pflagBool(arg.slice(j + 2), `-${arg[j]} (--${name})`)) set(name, undefined);
            else delete values[name];
            break;
          }
          set(name, undefined);
          continue;
        }
        // pflag's parseSingleShortArg: `-n=prod` is `prod` (an `=` alone after the letter is the value).
        const rest = arg.slice(j + 1);
        if (rest !== "") set(name, rest.length > 1 && rest[0] === "=" ? rest.slice(1) : rest);
        else if (i + 1 < argv.length) set(name, argv[++i]!);
        else throw new UsageError(`-${arg[j]} (--${name}) needs a value`);
        break;
      }
      continue;
    }
    tokens.push({ kind: "positional", value: arg });
    positionals.push(arg);
  }
  return { values: values as OptionValues<T>, positionals, tokens };
}

/** A boolean option's `=value`, as pflag reads it (strconv.ParseBool). */
function pflagBool(text: string, flag: string): boolean {
  if (["1", "t", "T", "true", "TRUE", "True"].includes(text)) return true;
  if (["0", "f", "F", "false", "FALSE", "False"].includes(text)) return false;
  throw new UsageError(`${flag} takes true or false after =, not ${JSON.stringify(text)}`);
}

/** `--name must be one of a, b, c` with a did-you-mean, for options that take a word. */
export function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const guess = closest(value, allowed);
  throw new UsageError(`${flag} must be one of ${allowed.join(", ")}, not "${value}"${guess ? `; did you mean ${guess}?` : ""}`);
}
