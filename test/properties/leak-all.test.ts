/**
 * No credential and no Secret value reaches any output, across every command, format, written file
 * and error path of the built CLI (dist/cli.js) and the bundled Action (dist/action.js).
 *
 * test/properties/live-leak.test.ts covers the live phase in-process (every fault of an echoing proxy, every
 * format on stdout). This file covers what it does not: literal keys written in values files and
 * manifests (flow, block and map style, a chart's `litellm.masterkey`, the environment's own key
 * committed by mistake), Secret objects (`data` as base64 and decoded, `stringData`; budget ids held
 * in Secrets, including a missing and an unrendered one), the files the CLI and the Action write
 * (`--sarif`, `-o`, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, the Action's SARIF), the other commands and
 * the error paths, and a live run of the built CLI and of the Action against the fake proxy with
 * `echoKeyInErrors`.
 *
 * Every secret below is distinctive; each is looked for raw, as its SHA-256 (what the live phase
 * puts in URLs), as base64 (how a Secret stores it) and by its last 8 characters (a partial mask).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { fixtureWithKeys, startFakeLiteLLM, type FakeLiteLLM, type FaultConfig } from "../../tools/fakes/litellm/server.ts";
import { runBundledAction, workspace } from "../support/action.ts";
import { runCli, scratch } from "../support/cli.ts";

const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** The environment's credentials (what the live phase presents). */
const ENV_MASTER = "sk-leakall-envmaster-Q7rT2xV9";
const ENV_APP = "sk-leakall-envapp-M3kP8wZ4";

/** Literal credentials written in the files under review. */
const LITERALS = {
  flowSk: "sk-leakall-literal-H6nB1cR5",
  flowPlain: "plainLeakallLiteral-J2dF7gK0",
  block: "blockLeakallLiteral-W8sL3qT6",
  mapStyle: "mapLeakallEnvVar-Z4xC6vB2",
  chartMasterkey: "chartLeakallMasterkey-E5yU9iO1",
  duplicateFirst: "dupLeakallFirst-A1b2C3d4",
  duplicateSecond: "dupLeakallSecond-D4e5F6g7",
  manifestLiteral: "manifestLiteralLeakall-N5mJ7hG3",
  budgetsConfigKey: "sk-leakall-budgetscfg-I2oP4aS6",
  // A key pasted into the budget-id variable: quoted by messages and the budget-id list, masked there too.
  pastedBudgetId: "sk-leakall-pastedbudget-X9w8V7u6",
};

/** Values held in Secrets: data (stored base64) and stringData. */
const SECRET_VALUES = {
  budgetId: "prod-budget-leakall-Y7uI6oP5",
  paddedBudget: " leakallPaddedBudget-R5t6Y7u8 ",
  appKey: "sk-leakall-secretdata-R4eW3qA2",
  masterKey: "sk-leakall-secretmaster-V1cX2zL3",
  envFromBudget: "envfromLeakallBudget-G5hJ6kL7",
  envFromKey: "sk-leakall-envfrom-U8iO9pQ0",
  stringDataNote: "stringDataLeakall-T6yH5gF4",
  valuesSecretData: "valuesSecretDataLeakall-S3dF4gH5",
  valuesStringData: "valuesStringDataLeakall-K8jL9mN0",
};

const ALL_SECRETS = [ENV_MASTER, ENV_APP, ...Object.values(LITERALS), ...Object.values(SECRET_VALUES)];

/** Every form a secret may take in an output. */
const FORBIDDEN: { secret: string; form: string; text: string }[] = ALL_SECRETS.flatMap((secret) => [
  { secret, form: "raw", text: secret },
  { secret, form: "sha256", text: sha256(secret) },
  { secret, form: "base64", text: b64(secret) },
  { secret, form: "last 8 characters", text: secret.slice(-8) },
]);

function leaks(text: string): string[] {
  return FORBIDDEN.filter(({ text: forbidden }) => text.includes(forbidden)).map(({ secret, form }) => `${form} of ${secret}`);
}

