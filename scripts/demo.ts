/**
 * `npm run demo`: the main job on the shipped example, live checks included. Starts the fake
 * LiteLLM proxy of the tests on 127.0.0.1 with its demo state, then runs the built CLI against it
 * exactly as a user would: URL and keys in the environment, values files as arguments; then every
 * environment (dev, staging, prod) of the example repository's `.litellm-preflight.yaml` in one run.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { startFakeLiteLLM } from "../tools/fakes/litellm/server.ts";

const proxy = await startFakeLiteLLM({ fixture: "demo" });
try {
  const env = { ...process.env, LITELLM_URL: proxy.url, LITELLM_MASTER_KEY: "sk-demo-master-0001", LITELLM_API_KEY: "sk-demo-integration-0001" };
  const run = async (title: string, cwd: string, args: string[]): Promise<number | null> => {
    console.log(`${title}\n$ ${cwd === "." ? "" : `cd ${cwd} && `}LITELLM_URL=${proxy.url} LITELLM_MASTER_KEY=… LITELLM_API_KEY=… node ${args.join(" ")}\n`);
    // Asynchronous: the fake proxy answers from this process's event loop.
    const child = spawn(process.execPath, args, { stdio: "inherit", cwd, env });
    const [status] = (await once(child, "exit")) as [number | null];
    console.log(`\nexit code ${status}: ${status === 1 ? "error findings, as this example is meant to show" : status === 0 ? "clean" : "usage or I/O error"}\n`);
    return status;
  };
  const first = await run("# One release: the values layers on the command line", ".", ["dist/cli.js", "lint", "examples/values.yaml", "-f", "examples/prod-values.yaml", ...process.argv.slice(2)]);
  const all = await run("# Every environment of examples/.litellm-preflight.yaml (dev, staging, prod) in one run", "examples", ["../dist/cli.js", "lint", ...process.argv.slice(2)]);
  process.exitCode = first === 2 || all === 2 ? 2 : 0;
} finally {
  await proxy.close();
}
