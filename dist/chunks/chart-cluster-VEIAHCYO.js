import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  require_dist
} from "./chunk-BEDV53EO.js";
import {
  UsageError
} from "./chunk-YI5XR4DP.js";
import {
  __toESM
} from "./chunk-BE7JI7H6.js";

// src/io/helm.ts
import { spawn } from "node:child_process";
import { accessSync, constants, existsSync, statSync } from "node:fs";
import { readFile as readFile2 } from "node:fs/promises";
import { delimiter, join as join2, relative as relative2, resolve, sep as sep2 } from "node:path";

// src/io/chart-dir.ts
var import_yaml = __toESM(require_dist(), 1);
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
var MAX_TEMPLATES = 2e3;
var MAX_TEMPLATE_BYTES = 1e6;
async function readChartDir(dir, display2) {
  const chartYaml = await readOptional(join(dir, "Chart.yaml"));
  if (chartYaml === void 0) throw new UsageError(`--chart ${display2} is not a chart directory (no Chart.yaml)`);
  let meta = {};
  try {
    const parsed = (0, import_yaml.parse)(chartYaml);
    if (typeof parsed === "object" && parsed !== null) meta = parsed;
  } catch {
    throw new UsageError(`${display2}/Chart.yaml is not valid YAML`);
  }
  const chartName = typeof meta.name === "string" ? meta.name : dir.split(sep).at(-1) ?? "chart";
  const input = { name: display2, chartName };
  const values = await readOptional(join(dir, "values.yaml"));
  if (values !== void 0) input.values = { name: `${display2}/values.yaml`, text: values };
  const schema = await readOptional(join(dir, "values.schema.json"));
  if (schema !== void 0) input.schema = { name: `${display2}/values.schema.json`, text: schema };
  input.subcharts = await subchartNames(dir, meta);
  input.templates = await templateFiles(dir, display2, chartName);
  return input;
}
async function readOptional(path) {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw new UsageError(`cannot read ${path}: ${error.code ?? "unreadable"}`);
  }
}
async function subchartNames(dir, meta) {
  const names = /* @__PURE__ */ new Set();
  if (Array.isArray(meta.dependencies)) {
    for (const dependency of meta.dependencies) {
      if (typeof dependency !== "object" || dependency === null) continue;
      const { alias, name } = dependency;
      if (typeof alias === "string") names.add(alias);
      else if (typeof name === "string") names.add(name);
    }
  }
  let entries = [];
  try {
    entries = await readdir(join(dir, "charts"));
  } catch {
    entries = [];
  }
  for (const entry of entries) {
    if (entry.endsWith(".tgz")) {
      names.add(entry.replace(/\.tgz$/, "").replace(/-v?\d+\.\d+\.\d+.*$/, ""));
      continue;
    }
    const sub = await readOptional(join(dir, "charts", entry, "Chart.yaml")).catch(() => void 0);
    if (sub === void 0) continue;
    try {
      const parsed = (0, import_yaml.parse)(sub);
      names.add(typeof parsed?.name === "string" ? parsed.name : entry);
    } catch {
      names.add(entry);
    }
  }
  return [...names].sort();
}
async function templateFiles(dir, display2, chartName) {
  const out = [];
  const walk = async (path, depth) => {
    if (out.length >= MAX_TEMPLATES || depth > 12) return;
    let entries;
    try {
      entries = await readdir(path, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) {
        await walk(full, depth + 1);
        continue;
      }
      if (!entry.isFile() || !/\.(ya?ml|tpl|txt|json)$/.test(entry.name)) continue;
      const rel = relative(dir, full).split(sep).join("/");
      if (!/(^|\/)templates\//.test(rel)) continue;
      if ((await stat(full)).size > MAX_TEMPLATE_BYTES) continue;
      const text = await readFile(full, "utf8");
      const input = { name: `${display2}/${rel}`, text };
      out.push({ helmPath: `${chartName}/${rel}`, input });
      if (out.length >= MAX_TEMPLATES) return;
    }
  };
  await walk(join(dir, "templates"), 0);
  await walk(join(dir, "charts"), 0);
  return out;
}

// src/io/helm.ts
var RENDERED_NAME = "<helm-template>";
var HELM_TIMEOUT_MS = 12e4;
var MAX_OUTPUT_BYTES = 256 * 1024 * 1024;
async function prepareChart(flags, valuesPaths, sets, io) {
  if (!flags.chart) {
    if (flags.chartVersion) throw new UsageError("--chart-version needs --chart");
    if (!flags.valuesSchema && !flags.chartValues) return {};
    const chart2 = { name: flags.chartValues ?? flags.valuesSchema };
    await addOverrides(chart2, flags, io.cwd);
    return { chart: chart2 };
  }
  const chartPath = resolve(io.cwd, flags.chart);
  const isDir = existsSync(chartPath) && statSync(chartPath).isDirectory();
  const chart = isDir ? await readChartDir(chartPath, display(io.cwd, chartPath)) : { name: flags.chart };
  await addOverrides(chart, flags, io.cwd);
  const helm = findOnPath("helm", io.env);
  if (!helm) throw new UsageError("--chart needs the helm binary on PATH, and there is none: install Helm 3 or render the chart yourself and pass the output with -m");
  const args = helmArgs(flags, isDir ? display(io.cwd, chartPath) : flags.chart, valuesPaths, sets, chart.schema !== void 0);
  let run = await runHelm(helm, args, io);
  if (run.code !== 0 && args.includes("--skip-schema-validation") && /unknown flag: --skip-schema-validation/.test(run.stderr)) {
    args.splice(args.indexOf("--skip-schema-validation"), 1);
    run = await runHelm(helm, args, io);
  }
  if (run.code === 0) return { chart, rendered: { name: RENDERED_NAME, text: run.stdout } };
  const stderr = run.stderr.trim() || `helm exited with code ${run.code}`;
  if (!isDir && /failed to download|repo .* not found|not found in .* repository|no such host|could not find|chart ".*" not found|unable to locate|401|403|failed to fetch|x509/i.test(stderr)) {
    throw new UsageError(`helm cannot fetch chart ${flags.chart}: ${firstLine(stderr)}`);
  }
  chart.renderError = stderr;
  return { chart };
}
async function addOverrides(chart, flags, cwd) {
  if (flags.valuesSchema) chart.schema = await readInput(cwd, flags.valuesSchema, "--values-schema");
  if (flags.chartValues) chart.values = await readInput(cwd, flags.chartValues, "--chart-values");
}
async function readInput(cwd, path, flag) {
  const absolute = resolve(cwd, path);
  try {
    return { name: display(cwd, absolute), text: await readFile2(absolute, "utf8") };
  } catch (error) {
    const code = error.code;
    throw new UsageError(`cannot read ${flag} ${path}: ${code === "ENOENT" ? "no such file" : code ?? "unreadable"}`);
  }
}
function helmArgs(flags, chart, valuesPaths, sets, skipSchema) {
  const args = ["template"];
  if (flags.release) args.push(flags.release);
  args.push(chart);
  if (flags.namespace) args.push("--namespace", flags.namespace);
  if (flags.chartVersion) args.push("--version", flags.chartVersion);
  if (skipSchema) args.push("--skip-schema-validation");
  for (const path of valuesPaths) args.push("-f", path);
  for (const set of [...sets].sort((a, b) => a.index - b.index)) args.push(set.flag, set.arg);
  return args;
}
function findOnPath(name, env) {
  const extensions = process.platform === "win32" ? (env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";") : [""];
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    for (const extension of extensions) {
      const candidate = join2(dir, name + extension);
      try {
        accessSync(candidate, constants.X_OK);
        if (statSync(candidate).isFile()) return candidate;
      } catch {
      }
    }
  }
  return void 0;
}
function runHelm(helm, args, io) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(helm, args, { cwd: io.cwd, env: io.env, stdio: ["ignore", "pipe", "pipe"] });
    const out = [];
    const err = [];
    let size = 0;
    let failure;
    const timer = setTimeout(() => {
      failure = new UsageError(`helm template did not finish within ${HELM_TIMEOUT_MS / 1e3} s`);
      child.kill("SIGKILL");
    }, HELM_TIMEOUT_MS);
    child.stdout.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_OUTPUT_BYTES) {
        failure = new UsageError(`helm template printed more than ${MAX_OUTPUT_BYTES / 1024 / 1024} MiB`);
        child.kill("SIGKILL");
      } else out.push(chunk);
    });
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new UsageError(`cannot run helm: ${error.code ?? error.message}`));
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      if (failure) reject(failure);
      else resolvePromise({ code: code ?? 1, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") });
    });
  });
}
function firstLine(text) {
  return (text.split(/\r?\n/).find((line) => line.trim() !== "") ?? text).replace(/^Error: /, "").trim();
}
function display(cwd, absolute) {
  const rel = relative2(cwd, absolute);
  return (rel === "" ? "." : rel).split(sep2).join("/");
}

