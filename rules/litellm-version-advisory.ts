import { advisoriesFor, advisoryFix, formatRelease, parseRelease } from "../src/facts/litellm-version.ts";
import { litellmSettingsInUse } from "../src/litellm/chart-values.ts";
import { defineLiveRule } from "../src/live/rule.ts";

export default defineLiveRule({
  meta: {
    id: "litellm-version-advisory",
    name: "LitellmVersionAdvisory",
    input: "live",
    requiresNetwork: true,
    defaultSeverity: "error",
    description: "The LiteLLM proxy reports a known-bad LiteLLM release",
    details:
      "Checks the version the running proxy reports (`litellm_version` of `/health/readiness`, or of the authenticated `/health/readiness/details` on the newest releases) against the project's list of known-bad LiteLLM releases (src/facts/litellm-advisories.ts, each entry linked to the public issue it was verified against). Malicious releases (1.82.7 and 1.82.8, published to PyPI on 2026-03-24, credential stealers) are errors; a budget-enforcement bug is a warning while the proxy runs a release before its fix, and a note when no fix was ever released, so current versions are not warned about bugs nobody fixed. No extra request: the version comes from the readiness probe every live run makes.",
    remediation: "Upgrade (or, for a malicious release, replace) the LiteLLM proxy as the linked issue says, and rotate every credential it could read when the release is malicious.",
    example: "# LiteLLM chart values\nimage:\n  tag: main-v1.82.6",
    tags: ["security", "litellm", "supply-chain", "live"],
    securitySeverity: "9.0",
    messages: {
      advisory: "the LiteLLM proxy runs {{version}}: {{summary}} ({{url}})",
    },
  },
  check({ model, live, report }) {
    const version = live.readiness?.version;
    const release = version ? parseRelease(version) : null;
    if (!release) return;
    for (const match of advisoriesFor(release, litellmSettingsInUse(model.litellm))) {
      const data = { version: formatRelease(release), summary: match.advisory.summary, url: match.advisory.url };
      report({ messageId: "advisory", data, at: live.anchor, severity: match.severity, remediation: { text: advisoryFix(match.advisory) } });
    }
  },
});
