import { defineRule, type Report } from "../src/engine/rule.ts";
import { RenderedDocumentSource } from "../src/inputs/manifests.ts";
import { quotable } from "../src/core/secrets.ts";
import type { YamlPath } from "../src/core/types.ts";
import type { NodeRef } from "../src/core/source.ts";
import { isRecord } from "../src/core/guards.ts";
import { expand, type EnvEntry } from "../src/kube/env.ts";
import type { EnvList } from "../src/facts/types.ts";

const envDuplicate = defineRule({
  meta: {
    id: "env-duplicate",
    name: "EnvDuplicate",
    input: "any",
    defaultSeverity: "warning",
    description: "An environment variable is defined twice in one env list",
    details:
      "Kubernetes keeps the last definition of a name in a container's env list, and CodeMie's chart merges its env lists by name with the same rule. The earlier entry has no effect, yet it reads like configuration: the production CodeMie values set TRIGGER_ENGINE_ENABLED to \"false\" and, eighteen lines later, to \"true\". Two cases where the earlier entry does count are reported as such, without a fix: an entry between them, or the later one itself, that expands $(NAME) reads the earlier value, and a later `optional: true` reference to a key its ConfigMap or Secret lacks sets nothing.",
    remediation: "Delete the entry that loses, or move the intended value into a single entry.",
    example: "# wrong\nextraEnv:\n  - {name: TRIGGER_ENGINE_ENABLED, value: \"false\"}\n  - {name: TRIGGER_ENGINE_ENABLED, value: \"true\"}\n# right\nextraEnv:\n  - {name: TRIGGER_ENGINE_ENABLED, value: \"true\"}",
    fixable: true,
    tags: ["correctness", "kubernetes"],
    messages: {
      duplicate: '{{name}} is defined again at {{winnerLine}}; that later entry wins{{change}}',
      readBetween: "{{name}} is defined again at {{winnerLine}}, but $({{name}}) at line {{readerLine}} reads this entry first, so both values are used; another name for one of them would say so",
      readMerged: "{{name}} is defined again at {{winnerLine}}; CodeMie's chart puts that value at this entry's place, ahead of $({{name}}) at line {{readerLine}}: deleting this entry would move it after the reference, so set the value here and delete the later entry",
      optionalWinner: "{{name}} is defined again at {{winnerLine}} by an optional {{kind}} reference, which wins only while {{kind}} {{object}} has key {{key}}; otherwise this entry stays",
    },
  },
  check({ model, report }) {
    for (const list of model.facts.envLists) {
      if (!repeatsAName(list)) continue;
      const lastByName = list.length > PAIRWISE_UP_TO ? lastIndexes(list) : undefined;
      for (let index = 0; index < list.length; index++) {
        const name = list.nameAt(index);
        const winnerIndex = lastByName ? lastByName.get(name)! : lastIndexOf(list, name, index);
        if (winnerIndex !== index) reportLoser(list, index, winnerIndex, report);
      }
    }
  },
});

type MessageId = keyof typeof envDuplicate.meta.messages;

/**
 * The finding of entry `index`, which a later entry of the same name (`winnerIndex`, the last)
 * replaces. Entries are made only here, each once: a manifest list makes a new one on each read.
 */
function reportLoser(list: EnvList, index: number, winnerIndex: number, report: (finding: Report<MessageId>) => void): void {
  const name = list.nameAt(index);
  const entry = list.entryAt(index);
  const at = entry.at;
  const rendered = at.source instanceof RenderedDocumentSource;
  // The next entry of the name after `from`, up to the winner.
  const nextOf = (from: number): number => {
    let next = from + 1;
    while (next < winnerIndex && list.nameAt(next) !== name) next++;
    return next;
  };
  let winner = winnerIndex;
  if (list.mergedByName) {
    // CodeMie's chart keeps one entry per name, at the first one's place with the last value: deleting the first
    // moves that value past a $(NAME) before the next one.
    const reader = firstIndexOf(list, name) === index ? readerOf(list, name, index + 1, nextOf(index)) : -1;
    if (reader >= 0) {
      const winnerAt = list.entryAt(winnerIndex).at;
      const readerAt = list.entryAt(reader).at;
      report({ messageId: "readMerged", data: { name, winnerLine: placeOf(winnerAt, at, rendered), readerLine: lineOf(readerAt) }, at, related: [winnerAt, readerAt] });
      return;
    }
  } else {
    // This value lives until a later definition surely sets the name (an optional reference may set nothing).
    let until = nextOf(index);
    let untilEntry = list.entryAt(until);
    while (until < winnerIndex && optionalReference(untilEntry)) untilEntry = list.entryAt((until = nextOf(until)));
    const surely = !optionalReference(untilEntry);
    // The next definition's own $(NAME) reads this one too (the kubelet expands it before setting the name).
    const reader = readerOf(list, name, index + 1, until + 1);
    if (reader >= 0) {
      const nextAt = untilEntry.at;
      const readerAt = reader === until ? nextAt : list.entryAt(reader).at;
      report({ messageId: "readBetween", data: { name, winnerLine: placeOf(nextAt, at, rendered), readerLine: lineOf(readerAt) }, at, related: reader === until ? [nextAt] : [nextAt, readerAt] });
      return;
    }
    if (!surely) {
      // Every later definition is an optional reference: this value stays wherever their keys are missing.
      const next = list.entryAt(nextOf(index));
      const nextAt = next.at;
      report({ messageId: "optionalWinner", data: { name, winnerLine: placeOf(nextAt, at, rendered), ...optionalReference(next)! }, at, related: [nextAt] });
      return;
    }
    winner = until;
  }
  const winnerEntry = list.entryAt(winner);
  const winnerAt = winnerEntry.at;
  const winnerLine = placeOf(winnerAt, at, rendered);
  const change = describeChange(name, entry.value, winnerEntry.value);
  // Deleting the loser changes nothing only when the winner is its sibling in the same list of the same file:
  // across files or lists (CodeMie merges extraEnv and customEnv) another layer could make the loser count.
  const siblings = at.source === winnerAt.source && sameParent(at.path, winnerAt.path);
  const fix = siblings ? { fix: { type: "fix" as const, edits: [{ at, kind: "remove-item" as const }] } } : {};
  report({ messageId: "duplicate", data: { name, winnerLine, change }, at, related: [winnerAt], ...fix });
}