const VALUES = `image: {tag: "2.20.1"}
extraEnv:
  - {name: LITELLM_BUDGET_ID, value: prod-budget}
  - {name: LITE_LLM_MASTER_KEY, value: ${LITERALS.flowSk}}
  - {name: LITELLM_API_KEY, value: ${LITERALS.flowPlain}}
  - name: LITE_LLM_APP_KEY
    value: ${LITERALS.block}
  - {name: PROXY_MASTER_KEY, value: "${ENV_MASTER}"}
  - {name: DB_PASSWORD, value: ${LITERALS.duplicateFirst}}
  - {name: DB_PASSWORD, value: ${LITERALS.duplicateSecond}}
  - {name: LITELLM_SALT_KEY, value: true}
envVars:
  LITELLM_MASTER_KEY: ${LITERALS.mapStyle}
litellm:
  masterkey: ${LITERALS.chartMasterkey}
extraObjects:
  - apiVersion: v1
    kind: Secret
    metadata: {name: values-secret}
    data: {token: ${b64(SECRET_VALUES.valuesSecretData)}}
    stringData: {other: ${SECRET_VALUES.valuesStringData}}
`;

const container = (name: string, env: string[], extra: string[] = []) =>
  [`        - name: ${name}`, "          image: registry.example.com/codemie:2.20.1", ...extra, "          env:", ...env.map((line) => `            ${line}`)].join("\n");

const deployment = (name: string, body: string) =>
  `# Source: codemie/templates/${name}.yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ${name}}\nspec:\n  template:\n    spec:\n      containers:\n${body}\n`;

const MANIFESTS = [
  `# Source: codemie/templates/secret.yaml
apiVersion: v1
kind: Secret
metadata: {name: budget-secret}
type: Opaque
data:
  id: ${b64(SECRET_VALUES.budgetId)}
  padded: ${b64(SECRET_VALUES.paddedBudget)}
stringData:
  note: ${SECRET_VALUES.stringDataNote}
`,
  `apiVersion: v1
kind: Secret
metadata: {name: litellm-integration}
data:
  litellm-app-key: ${b64(SECRET_VALUES.appKey)}
  litellm-master-key: ${b64(SECRET_VALUES.masterKey)}
`,
  `apiVersion: v1
kind: Secret
metadata: {name: envfrom-secret}
stringData:
  LITELLM_BUDGET_ID: ${SECRET_VALUES.envFromBudget}
  LITE_LLM_MASTER_KEY: ${SECRET_VALUES.envFromKey}
`,
  deployment(
    "codemie-api",
    container("api", [
      "- name: LITELLM_BUDGET_ID",
      "  valueFrom: {secretKeyRef: {name: budget-secret, key: id}}",
      "- name: LITE_LLM_APP_KEY",
      "  valueFrom: {secretKeyRef: {name: litellm-integration, key: litellm-app-key}}",
      "- name: LITE_LLM_MASTER_KEY",
      "  valueFrom: {secretKeyRef: {name: litellm-integration, key: litellm-master-key}}",
      `- {name: LITELLM_MASTER_KEY, value: ${LITERALS.manifestLiteral}}`,
    ]),
  ),
  deployment("codemie-worker", container("worker", ["- {name: LLM_PROXY_ENABLED, value: \"true\"}"], ["          envFrom:", "            - secretRef: {name: envfrom-secret}"])),
  deployment("codemie-padded", container("padded", ["- name: LITELLM_BUDGET_ID", "  valueFrom: {secretKeyRef: {name: budget-secret, key: padded}}"])),
  deployment("codemie-pasted", container("pasted", [`- {name: LITELLM_BUDGET_ID, value: ${LITERALS.pastedBudgetId}}`])),
].join("---\n");

const BUDGETS_CONFIG = `budgets:
  - budget_id: platform-budget
    budget_category: platform
    max_budget: 100
    api_key: ${LITERALS.budgetsConfigKey}
`;

const KEY_ENV = { LITELLM_MASTER_KEY: ENV_MASTER, LITELLM_API_KEY: ENV_APP };

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A scratch directory with the inputs and an empty config (every rule on). */
function inputsDir(): string {
  const dir = scratch({ "values.yaml": VALUES, "manifests.yaml": MANIFESTS, "budgets-config.yaml": BUDGETS_CONFIG, ".litellm-preflight.yaml": "{}\n" });
  dirs.push(dir);
  return dir;
}

