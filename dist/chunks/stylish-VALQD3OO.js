import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  printable
} from "./chunk-SGNCF3E6.js";
import {
  appliesToFiles,
  countBySeverity,
  fixLine
} from "./chunk-XEQW7TWC.js";
import {
  docsUrl
} from "./chunk-JJJ5BOV3.js";
import {
  MASK,
  clip
} from "./chunk-NQUIDX5X.js";
import "./chunk-UAKUUDY6.js";
import "./chunk-3TY5ZICS.js";
import "./chunk-PZGEJKJL.js";
import {
  __commonJS,
  __toESM
} from "./chunk-BE7JI7H6.js";

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// src/format/stylish.ts
var import_picocolors = __toESM(require_picocolors(), 1);
function* stylishText(result, options) {
  const c = import_picocolors.default.createColors(options.color);
  const paint = { error: c.red, warning: c.yellow, note: c.blue };
  const visible = result.findings.filter((finding) => !finding.suppressed && finding.baseline !== "unchanged" && (!options.quiet || finding.severity === "error"));
  const findingLines = function* (findings) {
    for (const [file, inFile] of Map.groupBy(findings, (finding) => finding.location.file)) {
      yield lines(c.underline(printable(file)));
      for (const finding of inFile) {
        const { start } = finding.location;
        const position = c.dim(`${start.line}:${start.column}`.padEnd(7));
        const mark = finding.fix && appliesToFiles(finding.fix) ? c.dim(finding.fix.type === "fix" ? " (fixable)" : " (suggestion)") : "";
        yield lines(`  ${position} ${paint[finding.severity](finding.severity.padEnd(7))}  ${printable(finding.message)}  ${c.dim(finding.ruleId)}${mark}`);
        if (finding.snippet !== void 0) yield lines(...codeFrame(finding, c.dim));
        for (const related of finding.related) yield lines(c.dim(`           see ${printable(related.file)}:${related.start.line}:${related.start.column}`));
        if (finding.remediation) yield lines(`           ${c.green("fix:")} ${printable(fixLine(finding.remediation))}`);
        if (options.verbose) yield lines(...howToFix(finding, options.verbose, c.dim));
      }
      yield lines("");
    }
  };
  if (result.environments) {
    const order = new Map(result.environments.map((environment, index) => [environment.name, index]));
    const rank = (names) => [-names.length, ...names.map((name) => order.get(name) ?? 0)];
    const groups = [...Map.groupBy(visible, (finding) => (finding.environments ?? []).join(", "))].sort(([, [a]], [, [b]]) => {
      const [x, y] = [rank(a.environments ?? []), rank(b.environments ?? [])];
      const index = x.findIndex((value, i) => value !== y[i]);
      return index === -1 ? 0 : x[index] - (y[index] ?? 0);
    });
    for (const [names, findings] of groups) {
      yield lines(c.bold(`${names.includes(",") ? "Environments" : "Environment"} ${printable(names)}`), "");
      yield* findingLines(findings);
    }
  } else yield* findingLines(visible);
  const { error: errors, warning: warnings, note: notes } = countBySeverity(visible);
  const total = errors + warnings + notes;
  if (total > 0) {
    const summary = `\u2716 ${total} problem${total === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}, ${notes} note${notes === 1 ? "" : "s"})`;
    yield lines(errors > 0 ? c.red(c.bold(summary)) : c.yellow(c.bold(summary)));
  } else {
    const hidden = options.quiet ? result.findings.filter((finding) => !finding.suppressed && finding.baseline !== "unchanged" && finding.severity !== "error").length : 0;
    yield lines(c.green(hidden > 0 ? `\u2714 no errors (${hidden} warning${hidden === 1 ? "" : "s"} or note${hidden === 1 ? "" : "s"} hidden by --quiet)` : "\u2714 no problems"));
  }
  const suppressed = result.findings.filter((finding) => finding.suppressed).length;
  yield lines(...fixableLines(visible, c.dim));
  if (suppressed > 0) yield lines(c.dim(`  ${suppressed} suppressed by inline directives`));
  if (result.baseline) yield lines(...baselineLines(result.baseline, c.dim));
  if (result.environments) {
    const width = Math.max(...result.environments.map((environment) => environment.name.length));
    yield lines(c.bold("Budget ids by environment"));
    for (const environment of result.environments) {
      for (const budget of environment.budgetIds) yield lines(`  ${printable(environment.name.padEnd(width))}  ${budgetLine(budget, c)}`);
    }
  } else {
    for (const budget of result.budgetIds) yield lines(`Budget id ${budgetLine(budget, c)}`);
  }
  if (result.helm && (result.helm.from !== "default" || result.helm.mattered)) yield lines(c.dim(helmLine(result.helm)));
  if (result.environments) for (const environment of result.environments) yield lines(liveLine(environment.live, c, printable(environment.name)));
  else yield lines(liveLine(result.live, c));
}
function lines(...texts) {
  return texts.length === 0 ? "" : `${texts.join("\n")}
`;
}
function codeFrame(finding, dim) {
  const { start, end } = finding.location;
  const gutter = String(start.line);
  const text = printable(finding.snippet ?? "");
  const width = finding.location.sensitive ? MASK.length : end.line === start.line ? Math.max(1, end.column - start.column) : Math.max(1, text.length - start.column + 1);
  const pad = " ".repeat(gutter.length);
  return [dim(`    ${gutter} | `) + text, dim(`    ${pad} | `) + " ".repeat(Math.max(0, start.column - 1)) + "^".repeat(Math.min(width, 80))];
}
function helmLine(helm) {
  const why = helm.from === "flag" ? "--helm-version" : helm.from === "detected" ? "the helm that rendered --chart" : "the default without --chart; --helm-version 4 to change";
  return `Values read as helm ${helm.major} reads them (${why})`;
}
function fixableLines(findings, dim) {
  const count = (type) => findings.filter((finding) => finding.fix?.type === type && appliesToFiles(finding.fix)).length;
  const fixes = count("fix");
  const suggestions = count("suggestion");
  const lines2 = [];
  if (fixes > 0) lines2.push(dim(`  ${fixes} problem${fixes === 1 ? "" : "s"} fixable with --fix`));
  if (suggestions > 0) lines2.push(dim(`  ${suggestions} more with --fix --fix-type suggestion (it changes behaviour: review it)`));
  return lines2;
}
function baselineLines({ file, unchanged, stale }, dim) {
  const lines2 = [];
  if (unchanged > 0) lines2.push(dim(`  ${unchanged} baselined (recorded in ${printable(file)}), not shown`));
  if (stale.length > 0) lines2.push(dim(`  ${stale.length} baseline entr${stale.length === 1 ? "y no longer occurs" : "ies no longer occur"} (fixed); --write-baseline ${printable(file)} prunes ${stale.length === 1 ? "it" : "them"}`));
  return lines2;
}
function howToFix(finding, rules, dim) {
  const meta = rules.find((rule) => rule.meta.id === finding.ruleId)?.meta;
  if (!meta) return [];
  return [`           how to fix: ${meta.remediation}`, dim(`           docs: ${docsUrl(meta.id)}`)];
}
function budgetLine(budget, c) {
  const where = budget.location ? `${budget.location.file}:${budget.location.start.line}:${budget.location.start.column}` : "built-in default";
  const facts = printable(`from ${budget.source}${budget.envName ? ` (${budget.envName})` : ""} \u2014 ${budget.scope}, ${where}`);
  return `${c.bold(printable(clip(budget.id, JSON.stringify)))} ${facts}`;
}
function liveLine(live, c, environment) {
  const label = environment ? `Live checks (${environment})` : "Live checks";
  if (live.status === "skipped") return c.dim(`${label} skipped: ${printable(live.reason ?? "not requested")}`);
  const paint = live.status === "passed" ? c.green : live.status === "failed" ? c.red : c.yellow;
  const version = live.litellmVersion ? `, LiteLLM ${live.litellmVersion}` : "";
  return paint(`${label} ${live.status} (${live.requests} request${live.requests === 1 ? "" : "s"}${version})`) + (live.reason ? ` \u2014 ${printable(live.reason)}` : "");
}
export {
  stylishText
};
