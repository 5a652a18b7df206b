/**
 * Hostile and broken input, run through the built CLI (dist/cli.js) as a user or CI job runs it.
 *
 * Every case of fixtures/hostile/ (see its README.md) is linted twice, `--format json` and
 * `--format stylish`, each in its own process with a wall-clock bound, and must give:
 * - the expected exit code (0 / 1 / 2: README's contract; a linted file that does not parse is a
 *   positioned `yaml-syntax` finding, exit 1; input that cannot be read at all is exit 2);
 * - no stack trace, no "internal error", at most one stderr line on exit 2 (and nothing on stdout);
 * - JSON that parses, with every position inside the file it names (1-based, line ≤ number of
 *   lines, column ≤ line length + 1, start before end), for findings, related locations and
 *   budget ids;
 * - stylish output without control characters (a file under review must not be able to drive the
 *   terminal, or start a line the GitHub runner reads as a workflow command);
 * - the expected findings, when the case lists them.
 * Cases known to fail are marked `bug` in their expectation and run as `it.fails`: when the bug is
 * fixed the test fails, and the marker is removed.
 *
 * Big inputs (1 MB lines, deep nesting, a 15 MB stream) are generated here, not committed.
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI } from "../support/cli.ts";
import { FIXTURES } from "../support/fixtures.ts";

const CORPUS = join(FIXTURES, "hostile");
/** HOSTILE_RUN_BUGS=1 runs the known-bug cases as ordinary tests, to see how they fail (or that a fix works). */
const RUN_BUGS = process.env.HOSTILE_RUN_BUGS === "1";
/** Default wall-clock bound of one CLI run. */
const DEFAULT_TIMEOUT_MS = 10_000;

interface ExpectedFinding {
  ruleId: string;
  line: number;
  column: number;
}

interface Expectation {
  description: string;
  /** argv; `{input}` is the case's file or directory name. Default `["lint", "{input}"]`; `--format` is appended. */
  args?: string[];
  /** Pipe the case's input to stdin instead of naming it (the args then read `-m -`). */
  stdin?: boolean;
  /** Run with the case's directory as the working directory (its own config file). */
  cwdInput?: boolean;
  /** The input is written by the generator of this name (big inputs are not committed). */
  generate?: string;
  /** The input deliberately does not exist. */
  missing?: boolean;
  exit: 0 | 1 | 2;
  /** Regular expressions the stylish stdout must match. */
  stdoutMatches?: string[];
  /** Regular expressions stderr must match (both runs). */
  stderrMatches?: string[];
  /** The exact findings of the JSON run (order as reported). */
  findings?: ExpectedFinding[];
  /** The rule ids of the JSON run's findings, when positions depend on the parser (deep nesting). */
  ruleIds?: string[];
  /** Wall-clock bound of one run, default 10 s. */
  timeoutMs?: number;
  /** A known bug: the case runs as `it.fails` until it is fixed. */
  bug?: string;
}

interface Case {
  name: string;
  expect: Expectation;
  /** File or directory name of the input inside the scratch directory. */
  input: string;
}

function loadCases(): Case[] {
  const entries = readdirSync(CORPUS);
  return entries
    .filter((entry) => entry.endsWith(".expect.json"))
    .sort()
    .map((entry) => {
      const name = entry.slice(0, -".expect.json".length);
      const expectation = JSON.parse(readFileSync(join(CORPUS, entry), "utf8")) as Expectation;
      const committed = entries.filter((other) => other !== entry && (other === name || other.startsWith(`${name}.`)));
      if (expectation.generate || expectation.missing) {
        if (committed.length > 0) throw new Error(`${name}: generated or missing, yet ${committed.join(", ")} exists`);
        return { name, expect: expectation, input: `${name}.yaml` };
      }
      if (committed.length !== 1) throw new Error(`${name}: expected exactly one input next to ${entry}, found ${committed.length}`);
      return { name, expect: expectation, input: committed[0]! };
    });
}

// ---------------------------------------------------------------------------------------------
// Generated inputs

const MIB = 1024 * 1024;

