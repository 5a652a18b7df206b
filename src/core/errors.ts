/** Usage, config and I/O problems: one line for the user, exit code 2 in the adapters. */
export class UsageError extends Error {
  override name = "UsageError";
}