// src/io/kube-client.ts
import { homedir } from "node:os";
import { delimiter as delimiter2, resolve as resolve2 } from "node:path";
import { existsSync as existsSync2 } from "node:fs";
var ClusterError = class extends UsageError {
  name = "ClusterError";
};
async function connect(options) {
  const k8s = await import("./dist-53LHYXW6.js");
  const kc = new k8s.KubeConfig();
  loadConfig(kc, options);
  if (options.context) {
    if (!kc.getContextObject(options.context)) throw new UsageError(`--kube-context "${options.context}" is not in the kubeconfig`);
    kc.setCurrentContext(options.context);
  }
  const cluster = kc.getCurrentCluster();
  if (!cluster) throw new UsageError("the kubeconfig has no current context with a cluster; pass --kube-context");
  const context = kc.getCurrentContext();
  const namespace = options.namespace || kc.getContextObject(context)?.namespace || "default";
  const api = kc.makeApiClient(k8s.CoreV1Api);
  let deadline;
  const signal = () => deadline ??= AbortSignal.timeout(options.timeoutMs);
  const server = cluster.server;
  const requestOptions = {
    middleware: [
      {
        pre: (request) => {
          request.setSignal(signal());
          return new k8s.Observable(Promise.resolve(request));
        },
        post: (response) => new k8s.Observable(Promise.resolve(response))
      }
    ],
    middlewareMergeStrategy: "append"
  };
  const fail = (error, what) => {
    const code = error instanceof k8s.ApiException ? error.code : void 0;
    if (code !== void 0 && !deadline?.aborted) {
      if (code === 401) throw new ClusterError(`the Kubernetes API at ${server} (context "${context}") rejected the credentials (401) while trying to ${what}`);
      throw new ClusterError(`the Kubernetes API at ${server} (context "${context}") answered ${String(code)} to ${what}`);
    }
    if (deadline?.aborted) throw new ClusterError(`no answer from the Kubernetes API at ${server} (context "${context}") within ${options.timeoutMs} ms (--kube-timeout) while trying to ${what}`);
    throw new ClusterError(`cannot reach the Kubernetes API at ${server} (context "${context}"): ${networkReason(error)}`);
  };
  const statusOf = (error) => error instanceof k8s.ApiException ? error.code : void 0;
  return {
    server,
    context,
    namespace,
    async get(kind, ns, name) {
      const plural = kind === "ConfigMap" ? "configmaps" : "secrets";
      try {
        const object = kind === "ConfigMap" ? await api.readNamespacedConfigMap({ name, namespace: ns }, requestOptions) : await api.readNamespacedSecret({ name, namespace: ns }, requestOptions);
        const data = /* @__PURE__ */ new Map();
        const raw = object.data ?? {};
        for (const [key, value] of Object.entries(raw)) data.set(key, kind === "Secret" ? Buffer.from(value, "base64").toString("utf8") : value);
        if (kind === "ConfigMap") {
          const binary = object.binaryData ?? {};
          for (const [key, value] of Object.entries(binary)) data.set(key, Buffer.from(value, "base64").toString("utf8"));
        }
        return { status: "found", data };
      } catch (error) {
        const status = statusOf(error);
        if (status === 404) return { status: "missing" };
        if (status === 403) return { status: "forbidden", reason: `the credentials may not get ${plural} in namespace "${ns}" (RBAC)` };
        return fail(error, `get ${kind} ${ns}/${name}`);
      }
    },
    async listReleases(driver, ns, release, labelSelector) {
      const plural = driver === "secret" ? "secrets" : "configmaps";
      try {
        if (driver === "configmap") {
          const list2 = await api.listNamespacedConfigMap({ namespace: ns, labelSelector }, requestOptions);
          return (list2.items ?? []).map((item) => ({ name: item.metadata?.name ?? "", labels: item.metadata?.labels ?? {}, type: void 0, release: item.data?.release }));
        }
        const list = await api.listNamespacedSecret({ namespace: ns, labelSelector }, requestOptions);
        return (list.items ?? []).map((item) => ({
          name: item.metadata?.name ?? "",
          labels: item.metadata?.labels ?? {},
          type: item.type,
          // The API's base64 of Secret data, undone: Helm's own text remains.
          release: item.data?.release === void 0 ? void 0 : Buffer.from(item.data.release, "base64").toString("latin1")
        }));
      } catch (error) {
        if (statusOf(error) === 403) return { status: "forbidden", reason: `the credentials may not list ${plural} in namespace "${ns}" (RBAC)` };
        return fail(error, `list the ${driver === "secret" ? "Secrets" : "ConfigMaps"} of release ${release} in namespace ${ns}`);
      }
    }
  };
}
function loadConfig(kc, options) {
  const load = (path, what) => {
    if (!existsSync2(path)) throw new UsageError(`cannot read ${what}: no such file`);
    try {
      kc.loadFromFile(path);
    } catch (error) {
      throw new UsageError(`cannot read ${what}: ${error.message.split("\n")[0]}`);
    }
  };
  if (options.kubeconfig) return load(resolve2(options.cwd, options.kubeconfig), `kubeconfig ${options.kubeconfig}`);
  const fromEnv = options.env.KUBECONFIG?.split(delimiter2).filter(Boolean) ?? [];
  if (fromEnv.length > 0) {
    load(resolve2(options.cwd, fromEnv[0]), `kubeconfig ${fromEnv[0]} (KUBECONFIG)`);
    for (const path of fromEnv.slice(1)) {
      if (!existsSync2(resolve2(options.cwd, path))) continue;
      const extra = new kc.constructor();
      extra.loadFromFile(resolve2(options.cwd, path));
      kc.mergeConfig(extra);
    }
    return;
  }
  const home = options.env.HOME || homedir();
  const defaultPath = resolve2(home, ".kube", "config");
  if (existsSync2(defaultPath)) return load(defaultPath, `kubeconfig ${defaultPath}`);
  if (options.env.KUBERNETES_SERVICE_HOST) {
    kc.loadFromCluster();
    return;
  }
  throw new UsageError("no kubeconfig: pass --kubeconfig, set KUBECONFIG, or run inside a cluster");
}
function networkReason(error) {
  const cause = error.cause;
  const code = cause?.code ?? error.code;
  if (code === "ECONNREFUSED") return "connection refused";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "host not found";
  if (code === "ECONNRESET") return "connection reset";
  if (code === "UND_ERR_CONNECT_TIMEOUT" || code === "ETIMEDOUT") return "connection timed out";
  if (typeof code === "string" && /CERT|SSL|TLS|SELF_SIGNED/.test(code)) return `TLS failure (${code})`;
  return (cause?.message ?? error.message ?? "request failed").split("\n")[0];
}

