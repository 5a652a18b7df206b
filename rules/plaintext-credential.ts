import { defineRule } from "../src/engine/rule.ts";
import { LITELLM_CREDENTIAL_ENV } from "../src/core/secrets.ts";
import { isPseudoFile, type NodeRef } from "../src/core/source.ts";
import type { VNode } from "../src/yaml/vnode.ts";
import { envListsOf } from "../src/facts/values-scopes.ts";
import type { EnvList } from "../src/facts/types.ts";
import { configUnder, looksLikeLiteLLMChart } from "../src/litellm/chart-values.ts";
import { isRecord } from "../src/core/guards.ts";

export default defineRule({
  meta: {
    id: "plaintext-credential",
    name: "PlaintextCredential",
    input: "any",
    defaultSeverity: "error",
    description: "A LiteLLM key is written as a literal instead of a Secret reference",
    details:
      "A LiteLLM master key or integration key in a values file or manifest is readable by everyone with access to the repository, its history, CI logs and the rendered release, also when a later values layer replaces it. A key read (through `secretKeyRef` or `envFrom`) from a Secret the inputs hold as text counts too: a committed Secret manifest (base64 hides nothing), a Secret in the values' `extraObjects`, or a rendered Secret whose value a values key supplies (reported at that key). Not reported: a rendered value the chart makes up (`randAlphaNum`; a rendering is known by helm's `# Source:` comments, or by coming on stdin), an object exported from the cluster (its metadata has a `uid` or `resourceVersion`; `kubectl create --dry-run -o yaml` writes neither), an encrypted value (SOPS `ENC[…]`) and a placeholder a tool fills in (`<path:…>`, `{{ … }}`, `%%…%%`, `${…}`). A key given in a `--set` flag is a note: it is not committed with the files, but helm stores it in the release, where `helm get values` shows it. The master key is an admin credential for the proxy: it can create keys and change budgets. The value is never shown in this tool's output.",
    remediation: "Store the key in a Kubernetes Secret and reference it with valueFrom.secretKeyRef (or masterkeySecretName in the LiteLLM chart), then rotate the exposed key.",
    example:
      "# wrong\nextraEnv:\n  - {name: LITE_LLM_MASTER_KEY, value: sk-...}\n# right\nextraEnv:\n  - name: LITE_LLM_MASTER_KEY\n    valueFrom:\n      secretKeyRef: {name: litellm-integration, key: litellm-master-key}",
    tags: ["security", "secrets", "litellm"],
    securitySeverity: "8.0",
    messages: {
      env: "{{name}} is set to a literal value; reference a Secret instead (the value is not shown)",
      chartMasterkey: "the LiteLLM chart's {{key}} is a literal master key; use masterkeySecretName instead (the value is not shown)",
      proxyConfig: "proxy_config.general_settings.master_key is a literal; use os.environ/PROXY_MASTER_KEY (the value is not shown)",
      secretLiteral: "{{name}} reads Secret \"{{secret}}\", whose {{key}} is written here as a literal: the key is committed with the Secret; keep it in a secret store (External Secrets, a sealed or SOPS-encrypted Secret) and rotate it (the value is not shown)",
    },
    optionsSchema: {
      type: "object",
      properties: { names: { type: "array", items: { type: "string" }, description: "More env names that hold credentials" } },
      additionalProperties: false,
    },
    defaultOptions: { names: [] },
  },
  check({ model, options, report }) {
    const names = new Set([...LITELLM_CREDENTIAL_ENV, ...((options.names as string[] | undefined) ?? [])]);
    // Each values file's own lists too: a key a later layer replaces is still committed (the engine drops repeats).
    const layers = (model.values?.trees.length ?? 0) > 1 ? model.values!.trees.flatMap((tree) => (tree ? envListsOf(tree) : [])) : [];
    // Credential names read through secretKeyRef, by list (one pass over the names: lists are long, scopes many).
    const secretRefs = new Map<EnvList, { name: string; secret: string }[]>();
    for (const list of [...model.facts.envLists, ...layers]) {
      for (let index = 0; index < list.length; index++) {
        if (!names.has(list.nameAt(index))) continue;
        const entry = list.entryAt(index);
        if (isLiteral(entry.value)) {
          report({ messageId: "env", data: { name: entry.name }, at: { ...entry.valueAt, sensitive: true }, ...onlyPassed(entry.valueAt) });
          continue;
        }
        const ref = isRecord(entry.valueFrom) && isRecord(entry.valueFrom.secretKeyRef) ? entry.valueFrom.secretKeyRef : undefined;
        if (typeof ref?.name !== "string") continue;
        const refs = secretRefs.get(list);
        if (refs) refs.push({ name: entry.name, secret: ref.name });
        else secretRefs.set(list, [{ name: entry.name, secret: ref.name }]);
      }
    }
    // A key read from a Secret the inputs hold as text: a committed Secret manifest, a Secret in the
    // values' extraObjects, or a rendered Secret whose value a values key supplies (a rendered value
    // the chart makes up, randAlphaNum, is none).
    const scopes = model.facts.scopes;
    // Indexed loops, and a set only for a container that has such names: thousands of containers, few of them with any.
    for (let s = 0; s < scopes.length; s++) {
      const scope = scopes[s]!;
      // Names that may come from a Secret the inputs hold (resolving the others would find nothing).
      let fromSecret: Set<string> | undefined;
      const lists = secretRefs.size > 0 ? scope.lists : [];
      for (let l = 0; l < lists.length; l++) for (const ref of secretRefs.get(lists[l]!) ?? []) if (scope.vars.holds("Secret", ref.secret)) (fromSecret ??= new Set()).add(ref.name);
      // envFrom a Secret: any credential name may come from it.
      const envFrom = scope.vars.envFrom;
      for (let e = 0; e < envFrom.length; e++) {
        if (envFrom[e]!.kind !== "Secret" || !scope.vars.holds("Secret", envFrom[e]!.name)) continue;
        fromSecret ??= new Set();
        for (const name of names) fromSecret.add(name);
        break;
      }
      if (fromSecret === undefined) continue;
      for (const name of fromSecret) {
        const variable = scope.vars.get(name);
        const at = variable?.valueAt;
        // From a Secret (a key in a ConfigMap is read by envFrom too, but is no Secret's).
        if (!variable || !at || !variable.sensitive || (variable.origin !== "secretKeyRef" && variable.origin !== "envFrom") || !isLiteral(variable.value)) continue;
        // Read from the cluster (or an object not in the inputs): the reference's own place.
        if (variable.entry && at === variable.entry.valueAt) continue;
        if (!committed(at, model.valuesBehind)) continue;
        const ref = variable.origin === "secretKeyRef" ? (variable.entry?.valueFrom as { secretKeyRef?: { name?: unknown; key?: unknown } }).secretKeyRef : undefined;
        const secret = ref ? String(ref.name) : (at.source.object?.name ?? "(envFrom)");
        const key = ref ? String(ref.key) : String(at.path.at(-1) ?? name);
        report({ messageId: "secretLiteral", data: { name, secret, key: JSON.stringify(key) }, at: sensitive(at) });
      }
    }
    // The platform's values (a LiteLLM subchart inside them) and the LiteLLM chart's own values.
    for (const root of [model.values?.root, model.litellm?.values.root]) {
      if (root) forEachLiteLLMChart(root, checkChart);
    }
    function checkChart(chart: VNode & { kind: "map" }): void {
      const masterkey = chart.entries.get("masterkey");
      if (masterkey?.kind === "scalar" && isLiteral(masterkey.value)) {
        const remediation = configUnder(masterkey.origin.path.slice(0, -1), { text: "keep the master key in a Secret the chart reads, delete the literal and rotate the exposed key", config: "masterkeySecretName: litellm-masterkey" });
        report({ messageId: "chartMasterkey", data: { key: [...masterkey.origin.path].join(".") }, at: sensitive(masterkey.origin), remediation, ...onlyPassed(masterkey.origin) });
      }
      const proxyConfig = chart.entries.get("proxy_config");
      const general = proxyConfig?.kind === "map" ? proxyConfig.entries.get("general_settings") : undefined;
      const masterKey = general?.kind === "map" ? general.entries.get("master_key") : undefined;
      if (masterKey?.kind === "scalar" && isLiteral(masterKey.value) && !String(masterKey.value).startsWith("os.environ/")) {
        report({ messageId: "proxyConfig", at: sensitive(masterKey.origin), remediation: configUnder(masterKey.origin.path.slice(0, -3), { text: "read the master key from the chart's Secret and rotate the exposed key", config: "proxy_config.general_settings.master_key: os.environ/PROXY_MASTER_KEY" }), ...onlyPassed(masterKey.origin) });
      }
    }
  },
});

