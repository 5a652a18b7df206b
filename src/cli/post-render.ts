/**
 * `litellm-preflight post-render`: a helm post-renderer that blocks the release. Helm pipes the
 * rendered manifests to stdin; they are linted (with the values files and --set flags given as
 * arguments, as for `lint`), the report goes to stderr, and the manifests go to stdout byte for
 * byte when the run passes. When it fails (per --fail-on, --max-warnings) nothing is written to
 * stdout and the exit code is non-zero, so helm aborts before anything reaches the cluster.
 */
import { PassThrough } from "node:stream";
import { UsageError } from "../core/errors.ts";
import { holdsDocuments, readStdinBytes } from "../io/files.ts";

export const POST_RENDER_HELP = `Usage: litellm-preflight post-render [VALUES...] [lint options]

A helm post-renderer: reads the rendered manifests on stdin, lints them with the values files and
--set flags given here (as helm was given them), writes the report to stderr, and passes the
manifests to stdout unchanged when the run passes. On a failure (--fail-on, --max-warnings) it
writes nothing to stdout and exits 1, so helm stops the release. Extra arguments can also come from
the environment variable LITELLM_PREFLIGHT_POST_RENDER_ARGS (split at white space).

  helm upgrade --install codemie ./chart -f prod.yaml \\
    --post-renderer litellm-preflight --post-renderer-args post-render \\
    --post-renderer-args=-f --post-renderer-args=prod.yaml

Takes the options of \`lint\` (see lint --help) except -m/--manifests: stdin is the manifests.
`;

/** What `lint` is run with (run.ts's CliIO without the worker hand-off: helm's stdout must stay this process's). */
interface PostRenderIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  noUrlReason?: string;
}

export async function postRender(argv: string[], io: PostRenderIO, lint: (argv: string[], io: PostRenderIO) => Promise<number>): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    io.stdout.write(POST_RENDER_HELP);
    return 0;
  }
  const fromEnv = io.env.LITELLM_PREFLIGHT_POST_RENDER_ARGS?.split(/\s+/).filter((arg) => arg !== "") ?? [];
  const args = [...fromEnv, ...argv];
  if (args.some((arg) => arg === "-m" || arg.startsWith("--manifests") || (arg.startsWith("-m") && !arg.startsWith("--")))) throw new UsageError("post-render reads the manifests from stdin: drop -m/--manifests");
  const input = await readStdinBytes(io.stdin);
  if (!holdsDocuments(input.toString("utf8"))) {
    // A chart that renders nothing (or only comments, `{{- if }}` … `# disabled`): nothing to check, and nothing to hold back.
    io.stdout.write(input);
    return 0;
  }
  const stdin = new PassThrough();
  stdin.end(input);
  // The report goes where helm shows it (stderr); stdout carries only the manifests.
  const code = await lint([...args, "-m", "-"], { cwd: io.cwd, env: io.env, stdout: io.stderr, stderr: io.stderr, stdin, ...(io.noUrlReason ? { noUrlReason: io.noUrlReason } : {}) });
  if (code === 0) io.stdout.write(input);
  return code;
}