// src/io/helm-release.ts
import { gunzipSync } from "node:zlib";
var RELEASE_SECRET_TYPE = "helm.sh/release.v1";
var MAX_RELEASE_BYTES = 64 * 1024 * 1024;
function helmDriver(env) {
  const value = env.HELM_DRIVER ?? "";
  if (value === "" || value === "secret" || value === "secrets") return "secret";
  if (value === "configmap" || value === "configmaps") return "configmap";
  throw new UsageError(`--compare-release reads releases stored as Secrets or ConfigMaps, not HELM_DRIVER=${value}`);
}
function decodeRelease(helmText) {
  let bytes = Buffer.from(helmText, "base64");
  if (bytes[0] === 31 && bytes[1] === 139 && bytes[2] === 8) bytes = gunzipSync(bytes, { maxOutputLength: MAX_RELEASE_BYTES });
  const json = JSON.parse(bytes.toString("utf8"));
  return {
    name: typeof json.name === "string" ? json.name : "",
    namespace: typeof json.namespace === "string" ? json.namespace : "",
    version: typeof json.version === "number" ? json.version : 0,
    status: typeof json.info?.status === "string" ? json.info.status : "",
    manifest: typeof json.manifest === "string" ? json.manifest : ""
  };
}
function newestRelease(records, release) {
  const prefix = `sh.helm.release.v1.${release}.v`;
  const candidates = records.filter((record) => (record.type === void 0 || record.type === RELEASE_SECRET_TYPE) && record.name.startsWith(prefix) && record.release);
  const version = (record) => Number(record.labels.version ?? record.name.slice(prefix.length)) || 0;
  return candidates.sort((a, b) => version(b) - version(a))[0];
}

