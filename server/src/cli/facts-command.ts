/**
 * `keiyaku facts FILE [--format text|json]`: every fact Keiyaku derives from a contract's values —
 * the cap in yen, the end of the term, the renewal deadline, the first payment, the days to
 * payment, whether the 取適法 and the フリーランス法 cover it, the 印紙税 — as guidance with its
 * basis. Facts are never findings: the exit code is 0 whenever the file could be read.
 */
import { createContractService, type DerivedFact } from "../language";
import { readContractFiles } from "./read-contract-file";

export const FACTS_USAGE = `使い方 / Usage: keiyaku facts FILE [--format text|json]
  契約書の値から導かれる事実（賠償上限額、満了日、支払までの日数、取適法・フリーランス法の適用、
  印紙税など）を、根拠とともに一覧にします。指摘ではなく目安です。`;

export interface FactsIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

type FactsArguments =
  { readonly file: string; readonly format: "text" | "json" } | { readonly error: string };

function parse(args: readonly string[]): FactsArguments {
  const files: string[] = [];
  let format = "text";
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--format" || arg.startsWith("--format=")) {
      const value = arg === "--format" ? args[++i] : arg.slice("--format=".length);
      if (value === undefined) return { error: "--format の後に値を指定してください。" };
      format = value;
    } else if (arg.startsWith("-") && arg !== "-") return { error: `不明なオプションです：${arg}` };
    else files.push(arg);
  }
  if (format !== "text" && format !== "json")
    return { error: `facts の --format は text・json のいずれかです：${format}` };
  const [file, ...extra] = files;
  if (file === undefined) return { error: "事実を一覧にするファイルを指定してください。" };
  if (extra.length > 0) return { error: "facts に指定できるファイルは一つです。" };
  return { file, format };
}

function formatText(file: string, facts: readonly DerivedFact[]): string {
  if (facts.length === 0) return `${file}: 値から導かれる事実はありません。\n`;
  const lines = facts.map((f) => `${f.label}：${f.text}\n  根拠：${f.basis}`);
  return `${file}\n${lines.join("\n")}\n（目安です。指摘ではありません。）\n`;
}

/** Runs the subcommand; the exit code (0, or 2 for usage or an unreadable file). */
export async function runFacts(args: readonly string[], io: FactsIo): Promise<number> {
  const parsed = parse(args);
  if ("error" in parsed) {
    io.stderr(`${parsed.error}\n\n${FACTS_USAGE}\n`);
    return 2;
  }
  const [read] = await readContractFiles([parsed.file]);
  if (read === undefined || !read.ok) {
    io.stderr(`${read?.message ?? parsed.file}\n`);
    return 2;
  }
  const service = createContractService();
  const facts = service.facts(service.analyze(read.text));
  io.stdout(
    parsed.format === "json"
      ? `${JSON.stringify({ file: parsed.file, facts }, null, 2)}\n`
      : formatText(parsed.file, facts),
  );
  return 0;
}
