/**
 * What `keiyaku diff` and `keiyaku amend` do before they differ: read the arguments, answer
 * --help, check the format the command accepts, and read both versions. Any problem is printed
 * and becomes the usage exit code.
 */
import { EXIT, type CliIo } from "../cli-io";
import { COMPARISON_USAGE, parseComparisonArguments, type ComparisonArguments } from "./comparison-arguments";
import { readVersions, type Version } from "./versions";

export type ComparisonStart<F> =
  | {
      readonly ok: true;
      readonly args: ComparisonArguments;
      readonly format: F;
      readonly old: Version;
      readonly new: Version;
    }
  | { readonly ok: false; readonly exit: number };

/** The command's output format from its arguments, or a message saying why there is none. */
export type FormatChoice<F> = (
  args: ComparisonArguments,
) => { readonly ok: true; readonly format: F } | { readonly ok: false; readonly message: string };

export async function startComparison<F>(
  rawArgs: readonly string[],
  io: CliIo,
  format: FormatChoice<F>,
): Promise<ComparisonStart<F>> {
  const refuse = (message: string) => {
    io.stderr(`${message}\n`);
    return { ok: false, exit: EXIT.usage } as const;
  };
  const parsed = parseComparisonArguments(rawArgs);
  if (!parsed.ok) return refuse(parsed.message);
  if (parsed.args.help) {
    io.stdout(`使い方 / Usage:\n${COMPARISON_USAGE}\n`);
    return { ok: false, exit: EXIT.clean };
  }
  const chosen = format(parsed.args);
  if (!chosen.ok) return refuse(chosen.message);
  const versions = await readVersions(parsed.args.positional);
  if (!versions.ok) return refuse(versions.message);
  return { ok: true, args: parsed.args, format: chosen.format, old: versions.old, new: versions.new };
}
