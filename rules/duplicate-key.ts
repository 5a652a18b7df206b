import { defineRule } from "../src/engine/rule.ts";

export default defineRule({
  meta: {
    id: "duplicate-key",
    name: "DuplicateKey",
    input: "any",
    defaultSeverity: "warning",
    description: "A mapping key is repeated in one YAML map",
    details:
      "Helm's YAML reader silently keeps the last of two equal keys in one map, so the first value is dead text that reviewers still read as configuration. A duplicated `extraEnv` or `image` key usually means a merge went wrong.",
    remediation: "Keep one occurrence of the key and merge the two values into it.",
    example: "# wrong\nimage:\n  tag: 2.40.0\nimage:\n  tag: 2.42.0\n# right\nimage:\n  tag: 2.42.0",
    tags: ["correctness", "yaml"],
    messages: {
      duplicate: 'key "{{key}}" is repeated in this map; Helm keeps only the last occurrence (line {{winnerLine}})',
    },
  },
  check({ model, report }) {
    for (const problem of model.problems) {
      if (problem.kind !== "duplicate-key") continue;
      const earlier = problem.related?.[0];
      if (!earlier) continue;
      // Report at the occurrence Helm drops; the winner is the related location.
      const winnerLine = problem.at.source.locate(problem.at.path, "key", problem.at.offsets).start.line;
      report({ messageId: "duplicate", data: { key: problem.message, winnerLine }, at: earlier, related: [problem.at] });
    }
  },
});
