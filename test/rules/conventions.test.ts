/** Conventions every rule follows, checked instead of left to review. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "../../rules/registry.ts";
import { VERSION } from "../../src/core/version.ts";
import { generatedFiles } from "../../scripts/gen-docs.ts";
import { casesIn, FIXTURES, lintCase, ROOT } from "../support/fixtures.ts";

describe("rule conventions", () => {
  it("the registry is sorted and every rules/*.ts file is registered", () => {
    const ids = rules.map((rule) => rule.meta.id);
    expect(ids).toEqual([...ids].sort());
    const files = readdirSync(join(ROOT, "rules")).filter((file) => file.endsWith(".ts") && file !== "registry.ts").map((file) => file.replace(/\.ts$/, ""));
    expect([...files].sort()).toEqual([...ids].sort());
  });

  for (const rule of rules) {
    const { meta } = rule;
    describe(meta.id, () => {
      it("has a kebab-case id equal to its file and a PascalCase name", () => {
        expect(meta.id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
        expect(existsSync(join(ROOT, "rules", `${meta.id}.ts`))).toBe(true);
        expect(meta.name).toMatch(/^[A-Z][A-Za-z0-9]+$/);
        expect(meta.name.toLowerCase()).toBe(meta.id.replace(/-/g, ""));
      });
      it("has a description without trailing period and a remediation that ends with one", () => {
        expect(meta.description).not.toMatch(/\.$/);
        expect(meta.remediation).toMatch(/\.$/);
        expect(meta.details.length).toBeGreaterThan(40);
        expect(meta.example.length).toBeGreaterThan(10);
        expect(meta.tags.length).toBeGreaterThan(0);
      });
      it("has messages in plain style: lowercase start, no trailing period", () => {
        for (const message of Object.values(meta.messages as Record<string, string>)) {
          expect(message).not.toMatch(/\.$/);
          expect(message).toMatch(/^(\{\{|[a-z$]|[A-Z][A-Z0-9_]+\b)/);
        }
      });
      it("has a doc page", () => {
        expect(existsSync(join(ROOT, "docs", "rules", `${meta.id}.md`))).toBe(true);
      });
      if (meta.input !== "live") {
        it("has valid and invalid fixtures, and every message id is exercised by them", async () => {
          const valid = casesIn(join(FIXTURES, meta.id, "valid"));
          const invalid = casesIn(join(FIXTURES, meta.id, "invalid"));
          expect(valid.length).toBeGreaterThan(0);
          expect(invalid.length).toBeGreaterThan(0);
          const seen = new Set<string>();
          for (const fixture of invalid) {
            for (const finding of (await lintCase(fixture)).findings) if (finding.ruleId === meta.id) seen.add(finding.messageId);
          }
          const untested = Object.keys(meta.messages).filter((id) => !seen.has(id) && !UNREACHABLE_IN_FIXTURES.has(`${meta.id}/${id}`));
          expect(untested).toEqual([]);
        });
      }
    });
  }

  it("generated docs, rule table and config schema are up to date (npm run docs)", () => {
    const files = generatedFiles(readFileSync(join(ROOT, "README.md"), "utf8"));
    for (const [path, text] of files) expect(readFileSync(join(ROOT, path), "utf8"), path).toBe(text);
  });

  it("the CLI version equals package.json", () => {
    expect(VERSION).toBe(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
  });
});

/** Message ids that fixtures cannot reach, each tested elsewhere (named here so the list stays short). */
const UNREACHABLE_IN_FIXTURES = new Set<string>([
  // Needs a cluster lookup: test/cluster.test.ts.
  "budget-id-invalid/envFromMissing",
]);
