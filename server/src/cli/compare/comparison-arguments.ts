/** The command lines of `keiyaku diff` and `keiyaku amend`, parsed, or a usage error in Japanese. */
import { parseArgs } from "node:util";

export const DIFF_FORMATS = ["text", "html", "docx", "json"] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export const COMPARISON_USAGE = `  keiyaku diff 旧 新 [--format text|html|docx|json] [-o OUT]
  keiyaku diff リビジョン ファイル …（例：keiyaku diff HEAD~1 契約書.contract）
      二つの版の新旧対照表を作ります（値の変更、条ごとの新旧、傍線部分）。ファイルを一つだけ
      指定すると、最後のコミット（HEAD）と比べます。形式を省くと OUT の拡張子から決めます。
  keiyaku amend 旧 新 [-o 変更覚書.contract]
      二つの版の違いを改め文にした変更覚書（.contract）を起案します。`;

export interface ComparisonArguments {
  readonly positional: readonly string[];
  readonly format: string | undefined;
  readonly output: string | null;
  readonly help: boolean;
}

export type ParsedComparison =
  | { readonly ok: true; readonly args: ComparisonArguments }
  | { readonly ok: false; readonly message: string };

export function parseComparisonArguments(args: readonly string[]): ParsedComparison {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string" },
        output: { type: "string", short: "o" },
        help: { type: "boolean", short: "h" },
      },
    });
    return {
      ok: true,
      args: {
        positional: positionals,
        format: values.format,
        output: values.output ?? null,
        help: values.help === true,
      },
    };
  } catch (error) {
    const option = /'([^']+)'/u.exec(String(error))?.[1];
    const message =
      option === undefined
        ? "オプションを読めません。"
        : `オプション ${option} は使えないか、値がありません。`;
    return { ok: false, message: `${message}\n\n使い方 / Usage:\n${COMPARISON_USAGE}` };
  }
}

const BY_EXTENSION: Readonly<Record<string, DiffFormat>> = {
  ".txt": "text",
  ".html": "html",
  ".htm": "html",
  ".docx": "docx",
  ".json": "json",
};

export function diffFormat(
  args: ComparisonArguments,
): { readonly ok: true; readonly format: DiffFormat } | { readonly ok: false; readonly message: string } {
  const extension = /\.[^./\\]+$/u.exec(args.output ?? "")?.[0].toLowerCase();
  const format = args.format ?? (extension === undefined ? undefined : BY_EXTENSION[extension]) ?? "text";
  if (!(DIFF_FORMATS as readonly string[]).includes(format)) {
    return { ok: false, message: `diff の --format は ${DIFF_FORMATS.join("・")} のいずれかです：${format}` };
  }
  if (format === "docx" && args.output === null) {
    return { ok: false, message: "docx は -o で書き出すファイル（例：新旧対照表.docx）を指定してください。" };
  }
  return { ok: true, format: format as DiffFormat };
}
