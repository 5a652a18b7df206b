/** Fails when the committed dist/ differs from a fresh build (the Action and hook run dist/ as committed). */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.set(relative(dir, path), readFileSync(path, "utf8"));
    }
  };
  try {
    walk(dir);
  } catch {}
  return out;
}

const fresh = mkdtempSync(join(tmpdir(), "litellm-preflight-dist-"));
try {
  execFileSync(process.execPath, ["scripts/build.ts", "--outdir", fresh], { stdio: "inherit" });
  const built = files(fresh);
  const committed = files("dist");
  const names = new Set([...built.keys(), ...committed.keys()]);
  const stale = [...names].filter((name) => built.get(name) !== committed.get(name));
  if (stale.length > 0) {
    console.error(`dist/ is out of date (${stale.join(", ")}): run npm run build and commit dist/`);
    process.exit(1);
  }
  console.log(`dist/ matches a fresh build (${built.size} files)`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