// src/io/cluster.ts
var DEFAULT_KUBE_TIMEOUT_MS = 1e4;
var CONCURRENCY = 4;
var DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
var DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
function clusterRequested(flags) {
  return Boolean(flags.kubeconfig || flags.kubeContext || flags.compareRelease || flags.masterKeySecret);
}
function parseMasterKeySecret(text) {
  const match = /^([^/]+)\/([^:]+):(.+)$/.exec(text);
  if (!match || !DNS_LABEL.test(match[1]) || !DNS_SUBDOMAIN.test(match[2]) || !/^[-._a-zA-Z0-9]+$/.test(match[3])) {
    throw new UsageError("--master-key-secret takes NAMESPACE/NAME:KEY, for example litellm/litellm-masterkey:masterkey");
  }
  return { namespace: match[1], name: match[2], key: match[3] };
}
async function prepareCluster(flags, io, wantMasterKey, notice) {
  if (!clusterRequested(flags)) return {};
  const timeoutMs = flags.kubeTimeout === void 0 ? DEFAULT_KUBE_TIMEOUT_MS : Number(flags.kubeTimeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > 6e5) throw new UsageError("--kube-timeout takes a whole number of milliseconds between 1 and 600000");
  const secretRef = flags.masterKeySecret ? parseMasterKeySecret(flags.masterKeySecret) : void 0;
  if (flags.compareRelease !== void 0 && !DNS_SUBDOMAIN.test(flags.compareRelease)) throw new UsageError("--compare-release takes a Helm release name");
  if (flags.namespace !== void 0 && !DNS_LABEL.test(flags.namespace)) throw new UsageError("--namespace takes a Kubernetes namespace name");
  const helmNamespace = io.env.HELM_NAMESPACE || void 0;
  if (flags.namespace === void 0 && helmNamespace !== void 0 && !DNS_LABEL.test(helmNamespace)) throw new UsageError("HELM_NAMESPACE takes a Kubernetes namespace name");
  const namespace = flags.namespace ?? helmNamespace;
  const options = { cwd: io.cwd, env: io.env, timeoutMs, ...flags.kubeconfig ? { kubeconfig: flags.kubeconfig } : {}, ...flags.kubeContext ? { context: flags.kubeContext } : {}, ...namespace ? { namespace } : {} };
  const driver = flags.compareRelease !== void 0 ? helmDriver(io.env) : void 0;
  const client = await connect(options);
  const setup = { external: (refs) => lookUp(client, refs) };
  if (secretRef && wantMasterKey) {
    const answer = await client.get("Secret", secretRef.namespace, secretRef.name);
    const where = `Secret ${secretRef.namespace}/${secretRef.name}`;
    if (answer.status === "missing") throw new ClusterError(`--master-key-secret: ${where} does not exist`);
    if (answer.status === "forbidden") throw new ClusterError(`--master-key-secret: cannot read ${where}: ${answer.reason}`);
    const key = answer.data.get(secretRef.key);
    if (key === void 0 || key.trim() === "") throw new ClusterError(`--master-key-secret: ${where} has no key "${secretRef.key}"`);
    setup.masterKey = key.trim();
  }
  if (flags.compareRelease && driver) {
    const release = flags.compareRelease;
    const namespace2 = client.namespace;
    const selector = `owner=helm,name=${release},status=deployed`;
    const listed = await client.listReleases(driver, namespace2, release, selector);
    if (!Array.isArray(listed)) throw new ClusterError(`--compare-release: cannot list the release ${driver === "secret" ? "Secrets" : "ConfigMaps"} of ${release}: ${listed.reason}`);
    const newest = newestRelease(listed, release);
    if (!newest?.release) {
      notice(`release ${release} has no deployed revision in namespace ${namespace2}; nothing to compare`);
    } else {
      let decoded;
      try {
        decoded = decodeRelease(newest.release);
      } catch (error) {
        throw new ClusterError(`--compare-release: ${newest.name} is not a readable Helm release (${error.message.split("\n")[0]})`);
      }
      setup.deployed = { release, namespace: namespace2, revision: decoded.version, manifest: { name: `release ${release} v${decoded.version}`, text: decoded.manifest } };
    }
  }
  return setup;
}
async function lookUp(client, refs) {
  const answers = /* @__PURE__ */ new Map();
  const keyOf = (kind, namespace, name) => `${kind}\0${namespace}\0${name}`;
  const queue = refs.map((ref) => ({ ...ref, namespace: ref.namespace ?? client.namespace })).filter((ref) => ref.name !== "");
  let next = 0;
  const worker = async () => {
    while (next < queue.length) {
      const ref = queue[next++];
      const key = keyOf(ref.kind, ref.namespace, ref.name);
      if (answers.has(key)) continue;
      answers.set(key, { status: "missing" });
      answers.set(key, await client.get(ref.kind, ref.namespace, ref.name));
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, worker));
  const cache = /* @__PURE__ */ new Map();
  return {
    searched: `the cluster (context "${client.context}")`,
    find(kind, name, namespace) {
      const ns = namespace ?? client.namespace;
      const key = keyOf(kind, ns, name);
      const answer = answers.get(key);
      if (answer?.status !== "found") return void 0;
      let data = cache.get(key);
      if (!data) {
        const label = `${kind} "${ns}/${name}" in the cluster`;
        data = { data: answer.data, sensitive: kind === "Secret", external: label, keyAt: () => {
          throw new Error(`no position for ${label}`);
        } };
        cache.set(key, data);
      }
      return data;
    },
    why(kind, name, namespace) {
      const ns = namespace ?? client.namespace;
      const answer = answers.get(keyOf(kind, ns, name));
      if (answer?.status === "missing") return `the cluster has no ${kind} "${ns}/${name}"`;
      if (answer?.status === "forbidden") return `${kind} "${ns}/${name}" cannot be read from the cluster: ${answer.reason}`;
      return void 0;
    }
  };
}