const INPUT_FILES = new Set(["values.yaml", "manifests.yaml", "budgets-config.yaml", ".litellm-preflight.yaml"]);

/** Every file in `dir` (recursively) that is not one of the inputs: what a run wrote. */
function writtenFiles(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (at: string) => {
    for (const entry of readdirSync(at)) {
      const path = join(at, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (!INPUT_FILES.has(relative(dir, path))) out.set(relative(dir, path), readFileSync(path, "utf8"));
    }
  };
  walk(dir);
  return out;
}

interface Outputs {
  [where: string]: string;
}

function expectNoLeak(outputs: Outputs): void {
  const found: string[] = [];
  for (const [where, text] of Object.entries(outputs)) for (const leak of leaks(text)) found.push(`${where}: ${leak}`);
  expect(found.join("\n")).toBe("");
}

const INPUT_ARGS = ["lint", "values.yaml", "-m", "manifests.yaml", "--budgets-config", "budgets-config.yaml"];

/** One CLI run in a fresh inputs directory; stdout, stderr and every file it wrote. */
async function cliOutputs(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; outputs: Outputs }> {
  const dir = inputsDir();
  const run = await runCli(args, { cwd: dir, env: { ...KEY_ENV, ...env }, timeoutMs: 30_000 });
  const outputs: Outputs = { stdout: run.stdout, stderr: run.stderr };
  for (const [file, text] of writtenFiles(dir)) outputs[file] = text;
  return { code: run.code, outputs };
}

describe("the test has teeth", () => {
  it("every secret is in the inputs, in the form the tool reads", () => {
    const inputs = VALUES + MANIFESTS + BUDGETS_CONFIG;
    for (const secret of [...Object.values(LITERALS), ENV_MASTER]) expect(inputs).toContain(secret);
    for (const secret of [SECRET_VALUES.budgetId, SECRET_VALUES.paddedBudget, SECRET_VALUES.appKey, SECRET_VALUES.masterKey, SECRET_VALUES.valuesSecretData]) expect(inputs).toContain(b64(secret));
    for (const secret of [SECRET_VALUES.envFromBudget, SECRET_VALUES.envFromKey, SECRET_VALUES.stringDataNote, SECRET_VALUES.valuesStringData]) expect(inputs).toContain(secret);
    expect(leaks(inputs).length).toBeGreaterThan(ALL_SECRETS.length - 3);
  });

  it("the lint reads them: findings on the secret-bearing lines, Secret-held budget ids reported as (secret)", async () => {
    const { code, outputs } = await cliOutputs([...INPUT_ARGS, "--format", "json"]);
    expect(code).toBe(1);
    const report = JSON.parse(outputs.stdout!) as { findings: { ruleId: string; location: { file: string; line: number } }[]; budgetIds: { id: string; source: string }[] };
    const credentialLines = report.findings.filter((finding) => finding.ruleId === "plaintext-credential").map((finding) => `${finding.location.file}:${finding.location.line}`);
    // flow sk-, flow plain, block, the env key itself, map style, the chart's masterkey, the manifest literal.
    expect(credentialLines).toEqual(expect.arrayContaining(["values.yaml:4", "values.yaml:5", "values.yaml:7", "values.yaml:8", "values.yaml:13", "values.yaml:15"]));
    expect(credentialLines.some((line) => line.startsWith("manifests.yaml:"))).toBe(true);
    expect(report.findings.some((finding) => finding.ruleId === "env-duplicate" && finding.location.line === 9)).toBe(true);
    expect(report.budgetIds.filter((budget) => budget.source === "manifest").map((budget) => budget.id)).toContain("(secret)");
    // The pasted key is a budget id of its own, and messages compare it with the others.
    expect(report.budgetIds.map((budget) => budget.id)).toContain("sk-****");
    expect(report.findings.some((finding) => finding.ruleId === "budget-id-mismatch" && (finding as unknown as { message: string }).message.includes('"sk-****"'))).toBe(true);
  });
});

describe("offline: every format and written file", () => {
  const runs: [string, string[], Record<string, string>?][] = [
    ["stylish", ["--format", "stylish"]],
    ["stylish, errors only", ["--format", "stylish", "-q"]],
    ["stylish in colour", ["--format", "stylish", "--color"]],
    ["json", ["--format", "json"]],
    ["sarif on stdout", ["--format", "sarif"]],
    ["github annotations and the job summary", ["--format", "github"], { GITHUB_STEP_SUMMARY: "summary.md" }],
    ["--sarif FILE and -o FILE", ["--format", "json", "--sarif", "report.sarif", "-o", "report.json"]],
    ["github to -o FILE with --sarif FILE", ["--format", "github", "--sarif", "github.sarif", "-o", "annotations.txt"], { GITHUB_STEP_SUMMARY: "summary.md" }],
    ["--offline with a URL given", ["--format", "json", "--offline", "--litellm-url", "http://127.0.0.1:9"]],
    ["--max-warnings 0", ["--format", "stylish", "--max-warnings", "0"]],
  ];
  it.each(runs)("%s", async (_name, args, env = {}) => {
    const { code, outputs } = await cliOutputs([...INPUT_ARGS, ...args], env);
    expect(code).toBe(1);
    expect(outputs.stdout!.length + Object.keys(outputs).length).toBeGreaterThan(2);
    if (env.GITHUB_STEP_SUMMARY) expect(outputs["summary.md"]).toMatch(/litellm-preflight/);
    expectNoLeak(outputs);
  });
});

describe("other commands and error paths, with the keys in the environment", () => {
  const runs: [string, string[], RegExp][] = [
    ["rules", ["rules"], /plaintext-credential/],
    ["rules --format json", ["rules", "--format", "json"], /plaintext-credential/],
    ["--help", ["--help"], /--litellm-url/],
    ["lint --help", ["lint", "--help"], /--litellm-url/],
    ["--version", ["--version"], /\d+\.\d+\.\d+/],
    ["a missing values file", ["lint", "missing.yaml", "-m", "manifests.yaml"], /no such file/],
    ["a bad --set next to the inputs", [...INPUT_ARGS, "--set", `extraEnv[0].value=${LITERALS.flowSk},{x`], /has no value/],
    ["a --set conflicting with the values", [...INPUT_ARGS, "--set", `image=${LITERALS.flowPlain}`, "--set", "image.tag.x=1"], /interface conversion|unable to parse/],
    ["a bad --litellm-url", [...INPUT_ARGS, "--litellm-url", `ftp://litellm.example.com/${ENV_MASTER}`], /must be an http/],
    ["a bad --timeout", [...INPUT_ARGS, "--litellm-url", "http://127.0.0.1:9", "--timeout", "soon"], /--timeout/],
    ["an unknown --format", [...INPUT_ARGS, "--format", "xml"], /--format must be one of/],
    ["a --sarif path that cannot be written", [...INPUT_ARGS, "--sarif", "values.yaml/x.sarif"], /cannot write/],
    ["a GITHUB_STEP_SUMMARY that cannot be written", [...INPUT_ARGS, "--format", "github"], /cannot append/],
  ];
  it.each(runs)("%s", async (name, args, expected) => {
    const env: Record<string, string> = name.startsWith("a GITHUB_STEP_SUMMARY") ? { GITHUB_STEP_SUMMARY: "values.yaml/summary.md" } : {};
    const { outputs } = await cliOutputs(args, env);
    expect(outputs.stdout! + outputs.stderr!).toMatch(expected);
    expectNoLeak(outputs);
  });

  it("a config file that does not parse", async () => {
    const dir = inputsDir();
    writeFileSync(join(dir, ".litellm-preflight.yaml"), "rules:\n  plaintext-credential: [error\n");
    const run = await runCli(INPUT_ARGS, { cwd: dir, env: KEY_ENV });
    expect(run.code).toBe(2);
    expectNoLeak({ stdout: run.stdout, stderr: run.stderr });
  });
});

// ---------------------------------------------------------------------------------------------
// Live: the built CLI and the Action against the fake proxy

const servers: FakeLiteLLM[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function fake(faults?: FaultConfig, state = fixtureWithKeys("demo", { master: ENV_MASTER, app: ENV_APP })): Promise<FakeLiteLLM> {
  const server = await startFakeLiteLLM({ state, ...(faults ? { faults } : {}) });
  servers.push(server);
  return server;
}

const ECHO: FaultConfig = { global: { echoKeyInErrors: true } };

const LIVE: [string, FaultConfig | undefined, Record<string, string>, string[]][] = [
  ["a healthy proxy: the Secret-held budget ids do not exist there", undefined, {}, []],
  ["an echoing proxy answering 500 to the management calls", { global: { echoKeyInErrors: true }, routes: { "/budget/info": { status: 500 }, "/key/info": { status: 500 } } }, {}, []],
  ["an echoing proxy, a wrong master key (401)", ECHO, { LITELLM_MASTER_KEY: "sk-leakall-wrongmaster-C9vB8nM7" }, []],
  ["an echoing proxy, the integration key alone", ECHO, { LITELLM_MASTER_KEY: "" }, []],
  ["an echoing proxy, the key by alias", ECHO, { LITELLM_API_KEY: "" }, ["--key-alias", "codemie-back"]],
  ["an echoing proxy, malformed JSON and a hang (timeout)", { global: { echoKeyInErrors: true }, routes: { "/budget/info": { malformedJson: true }, "/key/info": { hang: true } } }, {}, ["--timeout", "1500"]],
];

describe("live, built CLI: stdout, stderr, --sarif, -o and the job summary", () => {
  beforeAll(() => {
    FORBIDDEN.push({ secret: "sk-leakall-wrongmaster-C9vB8nM7", form: "raw", text: "sk-leakall-wrongmaster-C9vB8nM7" }, { secret: "sk-leakall-wrongmaster-C9vB8nM7", form: "sha256", text: sha256("sk-leakall-wrongmaster-C9vB8nM7") });
  });

  it.each(LIVE)("%s", async (_name, faults, env, args) => {
    const server = await fake(faults);
    const live = ["--litellm-url", server.url, ...args];
    const github = await cliOutputs([...INPUT_ARGS, ...live, "--format", "github", "--sarif", "live.sarif", "-o", "annotations.txt"], { ...env, GITHUB_STEP_SUMMARY: "summary.md" });
    expect(github.outputs["annotations.txt"]).toMatch(/^::(error|warning|notice) /m);
    expect(github.outputs["summary.md"]).toMatch(/Live checks|live/i);
    expectNoLeak(github.outputs);
    for (const format of ["stylish", "json"]) {
      const { outputs } = await cliOutputs([...INPUT_ARGS, ...live, "--format", format], env);
      expectNoLeak(outputs);
    }
    expect(server.requests.length).toBeGreaterThan(0);
  }, 60_000);

  it("the fake proxy really echoes the presented key (the echo scenarios have teeth)", async () => {
    const server = await fake({ global: { echoKeyInErrors: true }, routes: { "/budget/info": { status: 500 } } });
    const response = await fetch(`${server.url}/budget/info`, { method: "POST", headers: { authorization: `Bearer ${ENV_MASTER}`, "content-type": "application/json" }, body: '{"budgets":["x"]}' });
    expect(await response.text()).toContain(ENV_MASTER);
  });

  it("the Secret-held budget ids were checked live (sent to the proxy, never printed)", async () => {
    const server = await fake();
    const { outputs } = await cliOutputs([...INPUT_ARGS, "--litellm-url", server.url, "--format", "json"]);
    const bodies = server.requests.map((request) => request.body).join("\n");
    expect(bodies).toContain(SECRET_VALUES.budgetId);
    const report = JSON.parse(outputs.stdout!) as { findings: { ruleId: string; message: string }[] };
    expect(report.findings.some((finding) => finding.ruleId === "litellm-budget-exists")).toBe(true);
    expectNoLeak(outputs);
  });
});

describe("the bundled Action", () => {
  function actionWorkspace(): string {
    const dir = workspace({ "values.yaml": VALUES, "manifests.yaml": MANIFESTS, ".litellm-preflight.yaml": "{}\n" });
    dirs.push(dir);
    return dir;
  }

  /** Everything the step shows or leaves behind; `::add-mask::` lines are the masks themselves. */
  function actionOutputs(run: Awaited<ReturnType<typeof runBundledAction>>): Outputs {
    const outputs: Outputs = {
      stdout: run.stdout
        .split("\n")
        .filter((line) => !line.startsWith("::add-mask::"))
        .join("\n"),
      stderr: run.stderr,
      GITHUB_STEP_SUMMARY: run.summary,
    };
    for (const [name, value] of Object.entries(run.outputs)) outputs[`GITHUB_OUTPUT ${name}`] = value;
    for (const [file, text] of writtenFiles(run.workspace)) outputs[file] = text;
    return outputs;
  }

  it.each(LIVE.slice(0, 3))("live, %s", async (_name, faults, env) => {
    const server = await fake(faults);
    const dir = actionWorkspace();
    const run = await runBundledAction(dir, { values: "values.yaml", manifests: "manifests.yaml", set: `customEnv[0].name=LITE_LLM_APP_KEY\ncustomEnv[0].value=${LITERALS.flowPlain}`, "litellm-url": server.url }, { ...KEY_ENV, ...env });
    expect(run.code).toBe(1);
    expect(run.outputs["sarif-file"]).toMatch(/litellm-preflight\.sarif$/);
    // The keys that reached the environment are masked before anything else is printed.
    const masks = run.stdout.split("\n").filter((line) => line.startsWith("::add-mask::"));
    expect(masks.length).toBeGreaterThan(0);
    expect(run.stdout.indexOf("::add-mask::")).toBe(0);
    expectNoLeak(actionOutputs(run));
  }, 60_000);

  it("offline, and an input error", async () => {
    const offline = await runBundledAction(actionWorkspace(), { values: "values.yaml", manifests: "manifests.yaml", offline: "true" }, KEY_ENV);
    expect(offline.code).toBe(1);
    expectNoLeak(actionOutputs(offline));
    const broken = await runBundledAction(actionWorkspace(), { values: "values.yaml\nmissing.yaml", "fail-on": "warning" }, KEY_ENV);
    expect(broken.code).toBe(2);
    expect(broken.stdout).toMatch(/cannot read values file missing\.yaml/);
    expectNoLeak(actionOutputs(broken));
  }, 60_000);
});

// ---------------------------------------------------------------------------------------------
// Leaks found by this suite, fixed since

describe("parts of a Secret-held budget id in budget-id-invalid messages", () => {
  const PLACEHOLDER = "%%LEAKALL_PLACEHOLDER_B3nM2v%%";
  const REFERENCE = "LEAKALL_REF_Q1w2E3r4";
  beforeAll(() => {
    for (const secret of [PLACEHOLDER, REFERENCE]) FORBIDDEN.push({ secret, form: "raw", text: secret });
  });

  // The id itself is reported as "(secret)", but the `placeholder` and `undefinedReference` messages
  // of rules/budget-id-invalid.ts quote the matched part of the value: `LITELLM_BUDGET_ID "(secret)"
  // still holds the placeholder %%LEAKALL_PLACEHOLDER_B3nM2v%%` and `… references
  // $(LEAKALL_REF_Q1w2E3r4), which is not defined before it`: in stylish, JSON, SARIF and the summary.
  it("a placeholder or $(reference) inside a Secret value is not quoted", async () => {
    const dir = inputsDir();
    const secret = `apiVersion: v1\nkind: Secret\nmetadata: {name: ids}\ndata:\n  a: ${b64(`prefix-${PLACEHOLDER}`)}\n  b: ${b64(`prefix-$(${REFERENCE})`)}\n`;
    const ref = (key: string) => ["- name: LITELLM_BUDGET_ID", `  valueFrom: {secretKeyRef: {name: ids, key: ${key}}}`];
    writeFileSync(join(dir, "ids.yaml"), [secret, deployment("a", container("a", ref("a"))), deployment("b", container("b", ref("b")))].join("---\n"));
    const outputs: Outputs = {};
    for (const format of ["stylish", "json", "sarif"]) {
      const run = await runCli(["lint", "-m", "ids.yaml", "--format", format], { cwd: dir, env: KEY_ENV });
      expect(run.stdout).toMatch(/budget-id-invalid/);
      outputs[format] = run.stdout + run.stderr;
    }
    expectNoLeak(outputs);
  });
});

describe("--set and --set-string values in stylish snippets", () => {
  const SET_PLAIN = "setLeakallLiteral-F3gH4jK5";
  const SET_SK = "sk-leakall-setflag-L6zX7cV8";
  const SET_TOKEN = "setLeakallToken-B9nM1qW2";
  beforeAll(() => {
    for (const secret of [SET_PLAIN, SET_SK, SET_TOKEN]) FORBIDDEN.push({ secret, form: "raw", text: secret }, { secret, form: "last 8 characters", text: secret.slice(-8) });
  });

  // The code frame of a finding masks the finding's own range, sk-/pk- shaped tokens and `*_key:`
  // style pairs (src/core/snippet.ts), nothing else on the line. A `--set` argument is one line: in
  // the frame of the LITELLM_API_KEY finding, the MY_TOKEN value assigned in the same argument is
  // printed in clear (`extraEnv[2].value=setLeakallToken-B9nM1qW2`). The same happens to any
  // secret-named value that shares a line with a finding (a one-line JSON values file). JSON, SARIF
  // and GitHub output carry no snippets and are not affected.
  it("secret-named values given with --set / --set-string are masked in every stylish code frame", async () => {
    const { outputs } = await cliOutputs(
      [
        "lint",
        "values.yaml",
        "--set-string",
        `extraEnv[0].name=LITE_LLM_MASTER_KEY,extraEnv[0].value=${SET_PLAIN}`,
        "--set",
        `extraEnv[1].name=LITELLM_API_KEY,extraEnv[1].value=${SET_SK},extraEnv[2].name=MY_TOKEN,extraEnv[2].value=${SET_TOKEN},extraEnv[3].name=MY_TOKEN,extraEnv[3].value=x`,
        "--format",
        "stylish",
      ],
      {},
    );
    expect(outputs.stdout).toMatch(/plaintext-credential/);
    expectNoLeak(outputs);
  });

  it("JSON output of the same run carries none of them", async () => {
    const { outputs } = await cliOutputs([
      "lint",
      "values.yaml",
      "--set-string",
      `extraEnv[0].name=LITE_LLM_MASTER_KEY,extraEnv[0].value=${SET_PLAIN}`,
      "--set",
      `extraEnv[1].name=LITELLM_API_KEY,extraEnv[1].value=${SET_SK}`,
      "--format",
      "json",
    ]);
    expect(outputs.stdout).toMatch(/plaintext-credential/);
    expectNoLeak(outputs);
  });
});

describe("a text that does not parse shows no line of what may be a Secret", () => {
  const HIDDEN = ["brokenSecretLeakall-C9vB8nM7", "brokenValuesSecretLeakall-X2cV3bN4", "nextLineKeyLeakall-Q1wE2rT3"];
  const dir = scratch({
    "secret.yaml": `apiVersion: v1\nkind: Secret\nmetadata: {name: s}\nstringData:\n  plain: ${HIDDEN[0]}: x\n`,
    "extra-objects.yaml": `extraObjects:\n  - apiVersion: v1\n    kind: "Secret"\n    metadata: {name: s}\n    stringData:\n      plain: ${HIDDEN[1]}: x\n`,
    "key-below-name.yaml": `extraEnv:\n  - name: LITELLM_MASTER_KEY\n    value: ${HIDDEN[2]}: x\n`,
    "configmap.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  plain: shown: x\n",
  });

  it.each([["-m", "secret.yaml"], ["extra-objects.yaml"], ["key-below-name.yaml"]])("lint %s %s: the error is placed, its line not shown", async (...args) => {
    const run = await runCli(["lint", ...args], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/\d+:\d+ +error .*yaml-syntax/);
    for (const secret of HIDDEN) expect(`${run.stdout}${run.stderr}`).not.toContain(secret);
  });

  it("the post-renderer, whose report helm copies into its error, shows none either; a ConfigMap's line is shown", async () => {
    const stream = readFileSync(join(dir, "secret.yaml"), "utf8");
    const run = await runCli(["post-render"], { cwd: dir, stdin: stream });
    expect(run.stderr).toMatch(/yaml-syntax/);
    expect(run.stderr).not.toContain(HIDDEN[0]);
    const configMap = await runCli(["lint", "-m", "configmap.yaml"], { cwd: dir });
    expect(configMap.stdout).toContain("plain: shown: x");
  });
});
