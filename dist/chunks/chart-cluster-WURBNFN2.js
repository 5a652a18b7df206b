import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  chartFlagsOf
} from "./chunk-BZVTSXD3.js";
import "./chunk-62ITEC6O.js";
import {
  loadUndici
} from "./chunk-CFB6SWCT.js";
import {
  prepareChart,
  renderOverLayers
} from "./chunk-ZOJZC5X7.js";
import {
  readInputText
} from "./chunk-WIGNPISR.js";
import "./chunk-L6SKZPTU.js";
import "./chunk-ZTHYLWEB.js";
import "./chunk-JJJ5BOV3.js";
import "./chunk-NQUIDX5X.js";
import "./chunk-UAKUUDY6.js";
import "./chunk-3TY5ZICS.js";
import "./chunk-47ZAMWHR.js";
import "./chunk-2FUTJC6X.js";
import {
  UsageError
} from "./chunk-YI5XR4DP.js";
import {
  existsSync
} from "./chunk-T7WBHCFS.js";
import "./chunk-PZGEJKJL.js";
import "./chunk-BE7JI7H6.js";

// src/io/kube-client.ts
import { homedir } from "node:os";
import { delimiter, dirname, resolve } from "node:path";
var MAX_KUBECONFIG_BYTES = 16 * 1024 * 1024;
var MAX_ANSWER_BYTES = 64 * 1024 * 1024;
var ClusterError = class extends UsageError {
  name = "ClusterError";
};
async function connect(options) {
  const k8s = await import("./dist-HWMHW6CL.js");
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
  const dispatcherOptions = kc.createDispatcherOptions.bind(kc);
  kc.createDispatcherOptions = (...args) => {
    const opts = dispatcherOptions(...args);
    if (opts.type === "none") return PROXY_VARIABLES.some((name) => options.env[name]) ? opts : { type: "agent", connect: { timeout: options.timeoutMs } };
    return "connect" in opts && opts.connect ? { ...opts, connect: { ...opts.connect, timeout: options.timeoutMs } } : opts;
  };
  const { Agent } = await loadUndici();
  const dispatching = kc;
  const createDispatcher = dispatching.createDispatcher.bind(kc);
  dispatching.createDispatcher = (...args) => {
    const opts = kc.createDispatcherOptions(...args);
    return opts.type === "agent" ? new Agent({ connect: opts.connect, maxResponseSize: MAX_ANSWER_BYTES }) : createDispatcher(...args);
  };
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
        if (object.metadata?.name !== name) {
          throw new ClusterError(`the Kubernetes API at ${server} (context "${context}") answered the get of ${kind} ${ns}/${name} with something that is not that ${kind}`);
        }
        const data = /* @__PURE__ */ new Map();
        const raw = object.data ?? {};
        for (const [key, value] of Object.entries(raw)) data.set(key, kind === "Secret" ? Buffer.from(value, "base64").toString("utf8") : value);
        if (kind === "ConfigMap") {
          const binary = object.binaryData ?? {};
          for (const [key, value] of Object.entries(binary)) data.set(key, Buffer.from(value, "base64").toString("utf8"));
        }
        return { status: "found", data };
      } catch (error) {
        if (error instanceof ClusterError) throw error;
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
var PROXY_VARIABLES = ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"];
function loadConfig(kc, options) {
  const load = (path, what, into = kc) => {
    const text = readInputText(path, what, MAX_KUBECONFIG_BYTES, "a kubeconfig is a few KiB");
    try {
      into.loadFromString(text);
      into.makePathsAbsolute(dirname(path));
    } catch (error) {
      throw new UsageError(`cannot read ${what}: ${error.message.split("\n")[0]}`);
    }
  };
  if (options.kubeconfig) return load(resolve(options.cwd, options.kubeconfig), `kubeconfig ${options.kubeconfig}`);
  const fromEnv = options.env.KUBECONFIG?.split(delimiter).filter(Boolean) ?? [];
  if (fromEnv.length > 0) {
    const existing = fromEnv.filter((path) => existsSync(resolve(options.cwd, path)));
    if (existing.length === 0) throw new UsageError(`cannot read kubeconfig ${fromEnv[0]} (KUBECONFIG): no such file`);
    const merged = { clusters: [], users: [], contexts: [], currentContext: "" };
    for (const path of existing) {
      const one = new kc.constructor();
      load(resolve(options.cwd, path), `kubeconfig ${path} (KUBECONFIG)`, one);
      const firstOf = (into, items) => {
        for (const item of items) if (!into.some((known) => known.name === item.name)) into.push(item);
      };
      firstOf(merged.clusters, one.clusters);
      firstOf(merged.users, one.users);
      firstOf(merged.contexts, one.contexts);
      merged.currentContext ||= one.currentContext;
    }
    kc.loadFromOptions(merged);
    return;
  }
  const home = options.env.HOME || homedir();
  const defaultPath = resolve(home, ".kube", "config");
  if (existsSync(defaultPath)) return load(defaultPath, `kubeconfig ${defaultPath}`);
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
  if (code === "UND_ERR_RES_EXCEEDED_MAX_SIZE") return `the answer is larger than ${MAX_ANSWER_BYTES / 1024 / 1024} MiB (a Kubernetes object is at most about 1 MiB)`;
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
  const timeoutMs = flags.kubeTimeout === void 0 ? DEFAULT_KUBE_TIMEOUT_MS : Number(flags.kubeTimeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > 6e5) throw new UsageError("--kube-timeout takes a whole number of milliseconds between 1 and 600000");
  if (!clusterRequested(flags)) return {};
  const secretRef = flags.masterKeySecret ? parseMasterKeySecret(flags.masterKeySecret) : void 0;
  if (flags.compareRelease !== void 0 && !DNS_SUBDOMAIN.test(flags.compareRelease)) throw new UsageError("--compare-release takes a Helm release name");
  if (flags.namespace !== void 0 && !DNS_LABEL.test(flags.namespace)) throw new UsageError("--namespace takes a Kubernetes namespace name");
  const helmNamespace = io.env.HELM_NAMESPACE || void 0;
  if (flags.namespace === void 0 && helmNamespace !== void 0 && !DNS_LABEL.test(helmNamespace)) throw new UsageError("HELM_NAMESPACE takes a Kubernetes namespace name");
  const namespace = flags.namespace ?? helmNamespace;
  const options = { cwd: io.cwd, env: io.env, timeoutMs, ...flags.kubeconfig ? { kubeconfig: flags.kubeconfig } : {}, ...flags.kubeContext ? { context: flags.kubeContext } : {}, ...namespace ? { namespace } : {} };
  const driver = flags.compareRelease !== void 0 ? helmDriver(io.env) : void 0;
  const client = await connect(options);
  const setup = { external: (refs) => lookUp(client, refs), namespace: client.namespace };
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
async function renderAgain(flags, valuesPaths, before, after, sets, io, sizes) {
  return renderOverLayers({ ...chartFlagsOf(flags), sizes }, valuesPaths, before, after, sets, io);
}
async function chartAndCluster(flags, valuesPaths, sets, io, liveWanted, sizes, helmStarted) {
  const clusterFlags = {
    kubeconfig: flags.kubeconfig,
    kubeContext: flags["kube-context"],
    kubeTimeout: flags["kube-timeout"],
    namespace: flags.namespace,
    compareRelease: flags["compare-release"],
    masterKeySecret: flags["master-key-secret"]
  };
  const cluster = await prepareCluster(clusterFlags, io, liveWanted, (line) => io.stderr.write(`litellm-preflight: ${line}
`)).catch((error) => {
    helmStarted?.stop();
    throw error;
  });
  const namespace = flags.namespace ?? cluster.namespace;
  const chart = await prepareChart({ ...chartFlagsOf(flags), ...namespace ? { namespace } : {}, sizes }, valuesPaths, sets, io, helmStarted);
  const setup = { request: {} };
  if (chart.rendered) setup.rendered = chart.rendered;
  if (chart.helmMajor) setup.helmMajor = chart.helmMajor;
  if (chart.chart) setup.request.chart = chart.chart;
  if (cluster.deployed) setup.request.deployed = cluster.deployed;
  if (cluster.external) setup.request.external = cluster.external;
  if (cluster.masterKey !== void 0) setup.masterKey = cluster.masterKey;
  return setup;
}
export {
  chartAndCluster,
  renderAgain
};
