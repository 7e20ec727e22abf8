/**
 * @module scripts/cli-command
 * The command line of a tool, or its exit: a bad one prints the reason and the usage and exits 2;
 * `help` prints the usage and gives null.
 */
import { UsageError } from '../server/cli/usage.ts';

export function commandOrExit<T extends { kind: string }>(name: string, usage: string, parse: (argv: string[]) => T): Exclude<T, { kind: 'help' }> | null {
  let command: T;
  try {
    command = parse(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`${name}: ${err.message}\n${usage}`);
    process.exit(2);
  }
  if (command.kind !== 'help') return command as Exclude<T, { kind: 'help' }>;
  console.log(usage);
  return null;
}
