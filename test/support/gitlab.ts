/** What GitLab documents of the reports it reads, as a check. */
import { Ajv } from "ajv";

/**
 * GitLab's "Code Quality report format" (docs.gitlab.com/ci/testing/code_quality): a JSON array of
 * objects with the required `description`, `check_name`, `fingerprint` ("a unique fingerprint"),
 * `severity` (one of info, minor, major, critical, blocker), `location.path` ("the file
 * containing the code quality violation", relative to the repository) and `location.lines.begin`
 * (or `location.positions.begin.line`).
 */
export const GITLAB_CODE_QUALITY_SCHEMA = {
  type: "array",
  items: {
    type: "object",
    required: ["description", "check_name", "fingerprint", "severity", "location"],
    properties: {
      description: { type: "string", minLength: 1 },
      check_name: { type: "string", minLength: 1 },
      fingerprint: { type: "string", minLength: 1 },
      severity: { enum: ["info", "minor", "major", "critical", "blocker"] },
      location: {
        type: "object",
        required: ["path", "lines"],
        properties: {
          path: { type: "string", minLength: 1, not: { pattern: "^(/|\\./|\\.\\./)" } },
          lines: { type: "object", required: ["begin"], properties: { begin: { type: "integer", minimum: 1 }, end: { type: "integer", minimum: 1 } } },
        },
      },
    },
  },
} as const;

/** Why GitLab would not read `report` as a Code Quality report (schema errors, repeated fingerprints); empty when it would. */
export function codeQualityProblems(report: unknown): string[] {
  const validate = new Ajv({ strict: true, allErrors: true }).compile(GITLAB_CODE_QUALITY_SCHEMA);
  if (!validate(report)) return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
  const fingerprints = (report as { fingerprint: string }[]).map((issue) => issue.fingerprint);
  return fingerprints.filter((fingerprint, index) => fingerprints.indexOf(fingerprint) !== index).map((fingerprint) => `fingerprint ${fingerprint} repeated`);
}
