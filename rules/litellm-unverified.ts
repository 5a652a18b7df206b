import { defineLiveRule } from "../src/live/rule.ts";
import type { LiveProblem } from "../src/live/session.ts";

export default defineLiveRule({
  meta: {
    id: "litellm-unverified",
    name: "LitellmUnverified",
    input: "live",
    defaultSeverity: "warning",
    description: "A live LiteLLM check could not be completed",
    details:
      "Live checks are tri-state: passed, failed or inconclusive, never silently passed. A check is inconclusive when the proxy cannot be reached (connection refused, DNS, TLS, timeout), refuses the credential (401/403), lacks the endpoint (404 on an older version), or answers with something that is not the expected JSON (HTML, malformed, oversized), and when the credential it needs is not set: LITELLM_MASTER_KEY for budgets, LITELLM_API_KEY or --key-alias for the integration key. Raise this rule to error in the config for a fail-closed gate.",
    remediation: "Set the credential the message names, or make the proxy reachable from where the check runs, then run the check again.",
    example: "# .litellm-preflight.yaml: fail closed when a live check cannot run\nrules:\n  litellm-unverified: error",
    tags: ["litellm", "live"],
    messages: {
      missingCredential: "{{checks}} not checked: {{reason}}",
      incomplete: "{{checks}} could not be completed: {{reason}}",
    },
  },
  check({ live, report }) {
    // One finding per distinct reason, naming every check it stopped.
    const groups = new Map<string, LiveProblem[]>();
    for (const problem of live.problems) {
      const key = `${problem.kind}\0${problem.reason}`;
      groups.set(key, [...(groups.get(key) ?? []), problem]);
    }
    for (const problems of groups.values()) {
      const first = problems[0]!;
      const checks = [...new Set(problems.map((problem) => problem.ruleId))].join(", ");
      const text = first.kind === "credential" ? "set the credential the message names and run again" : "make the proxy and its database reachable from where the check runs, then run again";
      report({ messageId: first.kind === "credential" ? "missingCredential" : "incomplete", data: { checks, reason: first.reason }, at: first.at ?? live.anchor, remediation: { text } });
    }
  },
});
