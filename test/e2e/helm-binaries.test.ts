/** The real helm 3 and helm 4 binaries the helm tests run, from the npm packages in devDependencies. */
import { describe, expect, it } from "vitest";
import { HELM_RELEASES, helmBinary, helmVersion } from "../../tools/helm.ts";

describe.each([3, 4] as const)("helm %i", (major) => {
  it("is extracted once and reports its version", () => {
    const binary = helmBinary(major);
    expect(helmBinary(major)).toBe(binary);
    expect(helmVersion(binary)).toMatch(new RegExp(`^${HELM_RELEASES[major].version.replace(/\./g, "\\.")}\\+g[0-9a-f]+$`));
  });
});
