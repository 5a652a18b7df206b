import { defineRule } from "../src/engine/rule.ts";

export default defineRule({
  meta: {
    id: "suppression-directive",
    name: "SuppressionDirective",
    input: "values",
    defaultSeverity: "warning",
    description: "An inline suppression comment is malformed or suppresses nothing",
    details:
      "`# litellm-preflight-disable-next-line <rule-id> -- reason` silences one finding on the next line, `# litellm-preflight-disable-line` one on its own line, and `# litellm-preflight-disable <rule-id> -- reason` (anywhere in the file) every finding of those rules in the file. A directive needs a reason so that reviewers know why; one that names an unknown rule or no longer matches a finding hides nothing and should go.",
    remediation: "Name existing rule ids, give a reason after ` -- `, and delete directives that no longer match a finding.",
    example: "extraEnv:\n  # litellm-preflight-disable-next-line env-duplicate -- kept until the 2.43 chart lands\n  - {name: TRIGGER_ENGINE_ENABLED, value: \"false\"}\n  - {name: TRIGGER_ENGINE_ENABLED, value: \"true\"}",
    tags: ["maintainability"],
    messages: {
      missingReason: "suppression of {{rules}} has no reason; add one after ' -- '",
      unknownRule: 'suppression names unknown rule "{{rule}}"',
      noRule: "suppression names no rule id",
      unused: "suppression of {{rules}} matched no finding; remove it",
    },
  },
  check({ model, report }) {
    for (const directive of model.directives) {
      const at = { source: directive.source, path: [], offsets: directive.offsets };
      if (directive.ruleIds.length === 0) report({ messageId: "noRule", at });
      for (const rule of directive.ruleIds) if (!model.knownRuleIds.has(rule)) report({ messageId: "unknownRule", data: { rule }, at });
      if (directive.ruleIds.length > 0 && !directive.reason) report({ messageId: "missingReason", data: { rules: directive.ruleIds.join(", ") }, at });
    }
  },
});
