/**
 * @module cli/usage
 * What the command-line tools share: the error for a command line that cannot be run (exit code 2,
 * its message shown with the usage), and the parse step that turns `node:util` parseArgs errors,
 * and any error class the caller names, into it.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Runs `parse`; a bad command line (or an error of one of `asUsage`) comes out as a `UsageError`. */
export function parseCommandLine<T>(parse: () => T, asUsage: ReadonlyArray<new (...args: never[]) => Error> = []): T {
  try {
    return parse();
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const parseArgsError = (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') === true;
    if (parseArgsError || asUsage.some((cls) => err instanceof cls)) throw new UsageError((err as Error).message, { cause: err });
    throw err;
  }
}
