import { defineRule } from "../src/engine/rule.ts";
import { advisoriesFor, advisoryFix, formatRelease, parseRelease } from "../src/facts/litellm-version.ts";
import { imageTag, litellmSettingsInUse } from "../src/litellm/chart-values.ts";

export default defineRule({
  meta: {
    id: "litellm-image-advisory",
    name: "LitellmImageAdvisory",
    input: "values",
    defaultSeverity: "error",
    description: "The LiteLLM image tag names a known-bad LiteLLM release",
    details:
      "Checks `image.tag` of the LiteLLM chart's values (`main-v1.82.7`, `v1.82.7-stable`, `litellm-database:…` tags all name a release) against the project's list of known-bad LiteLLM releases (src/facts/litellm-advisories.ts, each entry linked to the public issue it was verified against). Malicious releases are errors: 1.82.7 and 1.82.8 were uploaded to PyPI on 2026-03-24 from a hijacked account and steal credentials; official images were not built from them, but teams build their own. A budget-enforcement bug with a fixed release is a warning while the tag is before it; a bug nobody fixed is a note saying so. An empty tag (the chart's appVersion) is not checked; the live check `litellm-version-advisory` reads the version the running proxy reports.",
    remediation: "Move image.tag to a release that the message does not name (for a malicious release: rotate every credential the image could read).",
    example: "image:\n  repository: ghcr.io/berriai/litellm-database\n  tag: main-v1.82.6",
    tags: ["security", "litellm", "supply-chain"],
    securitySeverity: "9.0",
    messages: {
      advisory: "image.tag {{tag}} is LiteLLM {{version}}: {{summary}} ({{url}})",
    },
  },
  appliesTo: (model) => Boolean(model.litellm),
  check({ model, report }) {
    const tag = model.litellm ? imageTag(model.litellm) : undefined;
    const release = tag ? parseRelease(tag.value) : null;
    if (!tag || !release) return;
    for (const match of advisoriesFor(release, litellmSettingsInUse(model.litellm))) {
      const data = { version: formatRelease(release), tag: tag.value, summary: match.advisory.summary, url: match.advisory.url };
      const config = match.advisory.fixed ? `image.tag: main-v${match.advisory.fixed}` : undefined;
      report({ messageId: "advisory", data, at: tag.at!, severity: match.severity, remediation: { text: advisoryFix(match.advisory), ...(config ? { config } : {}) } });
    }
  },
});
