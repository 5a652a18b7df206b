/**
 * The cluster client: @kubernetes/client-node, loaded on first use, reading ConfigMaps and Secrets
 * (get) and Helm release records (list by label). One deadline bounds every call of a run; an
 * unreachable cluster, a timeout or rejected credentials end the run (exit 2), while "not found"
 * and "forbidden" for one object are answers about that object.
 */
import { loadUndici } from "./http.ts";
import { homedir } from "node:os";
import { delimiter, dirname, resolve } from "node:path";
import { existsSync } from "./fs.ts";
import { UsageError } from "../core/errors.ts";
import { readInputText } from "./files.ts";

/** Far above any real kubeconfig (a few KiB, or some MiB with many embedded certificates). */
const MAX_KUBECONFIG_BYTES = 16 * 1024 * 1024;
/** The largest cluster answer read: the API keeps an object under about 1 MiB; a release list holds a few of them. */
const MAX_ANSWER_BYTES = 64 * 1024 * 1024;
import type { HelmDriver, ReleaseRecord } from "./helm-release.ts";

/** The cluster cannot be used at all: one line, exit 2, no response body (it may echo data). */
export class ClusterError extends UsageError {
  override name = "ClusterError";
}

export type ObjectAnswer =
  | { status: "found"; data: Map<string, string> }
  | { status: "missing" }
  | { status: "forbidden"; reason: string };


export interface ClusterClient {
  readonly server: string;
  readonly context: string;
  /** --namespace, else HELM_NAMESPACE, else the context's namespace, else "default". */
  readonly namespace: string;
  get(kind: "ConfigMap" | "Secret", namespace: string, name: string): Promise<ObjectAnswer>;
  /** Helm's release records in `namespace`, stored by `driver`, that match `labelSelector`. */
  listReleases(driver: HelmDriver, namespace: string, release: string, labelSelector: string): Promise<ReleaseRecord[] | { status: "forbidden"; reason: string }>;
}

export interface ConnectOptions {
  kubeconfig?: string;
  context?: string;
  namespace?: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
}

type K8s = typeof import("@kubernetes/client-node");

export async function connect(options: ConnectOptions): Promise<ClusterClient> {
  const k8s: K8s = await import("@kubernetes/client-node");
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
  // undici goes on connecting after an abort, up to its connect timeout (10 s), and kept the CLI from exiting
  // that long after the deadline: the connections of this client give up with it.
  const dispatcherOptions = kc.createDispatcherOptions.bind(kc);
  kc.createDispatcherOptions = (...args) => {
    const opts = dispatcherOptions(...args);
    // No TLS settings of its own (a public CA and a token): an agent with the defaults, which fetch's global one has too,
    // unless the environment names a proxy (NODE_USE_ENV_PROXY makes the global one use it).
    if (opts.type === "none") return PROXY_VARIABLES.some((name) => options.env[name]) ? opts : { type: "agent", connect: { timeout: options.timeoutMs } };
    return "connect" in opts && opts.connect ? { ...opts, connect: { ...opts.connect, timeout: options.timeoutMs } } : opts;
  };
  // An answer past MAX_ANSWER_BYTES ends the request: a server that streams without end filled memory (1.7 GB) before the deadline.
  // (createDispatcher is private in the client's types, not in its code: it is replaced the way createDispatcherOptions is.)
  const { Agent } = await loadUndici();
  type Options = Parameters<typeof kc.createDispatcherOptions>;
  const dispatching = kc as unknown as { createDispatcher: (...args: Options) => unknown };
  const createDispatcher = dispatching.createDispatcher.bind(kc);
  dispatching.createDispatcher = (...args: Options) => {
    const opts = kc.createDispatcherOptions(...args);
    return opts.type === "agent" ? new Agent({ connect: opts.connect, maxResponseSize: MAX_ANSWER_BYTES }) : createDispatcher(...args);
  };
  const api = kc.makeApiClient(k8s.CoreV1Api);
  // The deadline starts with the first call, not while the inputs are being read.
  let deadline: AbortSignal | undefined;
  const signal = (): AbortSignal => (deadline ??= AbortSignal.timeout(options.timeoutMs));
  const server = cluster.server;
  // Every request carries the run's deadline (the client's fetch honours an AbortSignal).
  const requestOptions = {
    middleware: [
      {
        pre: (request: import("@kubernetes/client-node").RequestContext) => {
          request.setSignal(signal());
          return new k8s.Observable(Promise.resolve(request));
        },
        post: (response: import("@kubernetes/client-node").ResponseContext) => new k8s.Observable(Promise.resolve(response)),
      },
    ],
    middlewareMergeStrategy: "append" as const,
  };

  const fail = (error: unknown, what: string): never => {
    const code = error instanceof k8s.ApiException ? error.code : undefined;
    if (code !== undefined && !deadline?.aborted) {
      if (code === 401) throw new ClusterError(`the Kubernetes API at ${server} (context "${context}") rejected the credentials (401) while trying to ${what}`);
      throw new ClusterError(`the Kubernetes API at ${server} (context "${context}") answered ${String(code)} to ${what}`);
    }
    if (deadline?.aborted) throw new ClusterError(`no answer from the Kubernetes API at ${server} (context "${context}") within ${options.timeoutMs} ms (--kube-timeout) while trying to ${what}`);
    throw new ClusterError(`cannot reach the Kubernetes API at ${server} (context "${context}"): ${networkReason(error)}`);
  };
  const statusOf = (error: unknown): number | undefined => (error instanceof k8s.ApiException ? error.code : undefined);

  return {
    server,
    context,
    namespace,
    async get(kind, ns, name) {
      const plural = kind === "ConfigMap" ? "configmaps" : "secrets";
      try {
        const object =
          kind === "ConfigMap"
            ? await api.readNamespacedConfigMap({ name, namespace: ns }, requestOptions)
            : await api.readNamespacedSecret({ name, namespace: ns }, requestOptions);
        // An answer that is no such object (an HTML page of a proxy in front of the API, answered 200) says nothing of its keys.
        if ((object as { metadata?: { name?: unknown } }).metadata?.name !== name) {
          throw new ClusterError(`the Kubernetes API at ${server} (context "${context}") answered the get of ${kind} ${ns}/${name} with something that is not that ${kind}`);
        }
        const data = new Map<string, string>();
        const raw = (object as { data?: Record<string, string> }).data ?? {};
        for (const [key, value] of Object.entries(raw)) data.set(key, kind === "Secret" ? Buffer.from(value, "base64").toString("utf8") : value);
        if (kind === "ConfigMap") {
          const binary = (object as { binaryData?: Record<string, string> }).binaryData ?? {};
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
          const list = await api.listNamespacedConfigMap({ namespace: ns, labelSelector }, requestOptions);
          return (list.items ?? []).map((item) => ({ name: item.metadata?.name ?? "", labels: item.metadata?.labels ?? {}, type: undefined, release: item.data?.release }));
        }
        const list = await api.listNamespacedSecret({ namespace: ns, labelSelector }, requestOptions);
        return (list.items ?? []).map((item) => ({
          name: item.metadata?.name ?? "",
          labels: item.metadata?.labels ?? {},
          type: item.type,
          // The API's base64 of Secret data, undone: Helm's own text remains.
          release: item.data?.release === undefined ? undefined : Buffer.from(item.data.release, "base64").toString("latin1"),
        }));
      } catch (error) {
        if (statusOf(error) === 403) return { status: "forbidden", reason: `the credentials may not list ${plural} in namespace "${ns}" (RBAC)` };
        return fail(error, `list the ${driver === "secret" ? "Secrets" : "ConfigMaps"} of release ${release} in namespace ${ns}`);
      }
    },
  };
}

