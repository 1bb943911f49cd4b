/**
 * Loads the commands (run-command.ts) once --help and --version are ruled out. In the build
 * they are server/dist/cli-commands.js, a bundle of its own, loaded with its code cache
 * (code-cache.ts); from the sources (tests) they are run-command.ts.
 */
import { join } from "node:path";
import { loadBundle, type LoadedBundle } from "./code-cache";

export type CommandsModule = typeof import("./run-command");

/** The commands' bundle, next to this one's (server/dist/cli.js). */
export const COMMANDS_BUNDLE = "cli-commands.js";

export interface LoadedCommands {
  readonly commands: CommandsModule;
  /** The bundle's code cache can be written (the build); undefined from the sources. */
  readonly bundle?: LoadedBundle;
}

export async function loadCommands(): Promise<LoadedCommands> {
  if (__filename.endsWith(".ts")) return { commands: await import("./run-command") };
  const bundle = loadBundle(join(__dirname, COMMANDS_BUNDLE));
  return { commands: bundle.exports as CommandsModule, bundle };
}