/** Deterministic bytes (mulberry32). */
function randomBytes(size: number, seed: number): Buffer {
  const out = Buffer.alloc(size);
  let state = seed >>> 0;
  for (let i = 0; i < size; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

function blockNesting(depth: number, indent = 0): string {
  let out = "";
  for (let i = 0; i < depth; i++) out += `${" ".repeat(indent + i)}k:\n`;
  return `${out}${" ".repeat(indent + depth)}k: v\n`;
}

const POD_HEAD = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: a\n      image: registry.example.com/app:1.0\n";

function hugeStream(): string {
  const pad = "x".repeat(300);
  const docs: string[] = [];
  for (let i = 0; i < 40_000; i++) docs.push(`# Source: chart/templates/cm.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${i}\ndata:\n  A: "${pad}"\n`);
  docs.push(`${POD_HEAD}      env: [{name: PROXY_TLS_ENABLED, value: true}]\n`);
  return docs.join("---\n");
}

const GENERATORS: Record<string, () => string | Buffer> = {
  "random-bytes": () => randomBytes(64 * 1024, 20260611),
  "random-bytes-stdin": () => randomBytes(64 * 1024, 99),
  "long-line-string": () => `image:\n  tag: "2.40.0"\nnote: "${"x".repeat(MIB)}"\nextraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budget}\n`,
  "long-line-plain-key": () => `${"k".repeat(MIB)}: 1\n`,
  "long-line-comment-finding": () => `extraEnv:\n  - {name: PROXY_TLS_ENABLED, value: true} # ${"x".repeat(MIB)}\n`,
  "nesting-600": () => blockNesting(600),
  "nesting-1000": () => blockNesting(1000),
  "nesting-1000-flow": () => `a: ${"[".repeat(1000)}${"]".repeat(1000)}\n`,
  "nesting-100000-flow": () => `a: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`,
  "manifest-nesting-1000": () => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: deep}\ndata:\n${blockNesting(1000, 2)}`,
  "manifest-long-line-finding": () => `${POD_HEAD}      env: [{name: PROXY_TLS_ENABLED, value: true}] # ${"x".repeat(MIB)}\n`,
  "manifest-huge-secret-value": () =>
    `apiVersion: v1\nkind: Secret\nmetadata: {name: tls}\ndata:\n  tls.crt: ${randomBytes(768 * 1024, 7).toString("base64")}\n---\n${POD_HEAD}      env:\n        - name: CERT\n          valueFrom: {secretKeyRef: {name: tls, key: tls.crt}}\n`,
  "manifest-stdin-huge": hugeStream,
};

// ---------------------------------------------------------------------------------------------
// Running the CLI

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

const scratchDirs: string[] = [];
afterAll(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

/**
 * The bundle under test: a copy of dist/ taken once (the bundle is self-contained), so that a
 * rebuild of dist/ while this file runs (`node scripts/build.ts` empties it first) cannot turn into
 * spurious failures halfway through the corpus.
 */
let cliPath = CLI;
beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run node scripts/build.ts`);
  const copy = scratchDir();
  cpSync(join(CLI, ".."), copy, { recursive: true });
  cliPath = join(copy, "cli.js");
});

function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "preflight-hostile-"));
  scratchDirs.push(dir);
  return dir;
}

function runCli(args: string[], options: { cwd: string; stdin?: string | Buffer; timeoutMs?: number; stdio?: "ignore" }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [cliPath, ...args], {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" },
      stdio: [options.stdio === "ignore" ? "ignore" : "pipe", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr!.on("data", (chunk: Buffer) => err.push(chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8"), ms: Date.now() - started, timedOut });
    });
    if (child.stdin) {
      child.stdin.on("error", () => {}); // the CLI may exit before reading all of it
      child.stdin.end(options.stdin ?? "");
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Checks shared by every run

interface JsonLocation {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}
interface JsonReport {
  findings: { ruleId: string; message: string; location: JsonLocation; related: JsonLocation[] }[];
  budgetIds: { location: JsonLocation | null }[];
}

/** The text positions refer to: UTF-8 decoded, BOM dropped (as the CLI reads it). */
function textOf(bytes: Buffer): string {
  const text = bytes.toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Problems with positions of `report` against the files they name (`<stdin>` is `stdin`). */
function positionProblems(report: JsonReport, fileText: (file: string) => string | undefined): string[] {
  const problems: string[] = [];
  const lines = new Map<string, string[]>();
  const check = (where: string, location: JsonLocation) => {
    if (location.file === "--set" || location.file === "--set-string") return;
    let fileLines = lines.get(location.file);
    if (!fileLines) {
      const text = fileText(location.file);
      if (text === undefined) {
        problems.push(`${where}: names ${location.file}, which is not an input`);
        return;
      }
      fileLines = text.split("\n");
      lines.set(location.file, fileLines);
    }
    const at = `${where} ${location.file}:${location.line}:${location.column}-${location.endLine}:${location.endColumn}`;
    for (const [line, column] of [
      [location.line, location.column],
      [location.endLine, location.endColumn],
    ] as const) {
      if (!Number.isInteger(line) || line < 1 || line > fileLines.length) problems.push(`${at}: line ${line} outside 1..${fileLines.length}`);
      else if (!Number.isInteger(column) || column < 1 || column > fileLines[line - 1]!.length + 1) problems.push(`${at}: column ${column} outside 1..${fileLines[line - 1]!.length + 1}`);
    }
    if (location.endLine < location.line || (location.endLine === location.line && location.endColumn < location.column)) problems.push(`${at}: ends before it starts`);
  };
  for (const [i, finding] of report.findings.entries()) {
    check(`finding ${i} (${finding.ruleId})`, finding.location);
    for (const related of finding.related) check(`finding ${i} (${finding.ruleId}) related`, related);
  }
  for (const [i, budget] of report.budgetIds.entries()) if (budget.location) check(`budget id ${i}`, budget.location);
  return problems;
}

/** C0 controls other than tab and line feed, DEL, and C1 controls (CSI, NEL…). */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function expectCleanProcess(run: Run, expected: Expectation, label: string): void {
  const bound = expected.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  expect(run.timedOut, `${label}: still running after ${bound} ms (killed)`).toBe(false);
  expect(run.ms, `${label}: wall time`).toBeLessThan(bound);
  expect(run.signal, `${label}: killed by a signal`).toBeNull();
  expect(run.code, `${label}: exit code (stderr: ${run.stderr.slice(0, 300)})`).toBe(expected.exit);
  expect(run.stderr, `${label}: stack trace on stderr`).not.toMatch(/\n\s+at /);
  expect(run.stderr, `${label}: internal error`).not.toMatch(/internal error/);
  if (expected.exit === 2) {
    expect(run.stderr, `${label}: one line on stderr`).toMatch(/^litellm-preflight: [^\n]+\n$/);
    expect(run.stdout, `${label}: no report after an error`).toBe("");
  } else {
    expect(run.stderr, `${label}: stderr`).toBe("");
  }
  for (const pattern of expected.stderrMatches ?? []) expect(run.stderr, label).toMatch(new RegExp(pattern));
}

function expectSafeStylish(stdout: string): void {
  const controls = [...stdout].filter((char) => CONTROL.test(char)).map((char) => `U+${char.codePointAt(0)!.toString(16).padStart(4, "0")}`);
  expect(controls, "control characters in stylish output").toEqual([]);
  const commands = stdout.split("\n").filter((line) => line.trimStart().startsWith("::"));
  expect(commands, "lines the GitHub runner would read as workflow commands").toEqual([]);
}

// ---------------------------------------------------------------------------------------------
// The corpus

const cases = loadCases();

async function runCase(testCase: Case): Promise<void> {
  const { expect: expected } = testCase;
  const dir = scratchDir();
  const inputPath = join(dir, testCase.input);
  let inputBytes: Buffer | undefined;
  if (expected.generate) {
    const generate = GENERATORS[expected.generate];
    if (!generate) throw new Error(`${testCase.name}: no generator ${expected.generate}`);
    const content = generate();
    inputBytes = Buffer.isBuffer(content) ? content : Buffer.from(content, "utf8");
    writeFileSync(inputPath, inputBytes);
  } else if (!expected.missing) {
    cpSync(join(CORPUS, testCase.input), inputPath, { recursive: true });
    if (statSync(inputPath).isFile()) inputBytes = readFileSync(inputPath);
  }
  const cwd = expected.cwdInput ? inputPath : dir;
  const args = (expected.args ?? ["lint", "{input}"]).map((arg) => arg.replaceAll("{input}", testCase.input));
  const stdin = expected.stdin ? inputBytes : undefined;
  const timeoutMs = expected.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const [json, stylish] = await Promise.all([
    runCli([...args, "--format", "json"], { cwd, stdin, timeoutMs }),
    runCli([...args, "--format", "stylish"], { cwd, stdin, timeoutMs }),
  ]);

  expectCleanProcess(json, expected, "json run");
  expectCleanProcess(stylish, expected, "stylish run");
  for (const pattern of expected.stdoutMatches ?? []) expect(stylish.stdout).toMatch(new RegExp(pattern));
  expectSafeStylish(stylish.stdout);
  if (expected.exit === 2) return;

  const report = JSON.parse(json.stdout) as JsonReport;
  const fileText = (file: string): string | undefined => {
    if (file === "<stdin>") return stdin === undefined ? undefined : textOf(stdin);
    const path = join(cwd, file);
    return existsSync(path) && statSync(path).isFile() ? textOf(readFileSync(path)) : undefined;
  };
  expect(positionProblems(report, fileText)).toEqual([]);
  const found = report.findings.map((finding) => ({ ruleId: finding.ruleId, line: finding.location.line, column: finding.location.column }));
  if (expected.findings) expect(found).toEqual(expected.findings);
  if (expected.ruleIds) expect([...new Set(found.map((finding) => finding.ruleId))].sort()).toEqual([...expected.ruleIds].sort());
  if (expected.exit === 1) expect(found.length, "exit 1 without a finding").toBeGreaterThan(0);
}

describe("hostile input corpus (fixtures/hostile)", () => {
  it("has cases, each with an input or a generator", () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
    for (const testCase of cases) {
      expect(testCase.expect.description, testCase.name).toMatch(/\S/);
      expect([0, 1, 2], testCase.name).toContain(testCase.expect.exit);
    }
    const generated = new Set(cases.flatMap((testCase) => (testCase.expect.generate ? [testCase.expect.generate] : [])));
    expect([...generated].sort()).toEqual(Object.keys(GENERATORS).sort());
  });

  for (const testCase of cases) {
    const budget = 2 * (testCase.expect.timeoutMs ?? DEFAULT_TIMEOUT_MS) + 10_000;
    const title = `${testCase.name}: ${testCase.expect.description}`;
    if (testCase.expect.bug && !RUN_BUGS) it.fails(`${title} [known bug: ${testCase.expect.bug}]`, () => runCase(testCase), budget);
    else it(title, () => runCase(testCase), budget);
  }
});

// ---------------------------------------------------------------------------------------------
// What a file corpus cannot hold

describe("special files and streams", () => {
  const VALUES = "extraEnv:\n  - {name: PROXY_TLS_ENABLED, value: true}\n";

  it("stdin closed before the CLI reads it (no stdin at all) holds no document: an input error, exit 2", async () => {
    const run = await runCli(["lint", "-m", "-", "--format", "json"], { cwd: scratchDir(), stdio: "ignore" });
    expectCleanProcess(run, { description: "", exit: 2 }, "stdin ignored");
    expect(run.stderr).toBe("litellm-preflight: stdin holds no YAML documents (did the command that rendered it fail?)\n");
  });

  it("a path through a regular file (ENOTDIR), a dangling symlink and a symlink loop exit 2 with one line", async () => {
    const dir = scratchDir();
    writeFileSync(join(dir, "values.yaml"), VALUES);
    symlinkSync(join(dir, "gone.yaml"), join(dir, "dangling.yaml"));
    symlinkSync(join(dir, "loop-b.yaml"), join(dir, "loop-a.yaml"));
    symlinkSync(join(dir, "loop-a.yaml"), join(dir, "loop-b.yaml"));
    const cases: [string[], RegExp][] = [
      [["lint", "values.yaml/inner.yaml"], /cannot read values file values\.yaml\/inner\.yaml: a part of the path is not a directory\n/],
      [["lint", "dangling.yaml"], /cannot read values file dangling\.yaml: no such file/],
      [["lint", "-m", "loop-a.yaml"], /cannot read manifest file loop-a\.yaml: too many symbolic links \(a loop\?\)\n/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(args, { cwd: dir });
      expectCleanProcess(run, { description: "", exit: 2 }, args.join(" "));
      expect(run.stderr).toMatch(message);
    }
  });

  it("a symlink to a real file is read like the file", async () => {
    const dir = scratchDir();
    writeFileSync(join(dir, "values.yaml"), VALUES);
    symlinkSync(join(dir, "values.yaml"), join(dir, "link.yaml"));
    const run = await runCli(["lint", "link.yaml", "--format", "json"], { cwd: dir });
    expectCleanProcess(run, { description: "", exit: 1 }, "symlink");
    expect(JSON.parse(run.stdout).findings[0].location).toMatchObject({ file: "link.yaml", line: 2, column: 38 });
  });

  // Permission bits do not stop root, and these tests usually run as root (containers, CI images):
  // chmod 000 cannot make a file unreadable there. When not root, the EACCES path is checked.
  it.skipIf(process.getuid?.() === 0)("an unreadable file (no read permission) exits 2 with one line", async () => {
    const { chmodSync } = await import("node:fs");
    const dir = scratchDir();
    writeFileSync(join(dir, "values.yaml"), VALUES);
    chmodSync(join(dir, "values.yaml"), 0o000);
    const run = await runCli(["lint", "values.yaml"], { cwd: dir });
    expectCleanProcess(run, { description: "", exit: 2 }, "chmod 000");
    expect(run.stderr).toMatch(/cannot read values file values\.yaml: permission denied/);
  });

  // A FIFO is what `-m <(helm template …)` passes. One with a writer is read to its end. One that
  // nobody ever opens for writing blocks in open(2), exactly like `cat fifo`: the CLI cannot tell
  // "no writer yet" from "a slow writer", so that case is documented in docs/limits.md, not tested.
  it.skipIf(process.platform === "win32")("a named pipe with a writer (process substitution) is read to its end", async () => {
    const { execFileSync } = await import("node:child_process");
    const dir = scratchDir();
    const fifo = join(dir, "rendered.yaml");
    execFileSync("mkfifo", [fifo]);
    const manifest = `${POD_HEAD}      env: [{name: PROXY_TLS_ENABLED, value: true}]\n`;
    let written = false;
    // Opening for writing blocks until the CLI opens the pipe for reading.
    const writer = import("node:fs/promises").then(({ writeFile }) => writeFile(fifo, manifest)).then(() => (written = true));
    const run = await runCli(["lint", "-m", "rendered.yaml", "--format", "json"], { cwd: dir });
    if (!written) {
      // The CLI never opened the pipe: open it here, so the writer (a blocked libuv thread) ends.
      const { closeSync, constants, openSync } = await import("node:fs");
      closeSync(openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK));
    }
    await writer.catch(() => {});
    expectCleanProcess(run, { description: "", exit: 1 }, "fifo");
    expect(JSON.parse(run.stdout).findings.map((finding: { location: JsonLocation }) => finding.location)).toMatchObject([{ file: "rendered.yaml", line: 8, column: 46 }]);
  });

  it("stdin that ends in the middle of a write is whatever arrived: a positioned syntax finding", async () => {
    const dir = scratchDir();
    const head = `${POD_HEAD}      env: [{name: PROXY_TLS_ENABLED, value: "`;
    const run = await new Promise<Run>((resolve, reject) => {
      const started = Date.now();
      const child = spawn(process.execPath, [cliPath, "lint", "-m", "-", "--format", "json"], { cwd: dir, env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" } });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk) => (stdout += chunk));
      child.stderr.on("data", (chunk) => (stderr += chunk));
      child.on("error", reject);
      child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr, ms: Date.now() - started, timedOut: false }));
      // Two writes, then the writer goes away without a final newline.
      child.stdin.write(head.slice(0, 40));
      setTimeout(() => child.stdin.end(head.slice(40)), 50);
    });
    expectCleanProcess(run, { description: "", exit: 1 }, "truncated stdin");
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.findings.map((finding) => finding.ruleId)).toContain("yaml-syntax");
    // Where the input ends (line 8, after its 46 characters); the range's end is the known bug of
    // the corpus case unexpected-end-of-file.
    for (const finding of report.findings) expect(finding.location).toMatchObject({ file: "<stdin>", line: 8, column: 47 });
  });
});

// Scratch inputs live in their own directory; make sure a stray config up the tree cannot leak in.
it("no .litellm-preflight.yaml above the scratch directories changes the corpus results", () => {
  for (let at = tmpdir(); ; at = join(at, "..")) {
    for (const name of [".litellm-preflight.yaml", ".litellm-preflight.yml"]) expect(existsSync(join(at, name)), join(at, name)).toBe(false);
    if (join(at, "..") === at) break;
  }
});
