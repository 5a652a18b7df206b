/** The CLI adapter: argv → LintRequest → report → exit code. The only code that does file I/O. */
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { rules } from "../../rules/registry.ts";
import { parseConfig } from "../core/config.ts";
import { DEFAULT_OPTIONS, lint, type LintOptions } from "../core/engine.ts";
import { UsageError } from "../core/errors.ts";
import type { LintResult } from "../core/types.ts";
import { formatJson } from "../format/json.ts";
import { formatStylish } from "../format/stylish.ts";
import { SetApplyError, SetSyntaxError } from "../inputs/set-parser.ts";
import type { SetInput, TextInput } from "../inputs/values.ts";
import { HELP, VERSION } from "./help.ts";

export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
}

const TOOL = { name: "litellm-preflight", version: VERSION };
const FORMATS = ["stylish", "json"] as const;
type Format = (typeof FORMATS)[number];

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === "lint") return await lintCommand(rest, io);
    if (command === "rules") return rulesCommand(rest, io);
    throw new UsageError(`unknown command "${command}"; try --help`);
  } catch (error) {
    if (error instanceof UsageError || error instanceof SetSyntaxError || error instanceof SetApplyError) {
      io.stderr.write(`litellm-preflight: ${error.message}\n`);
      return 2;
    }
    // Anything else is a bug: one line, no stack trace, and no input echoed.
    io.stderr.write(`litellm-preflight: internal error: ${(error as Error).message ?? String(error)}\n`);
    return 2;
  }
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      tokens: true,
      options: {
        values: { type: "string", short: "f", multiple: true },
        set: { type: "string", multiple: true },
        "set-string": { type: "string", multiple: true },
        manifests: { type: "string", short: "m", multiple: true },
        format: { type: "string" },
        output: { type: "string", short: "o" },
        config: { type: "string" },
        "max-warnings": { type: "string" },
        quiet: { type: "boolean", short: "q" },
        "no-color": { type: "boolean" },
        color: { type: "boolean" },
        "budget-id-env": { type: "string", multiple: true },
        "default-budget-id": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split("\n")[0] ?? "invalid arguments");
  }
}

async function lintCommand(argv: string[], io: CliIO): Promise<number> {
  const parsed = parse(argv);
  const flags = parsed.values;
  if (flags.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const format = (flags.format ?? "stylish") as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}`);
  const maxWarnings = flags["max-warnings"] === undefined ? undefined : Number(flags["max-warnings"]);
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) throw new UsageError("--max-warnings takes a whole number ≥ 0");

  // Values files keep their command-line order, whether positional or -f.
  const valuesPaths: string[] = [];
  const sets: SetInput[] = [];
  for (const token of parsed.tokens ?? []) {
    if (token.kind === "positional") valuesPaths.push(token.value);
    else if (token.kind === "option" && token.name === "values" && token.value !== undefined) valuesPaths.push(token.value);
    else if (token.kind === "option" && (token.name === "set" || token.name === "set-string") && token.value !== undefined) {
      sets.push({ flag: `--${token.name}` as SetInput["flag"], arg: token.value, index: sets.length });
    }
  }
  const manifestPaths = flags.manifests ?? [];
  if (valuesPaths.length === 0 && manifestPaths.length === 0 && sets.length === 0) {
    throw new UsageError("nothing to lint: give values files, -m manifests or --set");
  }
  if (manifestPaths.filter((path) => path === "-").length > 1) throw new UsageError("stdin (-) can be read once");

  let options: LintOptions = { ...DEFAULT_OPTIONS };
  const configPath = flags.config ? resolve(io.cwd, flags.config) : findConfig(io.cwd);
  if (configPath) {
    const text = await readText(configPath, `config file ${displayName(io.cwd, configPath)}`);
    options = await parseConfig(displayName(io.cwd, configPath), text, rules, options);
  }
  if (flags["budget-id-env"]) options.budgetIdEnv = flags["budget-id-env"];
  if (flags["default-budget-id"] !== undefined) options.defaultBudgetId = flags["default-budget-id"];

  const values: TextInput[] = [];
  for (const path of valuesPaths) {
    const name = displayName(io.cwd, resolve(io.cwd, path));
    values.push({ name, text: await readText(resolve(io.cwd, path), `values file ${name}`) });
  }
  const manifests: TextInput[] = [];
  for (const path of manifestPaths) {
    if (path === "-") manifests.push({ name: "<stdin>", text: await readStdin(io.stdin) });
    else {
      const name = displayName(io.cwd, resolve(io.cwd, path));
      manifests.push({ name, text: await readText(resolve(io.cwd, path), `manifest file ${name}`) });
    }
  }

  const result = await lint({ values, sets, manifests, options, liveSkippedReason: "no LiteLLM URL given (--litellm-url or LITELLM_URL)" });
  const color = flags["no-color"] ? false : flags.color ? true : io.env.NO_COLOR ? false : io.env.FORCE_COLOR ? io.env.FORCE_COLOR !== "0" : Boolean(io.stdout.isTTY) && !flags.output;
  const text = format === "json" ? formatJson(result, TOOL) : formatStylish(result, { color, quiet: Boolean(flags.quiet) });
  if (flags.output) await writeOutput(resolve(io.cwd, flags.output), text);
  else io.stdout.write(text);
  return exitCode(result, maxWarnings);
}

export function exitCode(result: LintResult, maxWarnings: number | undefined): number {
  const active = result.findings.filter((finding) => !finding.suppressed);
  if (active.some((finding) => finding.severity === "error")) return 1;
  const warnings = active.filter((finding) => finding.severity === "warning").length;
  return maxWarnings !== undefined && warnings > maxWarnings ? 1 : 0;
}

function rulesCommand(argv: string[], io: CliIO): number {
  const { values } = parse(argv);
  if (values.format === "json") {
    const list = rules.map(({ meta }) => ({ id: meta.id, severity: meta.defaultSeverity, input: meta.input, description: meta.description }));
    io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...rules.map((rule) => rule.meta.id.length));
  for (const { meta } of rules) io.stdout.write(`${meta.id.padEnd(width)}  ${meta.defaultSeverity.padEnd(7)}  ${meta.input.padEnd(8)}  ${meta.description}\n`);
  return 0;
}

const CONFIG_NAMES = [".litellm-preflight.yaml", ".litellm-preflight.yml"];

function findConfig(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) if (existsSync(join(dir, name))) return join(dir, name);
    if (dirname(dir) === dir) return undefined;
  }
}

function displayName(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  return (rel === "" ? absolute : rel).split(sep).join("/");
}

const decoder = new TextDecoder("utf-8", { fatal: true });

export function decodeText(bytes: Uint8Array, what: string): string {
  if (bytes.includes(0)) throw new UsageError(`${what} is binary (it contains NUL bytes)`);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new UsageError(`${what} is not UTF-8 text`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** `what` names the input for messages ("values file deploy/values.yaml"). */
async function readText(path: string, what: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : (code ?? "unreadable");
    throw new UsageError(`cannot read ${what}: ${reason}`);
  }
  return decodeText(bytes, what);
}

async function readStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return decodeText(Buffer.concat(chunks), "stdin");
}

async function writeOutput(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text);
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? "failed"}`);
  }
}
