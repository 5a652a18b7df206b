/** Shared helpers of the live-check tests: the fake proxy, values texts, and a lint run with live checks. */
import { rules } from "../../rules/registry.ts";
import { afterEach } from "vitest";
import { DEFAULT_OPTIONS, lint } from "../../src/engine/engine.ts";
import type { Finding, LintResult } from "../../src/core/types.ts";
import type { TextInput } from "../../src/inputs/values.ts";
import type { LiveConfig } from "../../src/live/config.ts";
import { createLivePhase } from "../../src/live/phase.ts";
import { startFakeLiteLLM, type FakeLiteLLM, type FakeLiteLLMOptions } from "../../tools/fakes/litellm/server.ts";

export const MASTER = "sk-demo-master-0001";
export const APP = "sk-demo-integration-0001";
export const LIVE_RULES = ["litellm-budget-exists", "litellm-budget-limits", "litellm-key-unlimited", "litellm-unverified"];

const servers: FakeLiteLLM[] = [];

/** A fake proxy that is closed after the test. */
export async function fake(options: FakeLiteLLMOptions = {}): Promise<FakeLiteLLM> {
  const server = await startFakeLiteLLM(options);
  servers.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** CodeMie-shaped values: the integration key from a Secret, a budget id (or none). */
export function valuesText(budgetId: string | null = "default"): string {
  const lines = [
    "api:",
    "  extraEnv:",
    "    - {name: LITE_LLM_URL, value: 'http://litellm.litellm:4000'}",
    "    - name: LITE_LLM_APP_KEY",
    "      valueFrom:",
    "        secretKeyRef: {name: litellm-integration, key: litellm-app-key}",
  ];
  if (budgetId !== null) lines.push(`    - {name: LITELLM_BUDGET_ID, value: ${JSON.stringify(budgetId)}}`);
  return `${lines.join("\n")}\n`;
}

/** N rendered Deployments, each with the budget id in its env. */
export function manifestsText(count: number, budgetId = "default"): string {
  const docs: string[] = [];
  for (let i = 0; i < count; i++) {
    docs.push(
      [
        "# Source: codemie/templates/deployment.yaml",
        "apiVersion: apps/v1",
        "kind: Deployment",
        "metadata:",
        `  name: worker-${i}`,
        "spec:",
        "  template:",
        "    spec:",
        "      containers:",
        "        - name: app",
        "          image: codemie:1",
        "          env:",
        `            - {name: LITELLM_BUDGET_ID, value: ${budgetId}}`,
      ].join("\n"),
    );
  }
  return `${docs.join("\n---\n")}\n`;
}

export interface LiveRun {
  values?: TextInput[];
  manifests?: TextInput[];
  url: string;
  master?: string | null;
  api?: string | null;
  alias?: string;
  proxyKey?: string;
  proxyAlias?: string;
  timeoutMs?: number;
  config?: Partial<LiveConfig>;
  severities?: Record<string, "error" | "warning" | "note" | "off">;
}

/** lint() with live checks; credentials default to the demo fixture's. */
export async function lintLive(run: LiveRun): Promise<LintResult> {
  const values = run.values ?? (run.manifests ? [] : [{ name: "values.yaml", text: valuesText() }]);
  return lint({
    rules,
    values,
    sets: [],
    manifests: run.manifests ?? [],
    options: { ...DEFAULT_OPTIONS, severities: run.severities ?? {} },
    live: createLivePhase({
      url: run.url,
      masterKey: run.master === null ? undefined : (run.master ?? MASTER),
      apiKey: run.api === null ? undefined : (run.api ?? APP),
      keyAlias: run.alias,
      proxyAppKey: run.proxyKey,
      proxyKeyAlias: run.proxyAlias,
      timeoutMs: run.timeoutMs ?? 5000,
      proxyEnv: {},
      // Short backoff steps keep the suite fast; the production default is 200 ms.
      backoffMs: 20,
      ...run.config,
    }),
  });
}

export function liveFindings(result: LintResult, ruleId?: string): Finding[] {
  return result.findings.filter((finding) => (ruleId ? finding.ruleId === ruleId : LIVE_RULES.includes(finding.ruleId)));
}

export function summary(result: LintResult): string[] {
  return liveFindings(result).map((finding) => `${finding.ruleId}/${finding.messageId}/${finding.severity}`);
}
