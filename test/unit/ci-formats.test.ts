/**
 * The reports other CI systems read: GitLab Code Quality (checked against the fields GitLab
 * documents), JUnit (against the de-facto Jenkins/Ant shape) and Checkstyle, from real fixture
 * files linted by the CLI in a git checkout, run from a subfolder.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli as runInProcess } from "../../src/cli/run.ts";
import { capturingIO, scratch } from "../support/cli.ts";
import { ROOT } from "../support/fixtures.ts";
import { codeQualityProblems } from "../support/gitlab.ts";
import { parseXml, type XmlElement } from "../support/xml.ts";
import { xmlAttribute, xmlText } from "../../src/format/xml.ts";


let repo: string;
let cwd: string;
const FILES = ["plaintext-credential/invalid/literal-keys.yaml", "duplicate-key/invalid/image-twice.yaml", "budget-id-invalid/invalid/placeholder.yaml", "codemie-ignored-env/invalid/current-version.yaml"];

beforeAll(() => {
  repo = scratch({});
  execFileSync("git", ["init", "-q", repo]);
  cwd = join(repo, "deploy");
  mkdirSync(cwd);
  for (const file of FILES) cpSync(join(ROOT, "fixtures", file), join(cwd, file.split("/").pop()!));
});

async function lint(args: string[]) {
  const io = capturingIO(cwd, {});
  const code = await runInProcess(["lint", ...FILES.map((file) => file.split("/").pop()!), "--offline", ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe("--format gitlab", () => {
  it("writes GitLab's Code Quality fields: unique fingerprints, GitLab severities, paths from the repository root", async () => {
    const { code, out } = await lint(["--format", "gitlab"]);
    expect(code).toBe(1);
    const issues = JSON.parse(out) as { check_name: string; severity: string; fingerprint: string; description: string; location: { path: string; lines: { begin: number } } }[];
    expect(codeQualityProblems(issues)).toEqual([]);
    // Written issue by issue, as exactly the pretty-printed array.
    expect(out).toBe(`${JSON.stringify(issues, null, 2)}\n`);
    expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length);
    const severities = (rule: string) => [...new Set(issues.filter((issue) => issue.check_name === rule).map((issue) => issue.severity))];
    expect(severities("plaintext-credential")).toEqual(["critical"]); // a security rule's error
    expect(severities("budget-id-invalid")).toEqual(["major"]);
    expect(severities("duplicate-key")).toEqual(["minor"]);
    // A budget id CodeMie does not read is a warning, the other retired variables notes.
    expect(severities("codemie-ignored-env")).toEqual(["minor", "info"]);
    // literal-keys.yaml's extraEnv is replaced by later layers, and its literal keys are still reported there (lines 2 and 4).
    expect(issues.filter((issue) => issue.check_name === "plaintext-credential").map((issue) => issue.location.lines.begin)).toEqual([2, 4, 6, 9]);
    const credential = issues.find((issue) => issue.check_name === "plaintext-credential" && issue.description.includes("masterkey"))!;
    expect(credential.location).toEqual({ path: "deploy/literal-keys.yaml", lines: { begin: 6, end: 6 } });
    expect(credential.description).toBe("The LiteLLM chart's litellm-helm.masterkey is a literal master key; use masterkeySecretName instead (the value is not shown).");
    // No credential from the linted file reaches the report.
    expect(out).not.toContain("sk-chart-literal-0001");
    expect(out).not.toContain("sk-config-literal-0002");
  });

  it("keeps fingerprints when lines move, and --sarif-root sets what paths are relative to", async () => {
    const before = JSON.parse((await lint(["--format", "gitlab"])).out) as { fingerprint: string }[];
    const shifted = capturingIO(cwd, {});
    const original = readFileSync(join(cwd, "literal-keys.yaml"), "utf8");
    writeFileSync(join(cwd, "literal-keys.yaml"), `# moved\n\n${original}`);
    await runInProcess(["lint", ...FILES.map((file) => file.split("/").pop()!), "--offline", "--format", "gitlab"], shifted);
    writeFileSync(join(cwd, "literal-keys.yaml"), original);
    const after = JSON.parse(shifted.out()) as { fingerprint: string; check_name: string; location: { lines: { begin: number } } }[];
    expect(after.find((issue) => issue.check_name === "plaintext-credential")!.location.lines.begin).toBe(4);
    expect(after.map((issue) => issue.fingerprint).sort()).toEqual(before.map((issue) => issue.fingerprint).sort());
    const rooted = JSON.parse((await lint(["--format", "gitlab", "--sarif-root", "."])).out) as { location: { path: string } }[];
    expect(rooted.map((issue) => issue.location.path)).toContain("literal-keys.yaml");
  });

  it("is an empty array when clean", async () => {
    const dir = scratch({ "values.yaml": "replicaCount: 1\n" });
    const io = capturingIO(dir, {});
    expect(await runInProcess(["lint", "values.yaml", "--offline", "--format", "gitlab"], io)).toBe(0);
    expect(io.out()).toBe("[]\n");
  });

  it("writes the same report to --gitlab-report and to -o in one run", async () => {
    const { code } = await lint(["--format", "gitlab", "--gitlab-report", "report.json", "-o", "out.json"]);
    expect(code).toBe(1);
    const report = readFileSync(join(cwd, "report.json"), "utf8");
    expect(report.length).toBeGreaterThan(100);
    expect(readFileSync(join(cwd, "out.json"), "utf8")).toBe(report);
  });
});

/** Element and attribute names of the de-facto JUnit schema (Jenkins' junit-10.xsd, which Ant's output and GitLab's parser follow). */
const JUNIT_SHAPE: Record<string, { attributes: string[]; required: string[]; children: string[] }> = {
  testsuites: { attributes: ["name", "time", "tests", "failures", "errors", "disabled"], required: [], children: ["testsuite"] },
  testsuite: { attributes: ["name", "tests", "failures", "errors", "skipped", "time", "timestamp", "hostname", "id", "package", "file", "disabled"], required: ["name", "tests"], children: ["properties", "testcase", "system-out", "system-err"] },
  testcase: { attributes: ["name", "classname", "assertions", "time", "status", "file", "line"], required: ["name"], children: ["skipped", "error", "failure", "system-out", "system-err"] },
  failure: { attributes: ["message", "type"], required: [], children: [] },
  "system-out": { attributes: [], required: [], children: [] },
};

