/**
 * CLI glue for cluster access: which flags turn it on, the master key Secret, the deployed release,
 * and the lookup the engine calls for references the inputs do not contain. Nothing here runs
 * unless --kube-context, --kubeconfig, --compare-release or --master-key-secret is given.
 */
import { UsageError } from "../core/errors.ts";
import type { ObjectData, ObjectIndex } from "../kube/env.ts";
import type { DeployedInput, ExternalLookup, ExternalRef } from "../engine/deployed.ts";
import { ClusterError, connect, type ClusterClient, type ObjectAnswer } from "./kube-client.ts";
import { decodeRelease, helmDriver, newestRelease } from "./helm-release.ts";

export interface ClusterFlags {
  kubeconfig?: string;
  kubeContext?: string;
  kubeTimeout?: string;
  namespace?: string;
  compareRelease?: string;
  masterKeySecret?: string;
}

export interface ClusterSetup {
  deployed?: DeployedInput;
  external?: ExternalLookup;
  /** Read from --master-key-secret; never printed. */
  masterKey?: string;
  /** Where the cluster is read: --namespace, else HELM_NAMESPACE, else the context's. */
  namespace?: string;
}

export const DEFAULT_KUBE_TIMEOUT_MS = 10_000;
/** Parallel reads for references; each object is read once. */
const CONCURRENCY = 4;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;

export function clusterRequested(flags: ClusterFlags): boolean {
  return Boolean(flags.kubeconfig || flags.kubeContext || flags.compareRelease || flags.masterKeySecret);
}

export function parseMasterKeySecret(text: string): { namespace: string; name: string; key: string } {
  const match = /^([^/]+)\/([^:]+):(.+)$/.exec(text);
  if (!match || !DNS_LABEL.test(match[1]!) || !DNS_SUBDOMAIN.test(match[2]!) || !/^[-._a-zA-Z0-9]+$/.test(match[3]!)) {
    throw new UsageError("--master-key-secret takes NAMESPACE/NAME:KEY, for example litellm/litellm-masterkey:masterkey");
  }
  return { namespace: match[1]!, name: match[2]!, key: match[3]! };
}

/**
 * Connects (no request yet), then reads the master key (only when the live checks will use it) and
 * the deployed release (--compare-release). `notice` gets one-line remarks for stderr.
 */
