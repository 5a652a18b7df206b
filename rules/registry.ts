/** Every rule, sorted by id. Adding a rule means adding it here (no directory scanning). */
import type { Rule } from "../src/core/rule.ts";
import budgetIdInvalid from "./budget-id-invalid.ts";
import budgetIdMismatch from "./budget-id-mismatch.ts";
import duplicateKey from "./duplicate-key.ts";
import envDuplicate from "./env-duplicate.ts";
import envValueType from "./env-value-type.ts";
import plaintextCredential from "./plaintext-credential.ts";
import suppressionDirective from "./suppression-directive.ts";
import yamlSyntax from "./yaml-syntax.ts";

export const rules: readonly Rule[] = [
  budgetIdInvalid,
  budgetIdMismatch,
  duplicateKey,
  envDuplicate,
  envValueType,
  plaintextCredential,
  suppressionDirective,
  yamlSyntax,
] as Rule[];
