/**
 * The Action's single call site for the live phase. The URL comes only from the `litellm-url`
 * input (the workflow) and the keys only from the step's environment; nothing is read from the
 * linted files, which are the pull request's content under review: a URL taken from them would let
 * any PR author send the step's master key to a server of their choosing.
 */
import type { LivePhase } from "../engine/engine.ts";
import type { LiveRule } from "../live/rule.ts";
import type { EnvironmentConfig, LintOptions } from "../engine/engine.ts";
import { createLivePhase } from "../live/phase.ts";
import { liveConfig } from "../live/url.ts";
import type { Env } from "./protocol.ts";

export interface ActionLiveInputs {
  url: string;
  keyAlias: string;
  offline: boolean;
}

export function actionLivePhase(inputs: ActionLiveInputs, env: Env, options: LintOptions): { live?: LivePhase<LiveRule>; liveSkippedReason?: string } {
  if (inputs.offline) return { liveSkippedReason: "the offline input is true" };
  if (inputs.url === "") return { liveSkippedReason: "no litellm-url input given" };
  return { live: createLivePhase(liveConfig(inputs.url, 'input "litellm-url"', env, options.budgetIdEnv[0], { keyAlias: inputs.keyAlias || undefined })) };
}

/**
 * An environment's live phase: with `litellm.urlEnv`, the URL and keys come from the step's
 * variables it names (LITELLM_* names only, see the config schema), else from the inputs.
 */
export function environmentLivePhase(inputs: ActionLiveInputs, env: Env, options: LintOptions, name: string, litellm: EnvironmentConfig["litellm"]): { live?: LivePhase<LiveRule>; liveSkippedReason?: string } {
  if (!litellm?.urlEnv || inputs.offline) return actionLivePhase({ ...inputs, keyAlias: litellm?.keyAlias ?? inputs.keyAlias }, env, options);
  const url = env[litellm.urlEnv];
  if (!url) return { liveSkippedReason: `${litellm.urlEnv} is not set (environment ${name})` };
  const keys = { ...env, LITELLM_MASTER_KEY: env[litellm.masterKeyEnv ?? "LITELLM_MASTER_KEY"], LITELLM_API_KEY: env[litellm.apiKeyEnv ?? "LITELLM_API_KEY"] };
  return { live: createLivePhase(liveConfig(url, litellm.urlEnv, keys, options.budgetIdEnv[0], { keyAlias: litellm.keyAlias ?? (inputs.keyAlias || undefined) })) };
}
