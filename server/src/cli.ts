/**
 * `keiyaku`: check and render contracts from the command line (and in CI). This entry answers
 * --help and --version by itself and loads the commands (cli/run-command.ts, a bundle of its own)
 * for everything else, so that asking the version costs little more than starting Node.
 */
import { quickCommand } from "./cli/argument-scan";
import { USAGE } from "./cli/usage";
import { EXIT, type CliIo } from "./cli/cli-io";
import { isCheckWorker } from "./cli/check-worker-flag";
import { loadCommands } from "./cli/load-commands";
import { VERSION } from "./version";

export { EXIT, type CliIo } from "./cli/cli-io";

// A check worker (cli/check-in-workers.ts) starts here, so that it loads the commands with their
// code cache as the main thread does; loading them starts serving the main thread's batches.
if (isCheckWorker()) void loadCommands();

export async function main(args: readonly string[], io: CliIo): Promise<number> {
  switch (quickCommand(args)) {
    case "help":
      io.stdout(`${USAGE}\n`);
      return EXIT.clean;
    case "version":
      io.stdout(`${VERSION}\n`);
      return EXIT.clean;
    case null:
      return (await loadCommands()).commands.runCommand(args, io);
  }
}

/**
 * The build's step after bundling (scripts/build.mjs): runs `args` (a check of the samples) with
 * its output dropped, then writes the commands bundle's code cache of the functions that run used.
 */
export async function writeCommandsCodeCache(args: readonly string[]): Promise<void> {
  const { commands, bundle } = await loadCommands();
  const quiet: CliIo = { stdout: () => undefined, stderr: () => undefined };
  await commands.runCommand(args, quiet);
  bundle?.writeCache();
}
