import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findConfigFile, findGitRoot } from "../../src/io/find-up.ts";
import { ROOT } from "../support/fixtures.ts";

describe("findGitRoot", () => {
  it("finds the nearest directory holding .git", () => {
    const exists = (path: string) => path === "/repo/.git";
    expect(findGitRoot("/repo/charts/app", exists)).toBe("/repo");
    expect(findGitRoot("/elsewhere", exists)).toBeUndefined();
    expect(findGitRoot(ROOT)).toBe(ROOT.replace(/\/$/, ""));
  });
});

describe("findConfigFile (shared by the CLI and the Action)", () => {
  it("takes the nearest directory with a config, .yaml before .yml", () => {
    const top = mkdtempSync(join(tmpdir(), "lp-find-up-"));
    const deep = join(top, "deploy", "codemie");
    mkdirSync(deep, { recursive: true });
    expect(findConfigFile(deep, (path) => path.startsWith(top) && existsSync(path))).toBeUndefined();
    writeFileSync(join(top, ".litellm-preflight.yml"), "");
    expect(findConfigFile(deep)).toBe(join(top, ".litellm-preflight.yml"));
    writeFileSync(join(top, ".litellm-preflight.yaml"), "");
    expect(findConfigFile(deep)).toBe(join(top, ".litellm-preflight.yaml"));
    writeFileSync(join(top, "deploy", ".litellm-preflight.yml"), "");
    expect(findConfigFile(deep)).toBe(join(top, "deploy", ".litellm-preflight.yml"));
  });
});