/**
 * Whether the text at `at` is in the files under review: a values file, a hand-written manifest,
 * or a rendering whose value a values key supplies (the engine reports it there).
 */
function committed(at: NodeRef, valuesBehind: ((at: NodeRef) => NodeRef | undefined) | undefined): boolean {
  if (at.source.kind !== "manifest") return at.source.kind === "values";
  const source = at.source as NodeRef["source"] & { text?: unknown };
  // A stream (a rendering piped to -m -) and objects exported from a cluster (`kubectl get -o yaml`) are no files of the repository.
  if (isPseudoFile(source.file) || (typeof source.text === "string" && FROM_CLUSTER.test(source.text))) return false;
  // A rendering (helm writes `# Source:` above each document): only what a values key supplies is committed.
  return source.object?.source === undefined || valuesBehind?.(at) !== undefined;
}

/** Metadata only the API server writes (a dry run's `creationTimestamp: null` is no sign). */
const FROM_CLUSTER = /(?:^\s+|[{,]\s*)(?:uid|resourceVersion)\s*:/m;

/** A value that holds no key: an encrypted one (SOPS `ENC[…]`), or a placeholder a tool fills in (`<path:…>`, `{{ … }}`, `%%…%%`, `${…}`). */
const NOT_A_KEY = /^ENC\[[^\]]*\]$|^<path:[^>]+>$|\{\{[\s\S]*\}\}|^%%[^%\s]+%%$|^\$\{[^}]+\}$/;