// src/cli/chart-cluster.ts
async function chartAndCluster(flags, valuesPaths, sets, io, liveWanted) {
  const text = (name) => typeof flags[name] === "string" ? flags[name] : void 0;
  const release = text("release") ?? text("compare-release");
  const chartFlags = { chart: text("chart"), release, namespace: text("namespace"), chartVersion: text("chart-version"), valuesSchema: text("values-schema"), chartValues: text("chart-values") };
  const clusterFlags = {
    kubeconfig: text("kubeconfig"),
    kubeContext: text("kube-context"),
    kubeTimeout: text("kube-timeout"),
    namespace: text("namespace"),
    compareRelease: text("compare-release"),
    masterKeySecret: text("master-key-secret")
  };
  const chart = await prepareChart(chartFlags, valuesPaths, sets, io);
  const cluster = await prepareCluster(clusterFlags, io, liveWanted, (line) => io.stderr.write(`litellm-preflight: ${line}
`));
  const setup = { request: {} };
  if (chart.rendered) setup.rendered = chart.rendered;
  if (chart.chart) setup.request.chart = chart.chart;
  if (cluster.deployed) setup.request.deployed = cluster.deployed;
  if (cluster.external) setup.request.external = cluster.external;
  if (cluster.masterKey !== void 0) setup.masterKey = cluster.masterKey;
  return setup;
}
export {
  chartAndCluster
};
