import { defineRule } from "../src/engine/rule.ts";
import { chartFullname, servicePort } from "../src/litellm/chart-values.ts";

/** CodeMie's variable for the proxy URL (codemie.md), and the generic one. */
const URL_ENV = ["LITE_LLM_URL", "LITELLM_URL", "LITELLM_BASE_URL"];

export default defineRule({
  meta: {
    id: "litellm-service-url",
    name: "LitellmServiceUrl",
    input: "values",
    defaultSeverity: "warning",
    description: "The platform's in-cluster LiteLLM URL does not name the Service the LiteLLM chart creates",
    details:
      "When both sides of the proxy are linted — the platform's values and the LiteLLM chart's (`--litellm-values`) — the platform's LiteLLM URL (`LITE_LLM_URL`) must reach the Service the chart creates. Its name is the chart's fullname, derived as the chart's `_helpers.tpl` does: `fullnameOverride`; else the release name (`--litellm-release`, default `litellm`) when it contains the chart name (`nameOverride`, default `litellm`), else `<release>-<name>`, cut to 63 characters. Its port is `service.port` (default 4000). An in-cluster URL (`http://name:port`, `name.namespace`, `….svc`, `….svc.cluster.local`) naming another Service or port is a warning showing both; URLs outside the cluster are not compared.",
    remediation: "Point the platform's LiteLLM URL at the chart's Service and port (or set fullnameOverride / --litellm-release to match).",
    example: "# LiteLLM chart: release litellm, nameOverride litellm, service.port 4000\nextraEnv:\n  - {name: LITE_LLM_URL, value: 'http://litellm.litellm.svc:4000'}",
    tags: ["correctness", "litellm"],
    messages: {
      otherService: "{{name}} points at Service \"{{host}}\", but the LiteLLM chart creates Service \"{{fullname}}\" ({{why}})",
      otherPort: "{{name}} uses port {{port}}, but the LiteLLM chart's Service \"{{fullname}}\" listens on service.port {{servicePort}}",
    },
  },
  appliesTo: (model) => Boolean(model.litellm && model.values),
  check({ model, report }) {
    const chart = model.litellm;
    if (!chart) return;
    const fullname = chartFullname(chart);
    const port = servicePort(chart);
    // The URL each workload gets (an entry a later one overrides, or a pool that is off, renders none), each place once.
    const checked = new Set<string>();
    for (const scope of model.facts.scopes) {
      if (scope.origin !== "values") continue;
      for (const name of URL_ENV) {
        const variable = scope.vars.get(name);
        const at = variable?.valueAt;
        if (typeof variable?.value !== "string" || !at || variable.origin !== "value") continue;
        const place = `${at.source.file}\0${at.path.join("\0")}`;
        if (checked.has(place)) continue;
        checked.add(place);
        const target = inClusterTarget(variable.value);
        if (!target) continue;
        if (target.service !== fullname.value) {
          report({ messageId: "otherService", data: { name, host: target.service, fullname: fullname.value, why: fullname.via }, at, related: fullname.at ? [fullname.at] : [], remediation: urlFix(name, target, fullname.value, port.value) });
        } else if (target.port !== port.value) {
          report({ messageId: "otherPort", data: { name, port: target.port, fullname: fullname.value, servicePort: port.value }, at, related: port.at ? [port.at] : [], remediation: urlFix(name, target, fullname.value, port.value) });
        }
      }
    }
  },
});

function urlFix(name: string, target: { url: URL }, service: string, port: number) {
  const url = new URL(target.url.href);
  const rest = url.hostname.split(".").slice(1);
  url.hostname = [service, ...rest].join(".");
  url.port = String(port);
  return { text: "point the platform at the LiteLLM chart's Service and port", config: `- {name: ${name}, value: '${url.href.replace(/\/$/, "")}'}` };
}

/** `http://svc:4000`, `http://svc.ns`, `http://svc.ns.svc.cluster.local:4000/prefix`: the Service and port. */
function inClusterTarget(value: string): { service: string; port: number; url: URL } | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  const labels = url.hostname.toLowerCase().split(".");
  const inCluster = labels.length <= 2 || (labels[2] === "svc" && (labels.length === 3 || labels.slice(3).join(".") === "cluster.local"));
  if (!inCluster || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(labels[0] ?? "") || /^\d+$/.test(labels.at(-1) ?? "")) return null;
  if (labels[0] === "localhost") return null;
  const port = url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80;
  return { service: labels[0]!, port, url };
}
