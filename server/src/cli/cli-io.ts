/** Where the CLI writes, and the exit codes it returns (shared by every subcommand). */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export const EXIT = { clean: 0, errors: 1, usage: 2 } as const;
