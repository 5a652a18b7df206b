/**
 * Text from the files under review, made safe for a terminal or a CI log: control characters
 * (ESC sequences, CR, LF, BEL…) become visible escapes, so a pull request can neither drive the
 * terminal nor start a log line that the GitHub runner reads as a workflow command.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return noWorkflowCommand(text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g, escaped));
}

/** The same, but CR and LF are left for the caller to encode (a workflow command's `%0D%0A`). */
export function printableButLineBreaks(text: string): string {
  // eslint-disable-next-line no-control-regex
  return noWorkflowCommand(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g, escaped));
}

/**
 * The runner (actions/runner ActionCommand.cs) reads a line as a command when `::` starts it after
 * white space, and the older `##[` anywhere in it: both are shown as escapes.
 */
function noWorkflowCommand(text: string): string {
  const bracketed = text.includes("##[") ? text.replaceAll("##[", "##\\u005b") : text;
  return /^\s*::/.test(bracketed) ? bracketed.replace(/^(\s*):/, "$1\\u003a") : bracketed;
}

function escaped(char: string): string {
  const code = char.charCodeAt(0);
  return code === 10 ? "\\n" : code === 13 ? "\\r" : `\\u${code.toString(16).padStart(4, "0")}`;
}
