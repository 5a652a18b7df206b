/**
 * Layer `hook`: the pre-commit adapter over the CLI. May import core, yaml, kube, inputs, chart,
 * facts, codemie, litellm, engine, format, io, live, rules, cli and action.
 *
 * The hook's work: lint each file that pre-commit passes on its own.
 *
 * pre-commit appends the staged file names to the hook's `args`. The files of one commit are not
 * layers of one release (`values.yaml`, `values-prod.yaml` and `ci/test-values.yaml` are often
 * alternatives), and merging them would let one file's list hide another's problems, so each file
 * is linted on its own: `litellm-preflight lint [args…] FILE`, once per file, in one process. The
 * exit code is the worst one; the report of a file without findings is not printed, so that a
 * "no problems" line never sits next to another file's errors.
 *
 * Offline by default: `LITELLM_URL` from the developer's shell is ignored, and so is the variable a
 * config environment names for its URL (`urlEnv`); live checks run only
 * when the hook's `args` name the proxy (`--litellm-url=https://…`). Keys still come only from
 * the environment.
 */
import { Writable } from "node:stream";
import { runCli, type CliIO } from "../cli/run.ts";
import { hookCliArgs, splitHookArgs } from "./args.ts";

class Buffered extends Writable {
  text = "";
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString();
    callback();
  }
}

const HOOK_OFFLINE = "the pre-commit hook is offline unless its args name the proxy (--litellm-url=…); LITELLM_URL is ignored";

/** Runs the hook for `argv` (the hook's args, then the file names) and returns the exit code. */
export async function runHook(argv: readonly string[], io: CliIO): Promise<number> {
  const { options, files } = splitHookArgs(argv);
  const env = { ...io.env };
  delete env.LITELLM_URL;
  let worst = 0;
  // No file names (`pass_filenames: false`): one run over what the args list (`-f a -f b` layers).
  for (const file of files.length > 0 ? files : [undefined]) {
    const stdout = new Buffered();
    const code = await runCli(hookCliArgs(options, file), { ...io, env, stdout, noUrlReason: HOOK_OFFLINE });
    if (code !== 0 || !stdout.text.includes("✔ no problems")) io.stdout.write(stdout.text);
    worst = Math.max(worst, code);
  }
  return worst;
}
