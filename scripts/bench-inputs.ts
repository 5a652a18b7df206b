/** Generated benchmark inputs: a CodeMie-like rendered chart of any size. */

/** CodeMie's LiteLLM wiring, with values a real release carries. */
const ENV: [string, string][] = [
  ["ENV", "prod"],
  ["API_ROOT_PATH", "/code-assistant-api"],
  ["LLM_PROXY_MODE", "lite_llm"],
  ["LLM_PROXY_ENABLED", "true"],
  ["LITE_LLM_URL", "http://litellm.litellm:4000"],
  ["LOG_LEVEL", "info"],
  ["ELASTIC_URL", "https://elasticsearch-master.elastic.svc.cluster.local:9200"],
  ["NATS_SKIP_TLS_VERIFY", "false"],
];

/** A Deployment; `flawed` gives it one finding (LOG_LEVEL set twice: env-duplicate). */
function deployment(index: number, flawed = false): string {
  const entries: [string, string][] = flawed ? [...ENV, ["LOG_LEVEL", "debug"]] : ENV;
  const env = entries.map(([name, value]) => `            - name: ${name}\n              value: "${value}"`).join("\n");
  return `---
# Source: codemie/templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: codemie-${index}
  namespace: codemie
  labels:
    app.kubernetes.io/name: codemie-${index}
    app.kubernetes.io/instance: codemie
spec:
  replicas: 2
  selector:
    matchLabels:
      app.kubernetes.io/name: codemie-${index}
  template:
    metadata:
      annotations:
        checksum/config: "${(index * 2654435761) % 4294967296}"
      labels:
        app.kubernetes.io/name: codemie-${index}
    spec:
      containers:
        - name: codemie
          image: "registry.example.com/codemie:2.20.${index % 7}"
          ports:
            - containerPort: 8080
              name: http
          env:
            - name: APP_VERSION
              value: "2.20.${index % 7}"
${env}
            - name: LITE_LLM_APP_KEY
              valueFrom:
                secretKeyRef:
                  name: litellm-integration
                  key: litellm-app-key
            - name: LITELLM_BUDGET_ID
              valueFrom:
                configMapKeyRef:
                  name: codemie-litellm
                  key: budget-id
          volumeMounts:
            - name: budgets
              mountPath: /app/config/budgets
          resources:
            limits: {cpu: 2, memory: 2048Mi}
            requests: {cpu: 100m, memory: 1024Mi}
      volumes:
        - name: budgets
          configMap:
            name: codemie-litellm
`;
}

const configMap = (name: string) => `---
# Source: codemie/templates/extra-manifests.yaml
apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}
  namespace: codemie
data:
  budget-id: prod-budget
`;

function extraConfigMap(index: number): string {
  return `---
# Source: codemie/templates/extra-manifests.yaml
apiVersion: v1
kind: ConfigMap
metadata:
  name: codemie-extra-${index}
  namespace: codemie
data:
  customer-config.yaml: |
    components:
      - id: "feedbackAssistant"
        settings:
          enabled: true
`;
}

/**
 * A rendered manifest of about `bytes` characters: Deployments, with a ConfigMap every 50.
 * `findingShare` (0 to 1) of the Deployments, spread evenly, get one finding each.
 */
export function renderedManifest(bytes: number, findingShare = 0): { text: string; workloads: number } {
  const first = configMap("codemie-litellm");
  const parts: string[] = [first];
  let size = first.length;
  let workloads = 0;
  while (size < bytes) {
    const flawed = Math.floor((workloads + 1) * findingShare) > Math.floor(workloads * findingShare);
    const doc = (workloads % 50 === 49 ? extraConfigMap(workloads) : "") + deployment(workloads, flawed);
    parts.push(doc);
    size += doc.length;
    workloads++;
  }
  return { text: parts.join(""), workloads };
}

/** Exactly `count` Deployments sharing the budget ConfigMap. */
export function manifestWithWorkloads(count: number): string {
  return configMap("codemie-litellm") + Array.from({ length: count }, (_, index) => deployment(index)).join("");
}
