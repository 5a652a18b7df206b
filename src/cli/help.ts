/** Kept equal to package.json by a test. */
export const VERSION = "0.1.0";

export const HELP = `litellm-preflight ${VERSION}
Lints Helm values and rendered manifests of platforms that route LLM traffic through a LiteLLM
proxy, and checks the proxy live: budget ids, budget limits, the integration key's budget.

Usage:
  litellm-preflight lint [VALUES...] [options]
  litellm-preflight rules [--format stylish|json]
  litellm-preflight --version | --help

Inputs:
  VALUES, -f, --values FILE     values files, merged in order like helm -f (repeatable)
  --set KEY=VAL                 Helm --set syntax, applied after the files (repeatable)
  --set-string KEY=VAL          like --set, values stay strings (repeatable)
  -m, --manifests FILE|-        rendered manifests, multi-document; - reads stdin (repeatable)

Budget ids:
  --budget-id-env NAME          env name carrying the budget id (repeatable; default LITELLM_BUDGET_ID)
  --default-budget-id ID        the id in effect where none is set (default "default")

Output:
  --format stylish|json         output format (default stylish)
  -o, --output FILE             write the report to FILE instead of stdout
  --max-warnings N              exit 1 when there are more than N warnings
  -q, --quiet                   report errors only (stylish)
  --no-color                    no colors (NO_COLOR and FORCE_COLOR are honoured)

Config:
  --config FILE                 config file (default: .litellm-preflight.yaml found upward from the cwd)

Exit codes: 0 no errors, 1 error findings (or too many warnings), 2 usage, config or I/O error.
`;
