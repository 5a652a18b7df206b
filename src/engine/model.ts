/** Everything rules can read: inputs with positions, parse problems, facts and options. */
import type { ChartModel } from "../chart/model.ts";
import type { DeployedModel } from "./deployed.ts";
import type { CodemieProfile } from "../codemie/profile.ts";
import type { LiteLLMChartModel } from "../litellm/chart-values.ts";
import type { Facts } from "../facts/types.ts";
import type { ManifestModel } from "../inputs/manifests.ts";
import type { ValuesModel } from "../inputs/values.ts";
import type { ParseProblem } from "../yaml/vnode.ts";
import type { Directive } from "../core/suppress.ts";
import type { NodeRef } from "../core/source.ts";

export interface LintModel {
  values: ValuesModel | null;
  manifests: ManifestModel | null;
  facts: Facts;
  problems: ParseProblem[];
  directives: Directive[];
  /** Rule ids that exist, for directive validation. */
  knownRuleIds: ReadonlySet<string>;
  codemie: CodemieProfile;
  /** --chart: the chart's values.yaml, schema and templates, with the values coalesced over them. */
  chart?: ChartModel | null;
  /** --compare-release: the release that runs now. */
  deployed?: DeployedModel | null;
  /** The LiteLLM chart's own values (--litellm-values, or -f files of that shape). */
  litellm?: LiteLLMChartModel | null;
  /** The values node a rendered node's value came from, when the chart's template writes it from one key. */
  valuesBehind?: (at: NodeRef) => NodeRef | undefined;
}
