/**
 * LiteLLM release numbers: read from what a proxy reports ("1.80.12") or from an image tag
 * ("main-v1.82.7", "v1.82.7-stable", "1.80.12.rc.1"), compared numerically, and checked against the
 * known-bad list and the version-dependent behaviour the live checks need.
 */
import { LITELLM_ADVISORIES, type LiteLLMAdvisory } from "./litellm-advisories.ts";

export type Release = readonly [number, number, number];

/**
 * The first release whose key lookup joins the budget table, so that a key's linked budget row
 * (`budget_id`) caps the key: BerriAI/litellm#7429 ("Support budget/rate limit tiers for keys",
 * merged 2024-12-26, commit 539f166) added `LEFT JOIN "LiteLLM_BudgetTable"` to the key query in proxy/utils.py.
 * See docs/live.md for the source and how sure this is.
 */
export const BUDGET_ROW_JOIN_FROM = "1.56.2";

/** "1.80.12", "v1.82.7-stable", "main-v1.82.7", "litellm_stable_release_branch-v1.80.5" → [1, 82, 7]. */
export function parseRelease(text: string): Release | null {
  const match = /(?:^|[^\d.])v?(\d{1,3})\.(\d{1,4})\.(\d{1,4})(?![\d])/.exec(text);
  if (!match) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

export function compareReleases(a: Release, b: Release): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

export function formatRelease(release: Release): string {
  return release.join(".");
}

function release(text: string): Release {
  const parsed = parseRelease(text);
  if (!parsed) throw new Error(`bad release number in the advisory data: ${text}`);
  return parsed;
}

/** Is a linked budget row enforced on this release? null when the release is unknown. */
export function budgetRowEnforced(version: string | undefined): boolean | null {
  const parsed = version === undefined ? null : parseRelease(version);
  return parsed ? compareReleases(parsed, release(BUDGET_ROW_JOIN_FROM)) >= 0 : null;
}

export interface AdvisoryMatch {
  advisory: LiteLLMAdvisory;
  /** error for malicious releases, warning when a fixed release exists, note when none does. */
  severity: "error" | "warning" | "note";
}

/**
 * The advisories that apply to a release. `settings`: the `litellm_settings` keys the proxy's config
 * sets, when it is known; an entry that needs a setting is left out unless it is known to be set.
 */
export function advisoriesFor(version: Release, settings: ReadonlySet<string> | null, advisories: readonly LiteLLMAdvisory[] = LITELLM_ADVISORIES): AdvisoryMatch[] {
  const matches: AdvisoryMatch[] = [];
  for (const advisory of advisories) {
    if (advisory.setting && !settings?.has(advisory.setting)) continue;
    if (advisory.versions) {
      if (advisory.versions.some((listed) => compareReleases(release(listed), version) === 0)) matches.push({ advisory, severity: advisory.severity });
      continue;
    }
    if (advisory.introduced && compareReleases(version, release(advisory.introduced)) < 0) continue;
    if (advisory.fixed && compareReleases(version, release(advisory.fixed)) >= 0) continue;
    matches.push({ advisory, severity: advisory.fixed ? advisory.severity : "note" });
  }
  return matches;
}

/** What to do about an advisory, in one line. */
export function advisoryFix(advisory: LiteLLMAdvisory): string {
  if (advisory.versions) return `run a release other than ${advisory.versions.join(" and ")} and rotate every credential it could read (${advisory.url})`;
  if (advisory.fixed) return `upgrade to LiteLLM ${advisory.fixed} or later (${advisory.url})`;
  return `no fixed release yet: follow ${advisory.url} and avoid the affected setting where the summary names one`;
}
