/**
 * Cluster lookups through the real @kubernetes/client-node talking HTTP to a fake API server on
 * loopback, with a kubeconfig written by the test: found and missing objects and keys, RBAC 403,
 * rejected credentials, an unreachable or silent cluster (bounded, exit 2), --compare-release and
 * --master-key-secret (whose value must never reach the output).
 */
import { createServer, type AddressInfo } from "node:net";
import { delimiter, dirname, join } from "node:path";
import { helmBinary } from "../../tools/helm.ts";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.ts";
import { decodeRelease, newestRelease } from "../../src/io/helm-release.ts";
import { encodeRelease, helmReleaseConfigMaps, helmReleaseSecret, startFakeKube, writeKubeconfig, type FakeKube, type FakeKubeOptions } from "../../tools/fakes/kube/server.ts";
import { readFixture, startFakeLiteLLM } from "../../tools/fakes/litellm/server.ts";
import { ROOT } from "../support/fixtures.ts";
import { capturingIO, runCli as runBuiltCli, scratch } from "../support/cli.ts";

const TOKEN = "fake-token-7f3a";
const EXTERNAL = "fixtures/charts/rendered/external.yaml";
const servers: FakeKube[] = [];

afterEach(async () => {
  while (servers.length > 0) await servers.pop()!.close();
});

