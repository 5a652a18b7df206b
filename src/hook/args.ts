/**
 * Splits the hook's argv into CLI options (from the hook's `args`) and file names (appended by
 * pre-commit). An argument starting with `-` is an option; `--name=value` carries its value; a
 * `--name value` pair is recognised for the CLI options that take a value (the CLI's own option
 * table says which). Everything else is a file to lint, and so is a YAML file name that starts with
 * `-` or `--` (pre-commit passes `-values.yaml`, which its `files` pattern selects, with no `--` before it).
 */
import { LINT_OPTIONS } from "../cli/lint-args.ts";

/** CLI options that take a value in the next argument. */
export const VALUE_OPTIONS: ReadonlySet<string> = new Set(
  Object.entries(LINT_OPTIONS).flatMap(([name, option]) => (option.type === "string" ? [`--${name}`, ...("short" in option ? [`-${option.short}`] : [])] : [])),
);

export function splitHookArgs(argv: readonly string[]): { options: string[]; files: string[] } {
  const options: string[] = [];
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      files.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith("-") && arg !== "-" && !isYamlFileName(arg)) {
      options.push(arg);
      if (!arg.includes("=") && VALUE_OPTIONS.has(arg) && i + 1 < argv.length) options.push(argv[++i]!);
    } else {
      files.push(arg);
    }
  }
  return { options, files };
}

/**
 * The CLI argv for one file: `lint`, the hook's options, the file. Without a file
 * (`pass_filenames: false`), the options alone say what to lint. Offline unless the options name
 * the URL: the hook drops LITELLM_URL from the environment (run.ts), so no flag is added and the
 * report does not claim an `--offline` the user never gave.
 */
export function hookCliArgs(options: readonly string[], file?: string): string[] {
  // `--` ends the options, so a file name that starts with `-` stays a file name.
  return ["lint", ...options, ...(file === undefined ? [] : ["--", file])];
}

/**
 * `-values.yaml`, `-ops-values.yaml`: a file. A short option with its value attached (`-fbase.yaml`)
 * would be read so too; the hook's `args` give a values file as `-f FILE` or `--values=FILE`.
 */
function isYamlFileName(arg: string): boolean {
  // `--ops-values.yaml` too (the `files` pattern selects it): no option of the CLI ends in .yaml.
  return !arg.includes("=") && /\.ya?ml$/i.test(arg);
}
