#!/bin/sh
# Runs `litellm-preflight post-render` for helm 4. Helm 4.1.4 keeps a post-renderer plugin's stderr
# in a buffer it never prints (it reports only `plugin "litellm-preflight" exited with error`), so
# the report goes to helm's own stderr (its parent's fd 2, on Linux), else to the terminal.
# (A socket cannot be opened that way: then the terminal, else the report stays in helm's buffer.)
if { : 2>>"/proc/$PPID/fd/2"; } 2>/dev/null; then exec 2>>"/proc/$PPID/fd/2"; elif { : >/dev/tty; } 2>/dev/null; then exec 2>/dev/tty; fi
# The tool: $LITELLM_PREFLIGHT_CLI (a cli.js), else the checkout or package this script is in, else PATH.
root="$(cd -P "$(dirname "$0")/../.." && pwd -P)"
if [ -n "${LITELLM_PREFLIGHT_CLI:-}" ]; then exec node "$LITELLM_PREFLIGHT_CLI" post-render "$@"; fi
if [ -f "$root/dist/cli.js" ]; then exec node "$root/dist/cli.js" post-render "$@"; fi
exec litellm-preflight post-render "$@"