function checkShape(element: XmlElement): void {
  const shape = JUNIT_SHAPE[element.name];
  expect(shape, `unexpected element <${element.name}>`).toBeDefined();
  for (const name of Object.keys(element.attributes)) expect(shape!.attributes, `<${element.name} ${name}>`).toContain(name);
  for (const name of shape!.required) expect(element.attributes, `<${element.name}> needs ${name}`).toHaveProperty(name);
  for (const child of element.children) {
    expect(shape!.children, `<${child.name}> inside <${element.name}>`).toContain(child.name);
    checkShape(child);
  }
}

const all = (element: XmlElement, name: string): XmlElement[] => [...(element.name === name ? [element] : []), ...element.children.flatMap((child) => all(child, name))];

describe("--format junit", () => {
  it("has one testcase per rule × file, a failure per error finding, the rest in system-out", async () => {
    const { code, out } = await lint(["--format", "junit"]);
    expect(code).toBe(1);
    const root = parseXml(out);
    expect(root.name).toBe("testsuites");
    checkShape(root);
    const suites = all(root, "testsuite");
    // Every input file, in the order given.
    expect(suites.map((suite) => suite.attributes.name)).toEqual(["literal-keys.yaml", "image-twice.yaml", "placeholder.yaml", "current-version.yaml"]);
    for (const suite of suites) {
      const cases = all(suite, "testcase");
      expect(new Set(cases.map((testcase) => testcase.attributes.name)).size).toBe(cases.length);
      expect(Number(suite.attributes.tests)).toBe(cases.length);
      // Failed tests, not failure elements: a testcase with several error findings is one failed test.
      expect(Number(suite.attributes.failures)).toBe(cases.filter((testcase) => all(testcase, "failure").length > 0).length);
    }
    expect(Number(root.attributes.tests)).toBe(all(root, "testcase").length);
    expect(Number(root.attributes.failures)).toBe(all(root, "testcase").filter((testcase) => all(testcase, "failure").length > 0).length);
    expect(Number(root.attributes.failures)).toBeLessThan(all(root, "failure").length);
    const testcase = (file: string, rule: string) => all(root, "testcase").find((entry) => entry.attributes.classname === file && entry.attributes.name === rule)!;
    expect(all(testcase("literal-keys.yaml", "plaintext-credential"), "failure")).toHaveLength(4);
    expect(all(testcase("literal-keys.yaml", "plaintext-credential"), "failure")[2]!.text).toMatch(/^literal-keys\.yaml:6:14: error: The LiteLLM chart's litellm-helm\.masterkey is a literal master key/);
    // A warning passes, and says so in system-out.
    const duplicate = testcase("image-twice.yaml", "duplicate-key");
    expect(all(duplicate, "failure")).toHaveLength(0);
    expect(all(duplicate, "system-out")[0]!.text).toMatch(/^image-twice\.yaml:1:1: warning: Key "image" is repeated/);
    // A rule without findings on a file is a passing testcase.
    expect(testcase("image-twice.yaml", "plaintext-credential").children).toEqual([]);
    expect(out).not.toContain("sk-chart-literal-0001");
  });

  it("turns warnings into failures with --fail-on warning", async () => {
    const root = parseXml((await lint(["--format", "junit", "--fail-on", "warning"])).out);
    const duplicate = all(root, "testcase").find((entry) => entry.attributes.name === "duplicate-key" && entry.attributes.classname === "image-twice.yaml")!;
    expect(all(duplicate, "failure").map((failure) => failure.attributes.type)).toEqual(["warning"]);
    // Notes are no failures: of codemie-ignored-env's findings only the warning (an unread budget id) is one.
    const ignored = all(root, "testcase").find((entry) => entry.attributes.name === "codemie-ignored-env" && all(entry, "system-out").length > 0)!;
    expect(all(ignored, "failure").map((failure) => failure.attributes.type)).toEqual(["warning"]);
    expect(all(ignored, "system-out").map((out) => out.text).join("")).toContain("DEFAULT_SOFT_BUDGET_LIMIT is not read");
  });

  it("escapes what XML cannot hold", () => {
    expect(parseXml(`<a b="${xmlAttribute('x"<&>\n\u0001y')}">${xmlText("1 < 2 && ]]> \u0000")}</a>`)).toEqual({ name: "a", attributes: { b: 'x"<&>\n\uFFFDy' }, children: [], text: "1 < 2 && ]]> \uFFFD" });
  });
});

describe("--format checkstyle", () => {
  it("lists each file's findings with line, column, severity, message and source", async () => {
    const { out } = await lint(["--format", "checkstyle"]);
    const root = parseXml(out);
    expect(root.name).toBe("checkstyle");
    expect(root.children.every((file) => file.name === "file" && file.children.every((error) => error.name === "error"))).toBe(true);
    const errors = all(root, "error");
    expect(new Set(errors.map((error) => error.attributes.severity))).toEqual(new Set(["error", "warning", "info"]));
    const credentials = root.children.find((file) => file.attributes.name === "literal-keys.yaml")!;
    expect(credentials.children[2]!.attributes).toEqual({ line: "6", column: "14", severity: "error", message: expect.stringMatching(/^The LiteLLM chart's litellm-helm\.masterkey is a literal/), source: "litellm-preflight.plaintext-credential" });
  });
});
