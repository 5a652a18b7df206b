/**
 * Scalars and directives helm's go-yaml v2 reads in its own way, against the real helm 3 and 4:
 * explicit tags whose text does not fit them, control characters, numbers out of float64's range,
 * %YAML and %TAG, document separators. Whether helm accepts the values file and the `.Values` it renders are compared
 * with the values reader's. (NEL, U+2028
 * and U+2029 are line breaks to go-yaml and content to YAML 1.2: not read alike, docs/limits.md.)
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadValues } from "../../src/inputs/values.ts";
import { toJS } from "../../src/yaml/vnode.ts";
import { helmBinary } from "../../tools/helm.ts";
import { runCli } from "../support/cli.ts";
import { DUMP_CHART } from "../support/helm-differential.ts";

const CASES = [
  ...["!!bool abc", "!!int abc", "!!int 1.5", "!!int true", "!!float abc", "!!float 1e400", "!!null a", "!!int ''", "!!int 99999999999999999999"],
  ...["!!float 1", "!!int 0x10", "!!bool yes", "!!null ~", "!!null ''", "!!int '5'", "!!str 12", "!!float .5"],
  ...["!!timestamp 2024-01-01", "!!timestamp 2024-02-29", "!!timestamp 2023-02-29", "!!timestamp 2024-13-45", "!!timestamp 12024-01-01"],
  ...["!!timestamp 2001-12-14T21:59:43Z", "!!timestamp 2001-12-14t21:59:43.5+05:00", "!!timestamp 2001-12-14T21:59:43", "!!timestamp 2001-12-14T21:59:43+05"],
  ...["!!timestamp 2001-12-14 21:59:43", "!!timestamp 2001-12-14  1:5:3.5", "!!timestamp 2001-12-14 21:59:43 -5"],
  ...["1e400", "-1e400", ".5e400", "1e308", "1e-400"],
  ...['"a\u0007b"', '"a\u001bb"', '"a\u007fb"', '"a\u009fb"', '"a\ufffeb"', '"a\tb"'],
  // Escapes: YAML 1.2's \/ and surrogate or out-of-range codes are go-yaml v2's errors.
  ...[String.raw`"team\/a"`, String.raw`"\uD800"`, String.raw`"\U00110000"`, String.raw`"\U0001F600 \u00e9 \x41 \e \N \_ \L \P"`, String.raw`"a\\/b"`, String.raw`'a\/b'`, String.raw`{"k\/": 1}`],
];

const dir = mkdtempSync(join(tmpdir(), "preflight-helm-scalars-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FILES = [
  ...CASES.map((scalar) => `a: ${scalar}\nb: kept\n`),
  ...["%YAML 1.1\n---\na: 1\n", "%TAG !e! tag:e.com,2000:\n---\na: !e!x 1\n", "%YAML 1.2\n---\na: 1\n", "%FOO bar\n---\na: 1\n", "%%YAML 1.1\n---\na: 1\n", "# c\n%YAML 1.1\n---\na: 1\n"],
  // helm 4 splits at lines that start with ---, as apimachinery's YAMLReader does.
  ...["a: 1\n--- !!map\nb: 2\n", "a: 1\n--- {b: 2}\n", "a: 1\n...\nb: 2\n", "a: 1\n--- # next\nb: 2\n", "a: 1\n---\nb: 2\n...\n---\nc: 3\n"],
];

describe.each([3, 4] as const)("helm %i", (major) => {
  it.each(FILES)("%j", (text) => {
    const file = join(dir, `values-${major}-${FILES.indexOf(text)}.yaml`);
    writeFileSync(file, text);
    let helmValues: unknown;
    try {
      const out = execFileSync(helmBinary(major), ["template", DUMP_CHART, "-f", file], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { PATH: "/usr/bin:/bin", HOME: dir } });
      helmValues = JSON.parse(Buffer.from(/values\.json: "([^"]*)"/.exec(out)![1]!, "base64").toString("utf8"));
    } catch {
      helmValues = undefined;
    }
    const ours = loadValues([{ name: "values.yaml", text }], [], undefined, major);
    const problems = ours.problems.filter((problem) => problem.kind !== "ignored");
    expect(problems.length === 0, `helm ${helmValues === undefined ? "refuses" : "accepts"} it: ${problems.map((p) => p.message).join("; ")}`).toBe(helmValues !== undefined);
    if (helmValues !== undefined) expect(toJS(ours.root)).toEqual(helmValues);
  });
});

describe("--set-file takes the file's bytes as helm does (string(bytes))", () => {
  const files: [string, Buffer][] = [
    ["a byte-order mark", Buffer.from("\ufeffteam-bom", "utf8")],
    ["NUL bytes", Buffer.from("team\0nul", "utf8")],
    ["Latin-1", Buffer.from("caf\xe9", "latin1")],
  ];
  it.each(files)("%s", async (_name, bytes) => {
    const work = mkdtempSync(join(dir, "set-file-"));
    writeFileSync(join(work, "id.txt"), bytes);
    const args = ["--set", "extraEnv[0].name=LITELLM_BUDGET_ID", "--set-file", "extraEnv[0].value=id.txt"];
    const dump = execFileSync(helmBinary(3), ["template", DUMP_CHART, ...args], { cwd: work, encoding: "utf8", env: { PATH: "/usr/bin:/bin", HOME: work } });
    const helmValue = (JSON.parse(Buffer.from(/values\.json: "([^"]*)"/.exec(dump)![1]!, "base64").toString("utf8")) as { extraEnv: { value: string }[] }).extraEnv[0]!.value;
    const run = await runCli(["lint", ...args, "--format", "json"], { cwd: work });
    expect(run.stderr).toBe("");
    expect((JSON.parse(run.stdout) as { budgetIds: { id: string }[] }).budgetIds[0]!.id).toBe(helmValue);
  });
});
