/** Everything rules can read: inputs with positions, parse problems, facts and options. */
import type { Facts } from "../env/facts.ts";
import type { ManifestModel } from "../inputs/manifests.ts";
import type { ValuesModel } from "../inputs/values.ts";
import type { ParseProblem } from "../yaml/vnode.ts";
import type { Directive } from "./suppress.ts";

export interface LintModel {
  values: ValuesModel | null;
  manifests: ManifestModel | null;
  facts: Facts;
  problems: ParseProblem[];
  directives: Directive[];
  /** Rule ids that exist, for directive validation. */
  knownRuleIds: ReadonlySet<string>;
}