function lineOf(ref: NodeRef): number {
  return ref.source.locate(ref.path, "value").start.line;
}

/**
 * "line 12" in the same file; in another one (a later layer, a --set flag) with its name, and in a rendering too (the
 * finding may be reported at the values line that supplied it, in another file).
 */
function placeOf(other: NodeRef, at: NodeRef, rendered: boolean): string {
  return other.source === at.source && !rendered ? `line ${lineOf(other)}` : `${other.source.file}:${lineOf(other)}`;
}

/** The first entry from `from` up to before `to` whose value expands `$(name)`; -1 when none does. */
function readerOf(list: EnvList, name: string, from: number, to: number): number {
  for (let index = from; index < to; index++) if (references(list.valueOf(index), name)) return index;
  return -1;
}

function firstIndexOf(list: EnvList, name: string): number {
  let index = 0;
  while (list.nameAt(index) !== name) index++;
  return index;
}

/** The last entry of the name, from `index` (one of them) on: compared one by one in a short list. */
function lastIndexOf(list: EnvList, name: string, index: number): number {
  for (let last = list.length - 1; last > index; last--) if (list.nameAt(last) === name) return last;
  return index;
}

/** The last entry of each name, in a long list. */
function lastIndexes(list: EnvList): Map<string, number> {
  const last = new Map<string, number>();
  for (let index = 0; index < list.length; index++) last.set(list.nameAt(index), index);
  return last;
}

/** Whether a value expands `$(name)` (`$$(name)` is an escape, no reference). */
function references(value: unknown, name: string): boolean {
  if (typeof value !== "string" || !value.includes(`$(${name})`)) return false;
  let found = false;
  expand(value, (reference) => {
    if (reference === name) found = true;
    return undefined;
  });
  return found;
}

/** The object and key of an `optional: true` configMapKeyRef or secretKeyRef: the kubelet skips it when the key is missing. */
function optionalReference(entry: EnvEntry): { kind: string; object: string; key: string } | undefined {
  if (!isRecord(entry.valueFrom)) return undefined;
  for (const [field, kind] of [["configMapKeyRef", "ConfigMap"], ["secretKeyRef", "Secret"]] as const) {
    const ref = entry.valueFrom[field];
    if (isRecord(ref) && ref.optional === true) return { kind, object: String(ref.name ?? ""), key: String(ref.key ?? "") };
  }
  return undefined;
}

/** Whether two paths name items of the same collection. */
function sameParent(a: YamlPath, b: YamlPath): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length - 1; i++) if (a[i] !== b[i]) return false;
  return true;
}

function describeChange(name: string, loser: unknown, winner: unknown): string {
  const before = quotable(name, loser);
  const after = quotable(name, winner);
  return before !== undefined && after !== undefined && before !== after ? ` ("${after}" replaces "${before}")` : "";
}

/**
 * Whether a name comes twice in the list. Compared pair by pair up to a few dozen entries, which
 * costs less than a map per list (thousands of lists, nearly all without a repeat).
 */
function repeatsAName(list: EnvList): boolean {
  const length = list.length;
  if (length > PAIRWISE_UP_TO) return new Set(Array.from({ length }, (_, index) => list.nameAt(index))).size < length;
  for (let i = 1; i < length; i++) {
    const name = list.nameAt(i);
    for (let j = 0; j < i; j++) if (list.nameAt(j) === name) return true;
  }
  return false;
}

const PAIRWISE_UP_TO = 48;

export default envDuplicate;
