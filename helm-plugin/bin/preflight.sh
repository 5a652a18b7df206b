#!/bin/sh
# `helm preflight [NAME] CHART [helm template flags]`: renders the chart with the helm that runs the
# plugin (the same flags as `helm template`), then lints the output together with the values files
# and --set flags helm was given, in helm's order. Exit status: helm's when rendering fails, else
# litellm-preflight's (1 on error findings). More lint options: LITELLM_PREFLIGHT_ARGS.
root="$(cd -P "$(dirname "$0")/../.." && pwd -P)"
preflight() {
  if [ -n "${LITELLM_PREFLIGHT_CLI:-}" ]; then node "$LITELLM_PREFLIGHT_CLI" "$@";
  elif [ -f "$root/dist/cli.js" ]; then node "$root/dist/cli.js" "$@";
  else litellm-preflight "$@"; fi
}
rendered="$(mktemp)" || exit 2
trap 'rm -f "$rendered"' EXIT
"${HELM_BIN:-helm}" template "$@" > "$rendered" || exit $?
# Keep the values flags (appended after the original arguments, which are then shifted away).
count=$#
flag=""
for arg in "$@"; do
  if [ -n "$flag" ]; then set -- "$@" "$flag" "$arg"; flag=""; continue; fi
  case "$arg" in
    -f|--values|--set|--set-string|--set-json|--set-file|--set-literal) flag="$arg" ;;
    --values=*|--set=*|--set-string=*|--set-json=*|--set-file=*|--set-literal=*) set -- "$@" "$arg" ;;
    # pflag's attached forms of -f: -f=FILE and -fFILE.
    -f=*) set -- "$@" "--values=${arg#-f=}" ;;
    -f?*) set -- "$@" "--values=${arg#-f}" ;;
  esac
done
shift "$count"
# The values are read as the helm that runs the plugin reads them (helm 3 and 4 differ).
major="$("${HELM_BIN:-helm}" version --short 2>/dev/null | sed -n 's/^v\([34]\)\..*/\1/p')"
# shellcheck disable=SC2086 # LITELLM_PREFLIGHT_ARGS is a list of options, split at white space.
preflight lint "$@" -m - ${major:+--helm-version "$major"} ${LITELLM_PREFLIGHT_ARGS:-} < "$rendered"
