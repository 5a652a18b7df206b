/**
 * Known-bad LiteLLM versions: one entry per public advisory or tracker issue, checked against the
 * version a proxy reports (live) and the image tag in the LiteLLM chart's values (offline).
 *
 * Adding an entry (docs/live.md "Known-bad versions"): read the linked issue and its fix first;
 * `introduced`/`fixed` are inclusive/exclusive release numbers ("1.82.7"); leave `fixed` out when no
 * fix was released (then the entry is a note, whatever `severity` says, so current versions are not
 * warned about bugs nobody fixed). `verified` says what the range was checked against. `setting`
 * limits an entry to proxies whose LiteLLM values (when linted) set that `litellm_settings` key.
 */
export interface LiteLLMAdvisory {
  id: string;
  /** Affected from this release on (inclusive); absent = every release before `fixed`. */
  introduced?: string;
  /** First release without the problem; absent = no released fix. */
  fixed?: string;
  /** Exactly these releases (for yanked or malicious uploads), instead of a range. */
  versions?: string[];
  severity: "error" | "warning";
  /** A `litellm_settings` key the bug needs: reported only where the LiteLLM values set it. */
  setting?: string;
  summary: string;
  url: string;
  verified: string;
}

export const LITELLM_ADVISORIES: readonly LiteLLMAdvisory[] = [
  {
    id: "malicious-1.82.7-1.82.8",
    versions: ["1.82.7", "1.82.8"],
    severity: "error",
    summary: "malicious PyPI releases of 2026-03-24 (hijacked maintainer account) that steal credentials (SSH keys, cloud and Kubernetes credentials, environment variables); rotate all the image could read",
    url: "https://github.com/BerriAI/litellm/issues/24518",
    verified: "BerriAI/litellm#24518 and #24521 (1.82.8 ships litellm_init.pth), GitHub advisory-database#7226; PyPI quarantined and removed both",
  },
  {
    id: "max-end-user-budget-auto-created",
    severity: "warning",
    setting: "max_end_user_budget",
    summary: "litellm_settings.max_end_user_budget is not applied to end users the proxy creates on first request (closed without a fix; use max_end_user_budget_id)",
    url: "https://github.com/BerriAI/litellm/issues/15967",
    verified: "BerriAI/litellm#15967 (seen on 1.78.5, closed as stale, no fix merged; PR #14425 closed unmerged; #16456 added max_end_user_budget_id instead)",
  },
  {
    id: "max-end-user-budget-id-reset",
    severity: "warning",
    setting: "max_end_user_budget_id",
    summary: "end users whose budget is max_end_user_budget_id keep accumulating spend across resets and stay blocked at the cap (fixed on main by #39729, 2026-09; first release not known here)",
    url: "https://github.com/BerriAI/litellm/issues/24675",
    verified: "BerriAI/litellm#24675 (closed as stale; PRs #24737 and #25168 closed unmerged); PR #39729 (invalidate end-user spend counter and cache on budget reset, #39726) merged",
  },
  {
    id: "end-user-first-request-race",
    severity: "warning",
    setting: "max_end_user_budget_id",
    summary: "concurrent first requests of an unknown end user bypass the default end-user budget (max_end_user_budget_id) before the first spend is recorded (open)",
    url: "https://github.com/BerriAI/litellm/issues/40095",
    verified: "BerriAI/litellm#40095 (open; fix PR #40278 open, not merged)",
  },
];
