/**
 * Loads the commands (run-command.ts) once --help and --version are ruled out. The build
 * (scripts/build.mjs) makes this import a require of server/dist/cli-commands.js, a bundle of its
 * own; from the sources (tests) it is run-command.ts.
 */
export type CommandsModule = typeof import("./run-command");

export function loadCommands(): Promise<CommandsModule> {
  return import("./run-command");
}
