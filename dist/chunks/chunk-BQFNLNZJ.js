import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  VERSION
} from "./chunk-PZGEJKJL.js";

// src/cli/help.ts
var LINT_OPTIONS_HELP = `Inputs:
  VALUES, -f, --values FILE     values files, merged in order like helm -f (repeatable; -f a,b is two)
  --set KEY=VAL                 Helm --set syntax, applied after the files (repeatable)
  --set-string KEY=VAL          like --set, values stay strings (repeatable)
  --set-json KEY=JSON           like --set, values are JSON (repeatable; applied before --set)
  --set-file KEY=PATH           like --set, the value is the text of PATH (repeatable; applied after --set-string)
  --set-literal KEY=TEXT        like --set, the value is the rest of the argument, commas included (repeatable; applied last)
  -m, --manifests FILE|-        rendered manifests, multi-document; - reads stdin (repeatable)

Budget ids:
  --budget-id-env NAME          env name carrying the budget id (repeatable; default LITELLM_BUDGET_ID)
  --default-budget-id ID        the id in effect where none is set (default "default")
  --budgets-config FILE         a CodeMie budgets-config.yaml to check with the inputs
  --litellm-values FILE         the LiteLLM chart's own values (repeatable, layered like -f;
                                -f files of that shape are detected)
  --litellm-release NAME        the LiteLLM chart's release name, for its Service (default litellm)

Live checks (LiteLLM proxy):
  --litellm-url URL             proxy base URL, may include a path prefix (env LITELLM_URL)
  --offline                     skip live checks even when a URL is set
  --key-alias ALIAS             find the integration key by alias (needs LITELLM_MASTER_KEY)
  --proxy-key-alias ALIAS       find CodeMie's LITE_LLM_PROXY_APP_KEY by alias (or env LITELLM_PROXY_APP_KEY)
  --timeout MS                  bound for the whole live phase (default 10000)
  --require-live                fail closed: a live check that cannot complete (proxy down, key
                                refused) is an error; an unreachable proxy is reported where the
                                URL was given
  --litellm-key-header NAME     header carrying the key (litellm_key_header_name; default Authorization)
  Credentials come only from the environment: LITELLM_MASTER_KEY (admin: budgets, keys, teams)
  and LITELLM_API_KEY (the platform's integration key); never from the linted files.

Charts (needs helm on PATH; see docs/charts.md):
  --chart DIR|REF               render with helm template (same -f/--set, same order) and lint the output
  --release NAME                release name for helm template (default: --compare-release, else helm's)
  -n, --namespace NS            release namespace (helm template, and cluster lookups; default
                                HELM_NAMESPACE, else the kube context's, as for helm)
  --chart-version VER           chart version for a REF (helm --version)
  --values-schema FILE          JSON schema for the values (default: the chart's values.schema.json)
  --chart-values FILE           the chart's own values.yaml, for a REF (unknown keys, schema layering)
  --helm-version 3|4            read values as this helm major does where 3 and 4 differ (default:
                                the helm that renders --chart, else 3)

Cluster (read-only; nothing is read without one of these; see docs/cluster.md):
  --kube-context NAME           read references the inputs lack from this context
  --kubeconfig FILE             kubeconfig to use (default: KUBECONFIG, ~/.kube/config, in-cluster)
  --kube-timeout MS             bound for all cluster calls of the run (default 10000)
  --compare-release NAME        compare budget id and LiteLLM URL with the deployed Helm release
                                (stored as Secrets, or ConfigMaps with HELM_DRIVER=configmap)
  --master-key-secret NS/NAME:KEY  read LITELLM_MASTER_KEY from a cluster Secret (never printed)

Output:
  --format FORMAT               stylish (default), json, sarif, github (workflow-command annotations,
                                plus a job summary when GITHUB_STEP_SUMMARY is set), gitlab (Code
                                Quality report; paths relative to --sarif-root), junit (a testcase
                                per rule and file), checkstyle
  --sarif FILE                  also write SARIF 2.1.0 to FILE, next to any format
  --gitlab-report FILE          also write the GitLab Code Quality report to FILE, next to any format
  --sarif-root DIR              SARIF URIs and gitlab paths are relative to DIR (default: the git
                                root, else the cwd)
  --sarif-category ID           runs[0].automationDetails.id (default "litellm-preflight/")
  -o, --output FILE             write the report to FILE instead of stdout
  --fail-on error|warning|never exit 1 on errors (default), on warnings too, or never
  --max-warnings N              exit 1 when there are more than N warnings (and say so)
  -q, --quiet                   report errors only (stylish)
  --verbose                     stylish: how to fix each finding, and its rule's docs
  --timing                      print where the run's time went (ms) on stderr: start, model, rules
  --baseline FILE               hide the findings recorded in FILE (default: the config's baseline:)
  --write-baseline FILE         record this run's findings in FILE (exit 0), pruning stale entries

Fixes (values files only; comments, quotes, key order and line endings kept):
  --fix                         apply the mechanical fixes in place, then report what is left
  --fix-dry-run                 show the fixes as a diff and what would be left; write nothing
  --fix-type suggestion         also apply suggestions (a budget id set to the proxy's did-you-mean)
  --no-color, --color           no colors, or colors even into a file or pipe (NO_COLOR, TERM=dumb
                                and FORCE_COLOR as Node reads it are honoured)

Config:
  --config FILE                 config file (default: .litellm-preflight.yaml found upward from the cwd)
  --environment NAME            run this environment of the config's environments: (repeatable);
                                lint with no inputs runs them all, inputs on the command line none
  In a values file, \`# litellm-preflight-disable-next-line RULE -- reason\` silences the next line,
  \`# litellm-preflight-disable-line RULE -- reason\` its own line, \`# litellm-preflight-disable RULE
  -- reason\` the whole file.

Exit codes: 0 no errors, 1 error findings (or too many warnings), 2 usage, config or I/O error.
`;
var HELP = `litellm-preflight ${VERSION}
Lints Helm values and rendered manifests of platforms that route LLM traffic through a LiteLLM
proxy, and checks the proxy live: budget ids, budget limits, the integration key's budget.

Usage:
  litellm-preflight lint [VALUES...] [options]   lint values files, manifests, a chart, or the config's environments
  litellm-preflight rules [--format stylish|json]  list the rules
  litellm-preflight post-render [VALUES...] [options]  helm post-renderer: manifests on stdin, report
                                                 on stderr, manifests out unchanged unless it fails
  litellm-preflight --version | --help           (COMMAND --help: that command's options)

${LINT_OPTIONS_HELP}`;
var LINT_HELP = `Usage: litellm-preflight lint [VALUES...] [options]

${LINT_OPTIONS_HELP}`;
var RULES_HELP = `Usage: litellm-preflight rules [--format stylish|json]

Lists every rule: id, default severity, input and description.
  --format stylish|json         json: id, severity, input, description, docsUrl, fixable, optionsSchema
`;

export {
  HELP,
  LINT_HELP,
  RULES_HELP
};
