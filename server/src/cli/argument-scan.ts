/**
 * The first reading of `keiyaku`'s command line: options, flags and positional arguments, with no
 * knowledge of the commands, so that cli.ts can answer --help and --version before anything else
 * is loaded. arguments.ts reads the commands from the scan.
 */
export interface Scan {
  readonly positional: string[];
  readonly options: Map<string, string[]>;
  readonly flags: Set<string>;
  readonly error: string | null;
}

const VALUE_OPTIONS = new Set([
  "--format",
  "-o",
  "--output",
  "--ignore",
  "--browser",
  "--changes",
  "--side",
  "--playbook",
  "--type",
]);
const FLAG_OPTIONS = new Set(["--final", "--force", "--help", "-h", "--version", "-v"]);

export function scan(args: readonly string[]): Scan {
  const result: Scan = { positional: [], options: new Map(), flags: new Set(), error: null };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const [name = "", inline] = arg.startsWith("--") && arg.includes("=") ? arg.split(/=(.*)/s) : [arg];
    if (VALUE_OPTIONS.has(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) return { ...result, error: `${name} の後に値を指定してください。` };
      result.options.set(name, [...(result.options.get(name) ?? []), value]);
    } else if (FLAG_OPTIONS.has(name)) {
      result.flags.add(name);
    } else if (arg.startsWith("-") && arg !== "-") {
      return { ...result, error: `不明なオプションです：${arg}` };
    } else {
      result.positional.push(arg);
    }
  }
  return result;
}

export function helpOrVersion(s: Scan): "help" | "version" | null {
  if (s.flags.has("--help") || s.flags.has("-h")) return "help";
  if (s.flags.has("--version") || s.flags.has("-v")) return "version";
  return null;
}

/** Subcommands that read their own arguments (and print their own help). */
export const SELF_PARSED_COMMANDS = ["diff", "amend", "facts"] as const;

export type SelfParsedCommand = (typeof SELF_PARSED_COMMANDS)[number];

export function isSelfParsed(name: string | undefined): name is SelfParsedCommand {
  return (SELF_PARSED_COMMANDS as readonly (string | undefined)[]).includes(name);
}

/**
 * "help" or "version" when that is what `args` ask for, as parseArguments would read them; null
 * for anything else, including the self-parsed subcommands.
 */
export function quickCommand(args: readonly string[]): "help" | "version" | null {
  if (isSelfParsed(args[0])) return null;
  const s = scan(args);
  return s.error === null ? helpOrVersion(s) : null;
}