function isLiteral(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  const text = String(value).trim();
  // Empty values, pure $(VAR) references, ciphertexts and placeholders carry no secret.
  return text !== "" && !/^(\$\([^)]*\))+$/.test(text) && !NOT_A_KEY.test(text);
}

/**
 * A key given in a --set flag is not committed with the files (it may be made at deploy time,
 * `--set masterkey=$(openssl rand -hex 32)`), but helm keeps it in the release's values: a note.
 */
function onlyPassed(ref: NodeRef): { severity: "note" } | Record<string, never> {
  return ref.source.kind === "set" ? { severity: "note" } : {};
}

function sensitive(ref: NodeRef): NodeRef {
  return { ...ref, sensitive: true };
}

/**
 * The LiteLLM chart's values: at the root, or nested under a subchart key (`litellm-helm:`). Below
 * the root a `masterkey:` alone is another chart's (Zitadel's, Keycloak's): the map must be named for
 * LiteLLM or look like its chart.
 */
function forEachLiteLLMChart(root: VNode, visit: (chart: VNode & { kind: "map" }) => void): void {
  const walk = (node: VNode, depth: number, litellmKey: boolean): void => {
    if (node.kind !== "map" || depth > 3) return;
    const holds = node.entries.has("masterkey") || node.entries.has("proxy_config");
    if (holds && (depth === 0 || litellmKey || looksLikeLiteLLMChart(node, { masterkeyAlone: false }))) visit(node);
    for (const [key, child] of node.entries) walk(child, depth + 1, /litellm/i.test(key));
  };
  walk(root, 0, false);
}