const PROXY_VARIABLES = ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"];

/** --kubeconfig, else KUBECONFIG (from the run's environment), else ~/.kube/config, else the in-cluster service account. */
function loadConfig(kc: import("@kubernetes/client-node").KubeConfig, options: ConnectOptions): void {
  const load = (path: string, what: string, into = kc): void => {
    // Read as every input is (a size limit, no device read without end), then as loadFromFile would: paths relative to the file.
    const text = readInputText(path, what, MAX_KUBECONFIG_BYTES, "a kubeconfig is a few KiB");
    try {
      into.loadFromString(text);
      into.makePathsAbsolute(dirname(path));
    } catch (error) {
      throw new UsageError(`cannot read ${what}: ${(error as Error).message.split("\n")[0]}`);
    }
  };
  if (options.kubeconfig) return load(resolve(options.cwd, options.kubeconfig), `kubeconfig ${options.kubeconfig}`);
  const fromEnv = options.env.KUBECONFIG?.split(delimiter).filter(Boolean) ?? [];
  if (fromEnv.length > 0) {
    // As kubectl merges them (client-go's loading rules): missing files are skipped, the first file to name a
    // cluster, user or context wins, and so does the first current-context.
    const existing = fromEnv.filter((path) => existsSync(resolve(options.cwd, path)));
    if (existing.length === 0) throw new UsageError(`cannot read kubeconfig ${fromEnv[0]} (KUBECONFIG): no such file`);
    const merged = { clusters: [] as typeof kc.clusters, users: [] as typeof kc.users, contexts: [] as typeof kc.contexts, currentContext: "" };
    for (const path of existing) {
      const one = new (kc.constructor as new () => typeof kc)();
      load(resolve(options.cwd, path), `kubeconfig ${path} (KUBECONFIG)`, one);
      const firstOf = <T extends { name: string }>(into: T[], items: readonly T[]) => {
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

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? (error as { code?: string }).code;
  if (code === "ECONNREFUSED") return "connection refused";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "host not found";
  if (code === "ECONNRESET") return "connection reset";
  if (code === "UND_ERR_CONNECT_TIMEOUT" || code === "ETIMEDOUT") return "connection timed out";
  if (code === "UND_ERR_RES_EXCEEDED_MAX_SIZE") return `the answer is larger than ${MAX_ANSWER_BYTES / 1024 / 1024} MiB (a Kubernetes object is at most about 1 MiB)`;
  if (typeof code === "string" && /CERT|SSL|TLS|SELF_SIGNED/.test(code)) return `TLS failure (${code})`;
  return (cause?.message ?? (error as Error).message ?? "request failed").split("\n")[0]!;
}
