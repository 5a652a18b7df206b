/**
 * Splits the hook's argv into CLI options (from the hook's `args`) and file names (appended by
 * pre-commit). An argument starting with `-` is an option; `--name=value` carries its value; a
 * `--name value` pair is recognised for the CLI options that take a value: those `--help`
 * documents with a value (`--config FILE`), plus a fixed list. Everything else is a file to lint.
 */
import { HELP } from "../cli/help.ts";

/** Options shown with a value in the help text: `  -f, --values FILE`, `  --format stylish|json`. */
export function valueOptionsFromHelp(help: string): Set<string> {
  const out = new Set<string>();
  for (const line of help.split("\n")) {
    const match = /^\s+((?:(?:VALUES|-[A-Za-z]|--[a-z][\w-]*),\s*)*(?:-[A-Za-z]|--[a-z][\w-]*)) (?:[A-Z][A-Z0-9=|_.-]*|[a-z]+(?:\|[a-z-]+)+)(?:\s|$)/.exec(line);
    if (!match) continue;
    for (const option of match[1]!.split(/,\s*/)) if (option.startsWith("-")) out.add(option);
  }
  return out;
}

/** CLI options that take a value in the next argument. */
export const VALUE_OPTIONS: ReadonlySet<string> = new Set([
  ...valueOptionsFromHelp(HELP),
  "-f",
  "--values",
  "--set",
  "--set-string",
  "-m",
  "--manifests",
  "--budget-id-env",
  "--default-budget-id",
  "--litellm-url",
  "--key-alias",
  "--timeout",
  "--litellm-key-header",
  "--format",
  "-o",
  "--output",
  "--max-warnings",
  "--config",
  "--sarif",
  "--sarif-root",
  "--sarif-category",
  "--budgets-config",
]);

export function splitHookArgs(argv: readonly string[]): { options: string[]; files: string[] } {
  const options: string[] = [];
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      files.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith("-") && arg !== "-") {
      options.push(arg);
      if (!arg.includes("=") && VALUE_OPTIONS.has(arg) && i + 1 < argv.length) options.push(argv[++i]!);
    } else {
      files.push(arg);
    }
  }
  return { options, files };
}

/**
 * The CLI argv for one file: `lint`, the hook's options (plus `--offline` unless a URL is named),
 * the file. Without a file (`pass_filenames: false`), the options alone say what to lint.
 */
export function hookCliArgs(options: readonly string[], file?: string): string[] {
  const live = options.some((option) => option === "--litellm-url" || option.startsWith("--litellm-url="));
  const offline = options.includes("--offline");
  // `--` ends the options, so a file name that starts with `-` stays a file name.
  return ["lint", ...options, ...(live || offline ? [] : ["--offline"]), ...(file === undefined ? [] : ["--", file])];
}
