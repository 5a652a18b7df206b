/** Entry point of the GitHub Action (bundled to dist/action.js, run by the runner with node24). */
import { runAction } from "./run.ts";

process.exitCode = await runAction({
  env: process.env,
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