export async function prepareCluster(flags: ClusterFlags, io: { cwd: string; env: NodeJS.ProcessEnv }, wantMasterKey: boolean, notice: (line: string) => void): Promise<ClusterSetup> {
  // Checked even when nothing asks for the cluster: a value that would be refused is a mistake either way.
  const timeoutMs = flags.kubeTimeout === undefined ? DEFAULT_KUBE_TIMEOUT_MS : Number(flags.kubeTimeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > 600_000) throw new UsageError("--kube-timeout takes a whole number of milliseconds between 1 and 600000");
  if (!clusterRequested(flags)) return {};
  const secretRef = flags.masterKeySecret ? parseMasterKeySecret(flags.masterKeySecret) : undefined;
  if (flags.compareRelease !== undefined && !DNS_SUBDOMAIN.test(flags.compareRelease)) throw new UsageError("--compare-release takes a Helm release name");
  if (flags.namespace !== undefined && !DNS_LABEL.test(flags.namespace)) throw new UsageError("--namespace takes a Kubernetes namespace name");
  // Like helm: --namespace, else HELM_NAMESPACE, else the context's namespace.
  const helmNamespace = io.env.HELM_NAMESPACE || undefined;
  if (flags.namespace === undefined && helmNamespace !== undefined && !DNS_LABEL.test(helmNamespace)) throw new UsageError("HELM_NAMESPACE takes a Kubernetes namespace name");
  const namespace = flags.namespace ?? helmNamespace;

  const options = { cwd: io.cwd, env: io.env, timeoutMs, ...(flags.kubeconfig ? { kubeconfig: flags.kubeconfig } : {}), ...(flags.kubeContext ? { context: flags.kubeContext } : {}), ...(namespace ? { namespace } : {}) };
  // Checked before connecting: helm's own setting says where the release is.
  const driver = flags.compareRelease !== undefined ? helmDriver(io.env) : undefined;
  const client = await connect(options);
  const setup: ClusterSetup = { external: (refs) => lookUp(client, refs), namespace: client.namespace };

  if (secretRef && wantMasterKey) {
    const answer = await client.get("Secret", secretRef.namespace, secretRef.name);
    const where = `Secret ${secretRef.namespace}/${secretRef.name}`;
    if (answer.status === "missing") throw new ClusterError(`--master-key-secret: ${where} does not exist`);
    if (answer.status === "forbidden") throw new ClusterError(`--master-key-secret: cannot read ${where}: ${answer.reason}`);
    const key = answer.data.get(secretRef.key);
    if (key === undefined || key.trim() === "") throw new ClusterError(`--master-key-secret: ${where} has no key "${secretRef.key}"`);
    setup.masterKey = key.trim();
  }

  if (flags.compareRelease && driver) {
    const release = flags.compareRelease;
    const namespace = client.namespace;
    const selector = `owner=helm,name=${release},status=deployed`;
    const listed = await client.listReleases(driver, namespace, release, selector);
    if (!Array.isArray(listed)) throw new ClusterError(`--compare-release: cannot list the release ${driver === "secret" ? "Secrets" : "ConfigMaps"} of ${release}: ${listed.reason}`);
    const newest = newestRelease(listed, release);
    if (!newest?.release) {
      notice(`release ${release} has no deployed revision in namespace ${namespace}; nothing to compare`);
    } else {
      let decoded;
      try {
        decoded = decodeRelease(newest.release);
      } catch (error) {
        throw new ClusterError(`--compare-release: ${newest.name} is not a readable Helm release (${(error as Error).message.split("\n")[0]})`);
      }
      setup.deployed = { release, namespace, revision: decoded.version, manifest: { name: `release ${release} v${decoded.version}`, text: decoded.manifest } };
    }
  }
  return setup;
}

/** Reads each referenced object once (bounded parallelism) and answers like the inputs' own objects. */
export async function lookUp(client: ClusterClient, refs: ExternalRef[]): Promise<ObjectIndex> {
  const answers = new Map<string, ObjectAnswer>();
  const keyOf = (kind: string, namespace: string, name: string): string => `${kind}\0${namespace}\0${name}`;
  const queue = refs.map((ref) => ({ ...ref, namespace: ref.namespace ?? client.namespace })).filter((ref) => ref.name !== "");
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < queue.length) {
      const ref = queue[next++]!;
      const key = keyOf(ref.kind, ref.namespace, ref.name);
      if (answers.has(key)) continue;
      answers.set(key, { status: "missing" });
      answers.set(key, await client.get(ref.kind, ref.namespace, ref.name));
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, worker));

  const cache = new Map<string, ObjectData>();
  return {
    searched: `the cluster (context "${client.context}")`,
    find(kind, name, namespace) {
      const ns = namespace ?? client.namespace;
      const key = keyOf(kind, ns, name);
      const answer = answers.get(key);
      if (answer?.status !== "found") return undefined;
      let data = cache.get(key);
      if (!data) {
        const label = `${kind} "${ns}/${name}" in the cluster`;
        // Findings point at the reference in the inputs; keyAt is never used for cluster objects.
        data = { data: answer.data, sensitive: kind === "Secret", external: label, keyAt: () => { throw new Error(`no position for ${label}`); } };
        cache.set(key, data);
      }
      return data;
    },
    why(kind, name, namespace) {
      const ns = namespace ?? client.namespace;
      const answer = answers.get(keyOf(kind, ns, name));
      if (answer?.status === "missing") return `the cluster has no ${kind} "${ns}/${name}"`;
      if (answer?.status === "forbidden") return `${kind} "${ns}/${name}" cannot be read from the cluster: ${answer.reason}`;
      return undefined;
    },
  };
}