async function cluster(options: Partial<FakeKubeOptions> = {}): Promise<{ kube: FakeKube; kubeconfig: string }> {
  const kube = await startFakeKube({ token: TOKEN, ...options });
  servers.push(kube);
  const dir = scratch({});
  const kubeconfig = join(dir, "kubeconfig");
  writeKubeconfig(kubeconfig, kube.url, options.token ?? TOKEN, kube.ca);
  return { kube, kubeconfig };
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

async function lint(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const io = capturingIO(ROOT, { PATH: process.env.PATH ?? "", NO_COLOR: "1", HOME: "/nonexistent", ...env });
  const started = performance.now();
  const code = await runCli(["lint", ...args], io);
  return { code, stdout: io.out(), stderr: io.err(), ms: performance.now() - started };
}

function json(run: Run): { findings: { ruleId: string; message: string; location: { file: string; start: { line: number } } }[]; budgetIds: { id: string }[] } {
  return JSON.parse(run.stdout);
}

const SECRET_MANIFEST = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: codemie
spec:
  template:
    spec:
      containers:
        - name: api
          image: ghcr.io/example/api:1.0.0
          env:
            - name: LITELLM_BUDGET_ID
              valueFrom:
                secretKeyRef:
                  name: litellm-budget
                  key: budget-id
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: database
                  key: password
`;

const ENV_FROM_MANIFEST = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
spec:
  template:
    spec:
      containers:
        - name: worker
          image: ghcr.io/example/worker:1.0.0
          envFrom:
            - configMapRef:
                name: worker-env
`;

describe("references the inputs do not contain", () => {
  it("reads a ConfigMap once, in the context's namespace, and resolves the budget id as the pod sees it", async () => {
    const { kube, kubeconfig } = await cluster({ configMaps: { "codemie/codemie-budget": { LITELLM_BUDGET_ID: "prod-budget", LITE_LLM_URL: "http://litellm.litellm:4000" } } });
    const run = await lint(["-m", EXTERNAL, "--kubeconfig", kubeconfig, "--format", "json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(json(run).budgetIds.map((budget) => budget.id)).toEqual(["prod-budget"]);
    expect(json(run).findings.filter((finding) => finding.ruleId === "budget-id-invalid")).toEqual([]);
    expect(kube.requests.map((request) => `${request.method} ${request.path}`)).toEqual(["GET /api/v1/namespaces/codemie/configmaps/codemie-budget"]);
    expect(kube.requests.every((request) => request.authorized)).toBe(true);
  });

  it("uses --namespace over the context's namespace, and --kube-context to pick a context", async () => {
    const { kube, kubeconfig } = await cluster({ configMaps: { "platform/codemie-budget": { LITELLM_BUDGET_ID: "platform-budget" } } });
    const run = await lint(["-m", EXTERNAL, "--kubeconfig", kubeconfig, "--kube-context", "other", "--namespace", "platform", "--format", "json"]);
    expect(json(run).budgetIds.map((budget) => budget.id)).toEqual(["platform-budget"]);
    expect(kube.requests.map((request) => request.path)).toEqual(["/api/v1/namespaces/platform/configmaps/codemie-budget"]);
  });

  it("reports a missing object with its namespace and name as budget-id-invalid", async () => {
    const { kubeconfig } = await cluster({ configMaps: {} });
    const run = await lint(["-m", EXTERNAL, "--kubeconfig", kubeconfig, "--format", "json"]);
    expect(run.code).toBe(1);
    const messages = json(run).findings.filter((finding) => finding.ruleId === "budget-id-invalid").map((finding) => finding.message);
    expect(messages).toEqual([
      'LITELLM_BUDGET_ID cannot be resolved: ConfigMap "codemie-budget" is not in the manifests, and the cluster has no ConfigMap "codemie/codemie-budget"',
    ]);
  });

  it("reports a missing key with the object's namespace and name", async () => {
    const { kubeconfig } = await cluster({ configMaps: { "codemie/codemie-budget": { OTHER: "x" } } });
    const run = await lint(["-m", EXTERNAL, "--kubeconfig", kubeconfig, "--format", "json"]);
    const messages = json(run).findings.filter((finding) => finding.ruleId === "budget-id-invalid").map((finding) => finding.message);
    expect(messages).toEqual(['LITELLM_BUDGET_ID cannot be resolved: ConfigMap "codemie/codemie-budget" in the cluster has no key "LITELLM_BUDGET_ID"']);
  });

  it("reads only what may carry the budget id, keeps Secret values out of the output, and points at the reference", async () => {
    const dir = scratch({ "deploy.yaml": SECRET_MANIFEST });
    const { kube, kubeconfig } = await cluster({ secrets: { "codemie/litellm-budget": { data: { "budget-id": "  secret-budget-41  " } }, "codemie/database": { data: { password: "hunter2" } } } });
    const run = await lint(["-m", join(dir, "deploy.yaml"), "--kubeconfig", kubeconfig]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('LITELLM_BUDGET_ID "(secret)" has leading or trailing white space');
    expect(run.stdout).toContain('Budget id "(secret)" from manifest');
    expect(run.stdout).not.toContain("secret-budget-41");
    expect(run.stdout).not.toContain("hunter2");
    // The finding is at the env entry's reference in the manifest (line 13), not in the cluster.
    expect(run.stdout).toMatch(/\n {2}13:15 +error/);
    expect(kube.requests.map((request) => request.path)).toEqual(["/api/v1/namespaces/codemie/secrets/litellm-budget"]);
  });

  it("reads envFrom sources where the budget id is not set by env", async () => {
    const dir = scratch({ "worker.yaml": ENV_FROM_MANIFEST });
    const { kube, kubeconfig } = await cluster({ configMaps: { "codemie/worker-env": { LITELLM_BUDGET_ID: "worker-budget" } } });
    const run = await lint(["-m", join(dir, "worker.yaml"), "--kubeconfig", kubeconfig, "--format", "json"]);
    expect(json(run).budgetIds.map((budget) => budget.id)).toEqual(["worker-budget"]);
    expect(kube.requests).toHaveLength(1);
  });

  it("reports an envFrom source the cluster does not have, where the budget id may come from it", async () => {
    const dir = scratch({ "worker.yaml": ENV_FROM_MANIFEST });
    const { kubeconfig } = await cluster({ configMaps: {} });
    const run = await lint(["-m", join(dir, "worker.yaml"), "--kubeconfig", kubeconfig, "--format", "json"]);
    expect(run.code).toBe(1);
    const invalid = json(run).findings.filter((finding) => finding.ruleId === "budget-id-invalid");
    expect(invalid.map((finding) => finding.message)).toEqual([
      'the budget id may come from envFrom ConfigMap "worker-env", which cannot be resolved: ConfigMap "worker-env" is not in the manifests, and the cluster has no ConfigMap "codemie/worker-env"',
    ]);
  });

  it("turns RBAC 403 into an unresolved reference naming the permission, not a crash", async () => {
    const dir = scratch({ "deploy.yaml": SECRET_MANIFEST });
    const { kubeconfig } = await cluster({ forbidden: ["secrets:codemie"] });
    const run = await lint(["-m", join(dir, "deploy.yaml"), "--kubeconfig", kubeconfig, "--format", "json"]);
    expect(run.code).toBe(1);
    const messages = json(run).findings.filter((finding) => finding.ruleId === "budget-id-invalid").map((finding) => finding.message);
    expect(messages).toEqual([
      'LITELLM_BUDGET_ID cannot be resolved: Secret "litellm-budget" is not in the manifests, and Secret "codemie/litellm-budget" cannot be read from the cluster: the credentials may not get secrets in namespace "codemie" (RBAC)',
    ]);
  });

  it("does not call the cluster when nothing is missing", async () => {
    const { kube, kubeconfig } = await cluster();
    const run = await lint(["-m", "fixtures/charts/rendered/prod.yaml", "--kubeconfig", kubeconfig]);
    expect(run.code).toBe(0);
    expect(kube.requests).toEqual([]);
  });

  it("never touches a cluster without a cluster flag, even with KUBECONFIG set", async () => {
    const { kube, kubeconfig } = await cluster();
    const run = await lint(["-m", EXTERNAL, "--format", "json"], { KUBECONFIG: kubeconfig });
    expect(run.code).toBe(1);
    expect(kube.requests).toEqual([]);
  });

  it("uses KUBECONFIG when a cluster flag asks for the cluster", async () => {
    const { kube, kubeconfig } = await cluster({ configMaps: { "codemie/codemie-budget": { LITELLM_BUDGET_ID: "prod-budget" } } });
    const run = await lint(["-m", EXTERNAL, "--kube-context", "fake", "--format", "json"], { KUBECONFIG: kubeconfig });
    expect(json(run).budgetIds.map((budget) => budget.id)).toEqual(["prod-budget"]);
    expect(kube.requests).toHaveLength(1);
  });

  it("--chart without -n renders in the namespace the cluster is read in (the context's), as helm install would", async () => {
    const dir = scratch({
      "chart/Chart.yaml": "apiVersion: v2\nname: ns\nversion: 0.1.0\n",
      "chart/templates/deploy.yaml":
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api, namespace: {{ .Release.Namespace }}}\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: x/api\n          env:\n            - name: LITELLM_BUDGET_ID\n              valueFrom: {configMapKeyRef: {name: budget, key: id}}\n",
    });
    const { kube, kubeconfig } = await cluster({ configMaps: { "team-ns/budget": { id: "team-budget" } } });
    writeKubeconfig(kubeconfig, kube.url, TOKEN, kube.ca, "team-ns");
    const run = await lint(["--chart", join(dir, "chart"), "--kubeconfig", kubeconfig, "--format", "json"], { PATH: `${dirname(helmBinary(3))}:${process.env.PATH ?? ""}` });
    expect(run.stderr).toBe("");
    expect(json(run).budgetIds.map((budget) => budget.id)).toEqual(["team-budget"]);
    expect(kube.requests.map((request) => request.path)).toEqual(["/api/v1/namespaces/team-ns/configmaps/budget"]);
  });

  it("merges several KUBECONFIG files as kubectl does: missing ones skipped, the first to name a cluster, user or context wins", async () => {
    const { kube, kubeconfig } = await cluster({ configMaps: { "codemie/codemie-budget": { LITELLM_BUDGET_ID: "prod-budget" } } });
    // The same names again, pointing at a port nothing listens on: kubectl keeps the first file's.
    const later = join(scratch({}), "kubeconfig");
    writeKubeconfig(later, "https://127.0.0.1:1", TOKEN, "");
    const missing = join(scratch({}), "missing");
    const run = await lint(["-m", EXTERNAL, "--kube-context", "fake", "--format", "json"], { KUBECONFIG: [missing, kubeconfig, later].join(delimiter) });
    expect(run.stderr).toBe("");
    expect(json(run).budgetIds.map((budget) => budget.id)).toEqual(["prod-budget"]);
    expect(kube.requests).toHaveLength(1);
  });
});

describe("a cluster that cannot be used ends the run with exit 2 and one line", () => {
  it("an answer larger than 64 MiB is cut off: exit 2, memory bounded", async () => {
    const { kubeconfig } = await cluster({ hugeBodyBytes: 200 * 1024 * 1024 });
    const run = await lint(["-m", EXTERNAL, "--kubeconfig", kubeconfig]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("the answer is larger than 64 MiB (a Kubernetes object is at most about 1 MiB)");
  });

  it("an answer that is no ConfigMap (a login page, 200): exit 2, not a key the ConfigMap lacks", async () => {
    const { kubeconfig } = await cluster({ html: true });
    const run = await lint(["-m", EXTERNAL, "--kubeconfig", kubeconfig]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^litellm-preflight: the Kubernetes API at https:\/\/127\.0\.0\.1:\d+ \(context "fake"\) answered the get of ConfigMap codemie\/codemie-budget with something that is not that ConfigMap\n$/);
  });

  it("unreachable: connection refused, quickly", async () => {
    const closed = await startFakeKube({ token: TOKEN });
    const url = closed.url;
    await closed.close();
    const kubeconfig = join(scratch({}), "kubeconfig");
    writeKubeconfig(kubeconfig, url, TOKEN, closed.ca);
    const run = await lint(["-m", EXTERNAL, "--kubeconfig", kubeconfig]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`litellm-preflight: cannot reach the Kubernetes API at ${url} (context "fake"): connection refused\n`);
    expect(run.ms).toBeLessThan(5000);
  });

  it("silent: bounded by --kube-timeout", async () => {
    const { kubeconfig } = await cluster({ hang: true });
    const run = await lint(["-m", EXTERNAL, "--kubeconfig", kubeconfig, "--kube-timeout", "400"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^litellm-preflight: no answer from the Kubernetes API at https:\/\/127\.0\.0\.1:\d+ \(context "fake"\) within 400 ms \(--kube-timeout\) while trying to get ConfigMap codemie\/codemie-budget\n$/);
    expect(run.ms).toBeLessThan(3000);
  });

  it("a server that takes the connection and never answers the TLS handshake: the CLI process ends at the deadline", async () => {
    const { kube } = await cluster();
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const server = `https://127.0.0.1:${(silent.address() as AddressInfo).port}`;
      const withCa = join(scratch({}), "kubeconfig");
      writeKubeconfig(withCa, server, TOKEN, kube.ca);
      // No TLS settings at all (a public CA and a token): the client uses no agent of its own.
      const plain = join(scratch({ kubeconfig: `apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster: {server: "${server}"}\nusers:\n- name: u\n  user: {token: ${TOKEN}}\ncontexts:\n- name: x\n  context: {cluster: c, user: u, namespace: codemie}\ncurrent-context: x\n` }), "kubeconfig");
      for (const kubeconfig of [withCa, plain]) {
        const started = performance.now();
        // The built CLI, as users run it: an unfinished connect must not keep the process alive (undici's own connect timeout is 10 s).
        const run = await runBuiltCli(["lint", "-m", EXTERNAL, "--kubeconfig", kubeconfig, "--kube-timeout", "500"], { cwd: ROOT, env: { PATH: process.env.PATH ?? "", HOME: "/nonexistent" }, timeoutMs: 30_000 });
        expect(run.code, kubeconfig).toBe(2);
        expect(run.stderr).toContain("within 500 ms (--kube-timeout)");
        expect(performance.now() - started).toBeLessThan(5000);
      }
    } finally {
      silent.close();
    }
  });

  it("rejected credentials (401)", async () => {
    const kube = await startFakeKube({ token: "another-token" });
    servers.push(kube);
    const kubeconfig = join(scratch({}), "kubeconfig");
    writeKubeconfig(kubeconfig, kube.url, TOKEN, kube.ca);
    const run = await lint(["-m", EXTERNAL, "--kubeconfig", kubeconfig]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("rejected the credentials (401)");
    expect(run.stderr).not.toContain(TOKEN);
  });

  it("bad flags and kubeconfigs are usage errors", async () => {
    const { kubeconfig } = await cluster();
    expect((await lint(["-m", EXTERNAL, "--kubeconfig", "nope.yaml"])).stderr).toBe("litellm-preflight: cannot read kubeconfig nope.yaml: no such file\n");
    // A device without end is refused at the size limit, not read into memory without bound.
    const zero = await lint(["-m", EXTERNAL, "--kubeconfig", "/dev/zero"]);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toBe("litellm-preflight: kubeconfig /dev/zero has more than 16777216 bytes (a kubeconfig is a few KiB)\n");
    expect((await lint(["-m", EXTERNAL, "--kubeconfig", kubeconfig, "--kube-context", "prod"])).stderr).toBe('litellm-preflight: --kube-context "prod" is not in the kubeconfig\n');
    expect((await lint(["-m", EXTERNAL, "--kubeconfig", kubeconfig, "--kube-timeout", "0"])).code).toBe(2);
    expect((await lint(["-m", EXTERNAL, "--master-key-secret", "litellm/masterkey"])).stderr).toContain("--master-key-secret takes NAMESPACE/NAME:KEY");
  });
});

describe("--compare-release", () => {
  const running = (budget: string) => `---
# Source: codemie-lite/templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: codemie-codemie-lite
spec:
  template:
    spec:
      containers:
        - name: api
          image: ghcr.io/example/codemie-api:2.23.0
          env:
            - name: LITELLM_BUDGET_ID
              value: ${budget}
            - name: LITE_LLM_URL
              value: http://litellm.litellm:4000
`;

  it("reads the newest deployed revision once and notes a changed budget id", async () => {
    const { kube, kubeconfig } = await cluster({
      secrets: Object.fromEntries([
        helmReleaseSecret("codemie", "codemie", 6, "superseded", running("old-budget")),
        helmReleaseSecret("codemie", "codemie", 7, "deployed", running("running-budget")),
        helmReleaseSecret("codemie", "codemie", 8, "failed", running("failed-budget")),
        helmReleaseSecret("other", "codemie", 9, "deployed", running("other-budget")),
      ]),
    });
    const run = await lint(["-m", "fixtures/charts/rendered/prod.yaml", "--kubeconfig", kubeconfig, "--compare-release", "codemie", "--format", "json"]);
    expect(run.stderr).toBe("");
    const changes = json(run).findings.filter((finding) => finding.ruleId === "budget-id-change");
    expect(changes.map((finding) => finding.message)).toEqual([
      'LITELLM_BUDGET_ID changes from "running-budget" to "prod-budget" compared with release codemie revision 7 (Deployment/codemie-codemie-lite container api)',
    ]);
    expect(changes[0]!.location.file).toBe("fixtures/charts/rendered/prod.yaml");
    expect(kube.requests.map((request) => `${request.method} ${request.path} ${request.labelSelector}`)).toEqual([
      "GET /api/v1/namespaces/codemie/secrets owner=helm,name=codemie,status=deployed",
    ]);
  });

  it("says so on stderr when the release has no deployed revision, and still lints", async () => {
    const { kubeconfig } = await cluster({ secrets: {} });
    const run = await lint(["-m", "fixtures/charts/rendered/prod.yaml", "--kubeconfig", kubeconfig, "--compare-release", "codemie"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("litellm-preflight: release codemie has no deployed revision in namespace codemie; nothing to compare\n");
  });

  it("exit 2 when the release Secrets cannot be listed", async () => {
    const { kubeconfig } = await cluster({ forbidden: ["secrets:codemie"] });
    const run = await lint(["-m", "fixtures/charts/rendered/prod.yaml", "--kubeconfig", kubeconfig, "--compare-release", "codemie"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('litellm-preflight: --compare-release: cannot list the release Secrets of codemie: the credentials may not list secrets in namespace "codemie" (RBAC)\n');
  });

  it("decodes Helm's encoding (base64 of gzip JSON) and picks the highest version", () => {
    const text = encodeRelease({ name: "r", namespace: "n", version: 3, info: { status: "deployed" }, manifest: "kind: ConfigMap\n" });
    expect(decodeRelease(text)).toEqual({ name: "r", namespace: "n", version: 3, status: "deployed", manifest: "kind: ConfigMap\n" });
    // Releases stored before Helm compressed them are base64 JSON without gzip.
    expect(decodeRelease(Buffer.from(JSON.stringify({ name: "r", version: 1, manifest: "m" })).toString("base64")).manifest).toBe("m");
    const secret = (version: number, type: string | undefined = "helm.sh/release.v1") => ({ name: `sh.helm.release.v1.r.v${version}`, labels: { version: String(version) }, type, release: "x" });
    expect(newestRelease([secret(2), secret(10), secret(11, "Opaque"), secret(9)], "r")?.name).toBe("sh.helm.release.v1.r.v10");
    // ConfigMaps (HELM_DRIVER=configmap) have no type.
    expect(newestRelease([secret(4, undefined), secret(5, undefined)], "r")?.name).toBe("sh.helm.release.v1.r.v5");
  });

  it("looks for the release where helm does: --namespace, else HELM_NAMESPACE, else the context's", async () => {
    const { kube, kubeconfig } = await cluster({ secrets: Object.fromEntries([helmReleaseSecret("codemie", "platform", 2, "deployed", running("platform-budget"))]) });
    const args = ["-m", "fixtures/charts/rendered/prod.yaml", "--kubeconfig", kubeconfig, "--compare-release", "codemie", "--format", "json"];
    const run = await lint(args, { HELM_NAMESPACE: "platform" });
    expect(json(run).findings.filter((finding) => finding.ruleId === "budget-id-change").map((finding) => finding.message)).toEqual([
      'LITELLM_BUDGET_ID changes from "platform-budget" to "prod-budget" compared with release codemie revision 2 (Deployment/codemie-codemie-lite container api)',
    ]);
    await lint([...args, "--namespace", "codemie"], { HELM_NAMESPACE: "platform" });
    await lint(args);
    expect(kube.requests.map((request) => request.path)).toEqual(["/api/v1/namespaces/platform/secrets", "/api/v1/namespaces/codemie/secrets", "/api/v1/namespaces/codemie/secrets"]);
    expect((await lint(args, { HELM_NAMESPACE: "Not_A_Namespace" })).stderr).toBe("litellm-preflight: HELM_NAMESPACE takes a Kubernetes namespace name\n");
  });

  it("reads the release from ConfigMaps when HELM_DRIVER=configmap, and refuses drivers outside the cluster", async () => {
    const { kube, kubeconfig } = await cluster(
      helmReleaseConfigMaps(["codemie", "codemie", 3, "superseded", running("old-budget")], ["codemie", "codemie", 4, "deployed", running("running-budget")]),
    );
    const args = ["-m", "fixtures/charts/rendered/prod.yaml", "--kubeconfig", kubeconfig, "--compare-release", "codemie", "--format", "json"];
    const run = await lint(args, { HELM_DRIVER: "configmap" });
    expect(run.stderr).toBe("");
    expect(json(run).findings.filter((finding) => finding.ruleId === "budget-id-change").map((finding) => finding.message)).toEqual([
      'LITELLM_BUDGET_ID changes from "running-budget" to "prod-budget" compared with release codemie revision 4 (Deployment/codemie-codemie-lite container api)',
    ]);
    expect(kube.requests.map((request) => `${request.method} ${request.path} ${request.labelSelector}`)).toEqual([
      "GET /api/v1/namespaces/codemie/configmaps owner=helm,name=codemie,status=deployed",
    ]);
    // The Secrets driver finds nothing there.
    expect((await lint(args)).stderr).toBe("litellm-preflight: release codemie has no deployed revision in namespace codemie; nothing to compare\n");
    const sql = await lint(args, { HELM_DRIVER: "sql" });
    expect(sql.code).toBe(2);
    expect(sql.stderr).toBe("litellm-preflight: --compare-release reads releases stored as Secrets or ConfigMaps, not HELM_DRIVER=sql\n");
    expect(kube.requests).toHaveLength(2);
  });
});

describe("--master-key-secret", () => {
  const KEY = "sk-master-4b1d-do-not-print";

  it("hands the key to the live checks instead of LITELLM_MASTER_KEY and never prints it", async () => {
    // The fake proxy accepts only KEY as the master key.
    const litellm = await startFakeLiteLLM({ state: { ...readFixture("demo"), masterKey: KEY } });
    try {
      const { kube, kubeconfig } = await cluster({ secrets: { "litellm/litellm-masterkey": { data: { masterkey: `${KEY}\n` } } } });
      for (const format of ["stylish", "json"]) {
        const run = await lint(["-m", "fixtures/charts/rendered/prod.yaml", "--kubeconfig", kubeconfig, "--master-key-secret", "litellm/litellm-masterkey:masterkey", "--litellm-url", litellm.url, "--format", format], { LITELLM_MASTER_KEY: "sk-from-env" });
        expect(run.stdout + run.stderr).not.toContain(KEY);
        expect(run.stdout + run.stderr).not.toContain("sk-from-env");
        if (format === "json") expect(JSON.parse(run.stdout).live.status).not.toBe("skipped");
      }
      const headers = litellm.requests.map((request) => JSON.stringify(request.headers));
      expect(headers.some((text) => text.includes(KEY))).toBe(true);
      expect(headers.some((text) => text.includes("sk-from-env"))).toBe(false);
      expect(kube.requests.map((request) => request.path)).toEqual(["/api/v1/namespaces/litellm/secrets/litellm-masterkey", "/api/v1/namespaces/litellm/secrets/litellm-masterkey"]);
    } finally {
      await litellm.close();
    }
  });

  it("is not read when live checks do not run", async () => {
    const { kube, kubeconfig } = await cluster({ secrets: { "litellm/litellm-masterkey": { data: { masterkey: KEY } } } });
    const run = await lint(["-m", "fixtures/charts/rendered/prod.yaml", "--kubeconfig", kubeconfig, "--master-key-secret", "litellm/litellm-masterkey:masterkey", "--offline"]);
    expect(run.code).toBe(0);
    expect(kube.requests).toEqual([]);
  });

  it("a missing Secret or key is exit 2 without the value", async () => {
    const { kubeconfig } = await cluster({ secrets: { "litellm/litellm-masterkey": { data: { other: KEY } } } });
    const missingKey = await lint(["-m", "fixtures/charts/rendered/prod.yaml", "--kubeconfig", kubeconfig, "--master-key-secret", "litellm/litellm-masterkey:masterkey", "--litellm-url", "http://127.0.0.1:9"]);
    expect(missingKey.code).toBe(2);
    expect(missingKey.stderr).toBe('litellm-preflight: --master-key-secret: Secret litellm/litellm-masterkey has no key "masterkey"\n');
    expect(missingKey.stdout + missingKey.stderr).not.toContain(KEY);
    const missing = await lint(["-m", "fixtures/charts/rendered/prod.yaml", "--kubeconfig", kubeconfig, "--master-key-secret", "litellm/absent:masterkey", "--litellm-url", "http://127.0.0.1:9"]);
    expect(missing.stderr).toBe("litellm-preflight: --master-key-secret: Secret litellm/absent does not exist\n");
  });
});
