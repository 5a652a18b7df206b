/**
 * The live-rule contract: the engine's rule meta, and a check that reads the LiteLLM proxy
 * through `ctx.live` (the run's shared session: client, memoised lookups, problems), never
 * through a global HTTP function.
 */
import type { LintModel } from "../engine/model.ts";
import type { Report, RuleBase, RuleMeta } from "../engine/rule.ts";
import type { LiveContext } from "./session.ts";

export interface LiveRuleContext<MessageId extends string> {
  model: LintModel;
  report(report: Report<MessageId>): void;
  live: LiveContext;
}

export interface LiveRule<MessageId extends string = string> extends RuleBase<MessageId> {
  meta: RuleMeta<MessageId> & { input: "live" };
  check(context: LiveRuleContext<MessageId>): void | Promise<void>;
}

export function defineLiveRule<MessageId extends string>(rule: LiveRule<MessageId>): LiveRule<MessageId> {
  return rule;
}
