/**
 * Layer `rules`: one rule per file, and this registry the adapters pass to the engine. May import
 * core, yaml, kube, inputs, chart, facts, codemie, litellm, engine, format, io and live.
 *
 * Every rule, sorted by id. Adding a rule means adding it here (no directory scanning).
 */
import type { Rule } from "../src/engine/rule.ts";
import type { LiveRule } from "../src/live/rule.ts";
import budgetIdChange from "./budget-id-change.ts";
import budgetIdExpected from "./budget-id-expected.ts";
import budgetIdInvalid from "./budget-id-invalid.ts";
import budgetIdMismatch from "./budget-id-mismatch.ts";
import budgetIdRestart from "./budget-id-restart.ts";
import codemieBudgetDrift from "./codemie-budget-drift.ts";
import codemieBudgetFlags from "./codemie-budget-flags.ts";
import codemieBudgetsConfig from "./codemie-budgets-config.ts";
import codemieIgnoredEnv from "./codemie-ignored-env.ts";
import configDataInvalid from "./config-data-invalid.ts";
import duplicateKey from "./duplicate-key.ts";
import envDuplicate from "./env-duplicate.ts";
import envValueType from "./env-value-type.ts";
import helmTemplate from "./helm-template.ts";
import litellmBudgetExists from "./litellm-budget-exists.ts";
import litellmBudgetLimits from "./litellm-budget-limits.ts";
import litellmBudgetSoft from "./litellm-budget-soft.ts";
import litellmGlobalBudget from "./litellm-global-budget.ts";
import litellmImageAdvisory from "./litellm-image-advisory.ts";
import litellmKeyUnlimited from "./litellm-key-unlimited.ts";
import litellmProxySettings from "./litellm-proxy-settings.ts";
import litellmServiceUrl from "./litellm-service-url.ts";
import litellmUnverified from "./litellm-unverified.ts";
import litellmVersionAdvisory from "./litellm-version-advisory.ts";
import plaintextCredential from "./plaintext-credential.ts";
import suppressionDirective from "./suppression-directive.ts";
import valuesSchema from "./values-schema.ts";
import valuesUnknownKey from "./values-unknown-key.ts";
import yamlSyntax from "./yaml-syntax.ts";

export const rules: readonly (Rule | LiveRule)[] = [
  budgetIdChange,
  budgetIdExpected,
  budgetIdInvalid,
  budgetIdMismatch,
  budgetIdRestart,
  codemieBudgetDrift,
  codemieBudgetFlags,
  codemieBudgetsConfig,
  codemieIgnoredEnv,
  configDataInvalid,
  duplicateKey,
  envDuplicate,
  envValueType,
  helmTemplate,
  litellmBudgetExists,
  litellmBudgetLimits,
  litellmBudgetSoft,
  litellmGlobalBudget,
  litellmImageAdvisory,
  litellmKeyUnlimited,
  litellmProxySettings,
  litellmServiceUrl,
  litellmUnverified,
  litellmVersionAdvisory,
  plaintextCredential,
  suppressionDirective,
  valuesSchema,
  valuesUnknownKey,
  yamlSyntax,
] as (Rule | LiveRule)[];
