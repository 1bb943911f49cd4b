/** The command line of `keiyaku`, parsed into a command or a usage error (in Japanese). */
import { closestName, RENDER_FORMATS, type RenderFormat } from "../language";

export const CHECK_FORMATS = ["text", "json", "sarif", "github"] as const;

export type OutputFormat = (typeof CHECK_FORMATS)[number];

export type Command =
  | { readonly kind: "help" }
  | { readonly kind: "version" }
  | {
      readonly kind: "check";
      readonly files: readonly string[];
      readonly format: OutputFormat;
      readonly final: boolean;
      readonly ignore: readonly string[];
      readonly output: string | null;
      /** 立場: 甲, 乙, a role or a party's name; null for none. */
      readonly side: string | null;
    }
  | {
      readonly kind: "render";
      readonly file: string;
      readonly format: RenderFormat;
      readonly output: string | null;
      /** Write the rendering even when the contract has errors (exit 0). */
      readonly force: boolean;
    };

export type ParsedArguments =
  { readonly ok: true; readonly command: Command } | { readonly ok: false; readonly message: string };

export const USAGE = `使い方 / Usage:
  keiyaku check FILE… [--format text|json|sarif|github] [--final] [--side 甲|乙|…] [--ignore ID]… [-o OUT]
      契約書を検査します。エラーがあれば終了コード 1。
      --format  text（人が読む形）、json（機械向け。範囲は 0 始まり）、sarif（GitHub の
                code scanning などに）、github（GitHub Actions の注釈）
      --final   空欄をエラーとして扱います（署名に回す前の最終確認）。
      --side    読む立場（甲・乙、委託者・受託者などの役割、当事者の会社名）。その立場から
                指摘の重さを決めます（自分に不利な条項は警告、相手方に不利な条項は情報）。
      --ignore  指定した ID の指摘を出しません（複数回指定できます）。
      -o OUT    結果を標準出力ではなく OUT に書きます。
  keiyaku render FILE [--format text|markdown|html] [-o OUT] [--force]
      契約書を清書して標準出力（または OUT）に書き出します。形式を省くと OUT の拡張子
      （.txt・.md・.html）から決めます。エラーのある契約書は清書して終了コード 1（--force で 0）。
  keiyaku facts FILE [--format text|json]
      値から導かれる事実（賠償上限額、満了日、取適法・フリーランス法の適用、印紙税など）を一覧にします。
  keiyaku --help | --version

例 / Examples:
  keiyaku check contracts/*.contract
  keiyaku check --final --format sarif -o keiyaku.sarif contracts/*.contract
  keiyaku render samples/server-management.filled.contract -o 契約書.html

終了コード / Exit codes: 0 問題なし, 1 エラーあり, 2 使い方の誤り・ファイルを読めない
テキストの行・列は 1 始まり（列は UTF-16 単位）、JSON の範囲は 0 始まりです。
説明 / Docs: docs/diagnostics.md（指摘の一覧）、docs/language.md（言語）、README.md`;

function fail(message: string): ParsedArguments {
  return { ok: false, message: `${message}\n\n${USAGE}` };
}

interface Scan {
  readonly positional: string[];
  readonly options: Map<string, string[]>;
  readonly flags: Set<string>;
  readonly error: string | null;
}

const VALUE_OPTIONS = new Set(["--format", "-o", "--output", "--ignore", "--side"]);
const FLAG_OPTIONS = new Set(["--final", "--force", "--help", "-h", "--version", "-v"]);

function scan(args: readonly string[]): Scan {
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

function single(options: Map<string, string[]>, ...names: string[]): string | undefined {
  return names.flatMap((n) => options.get(n) ?? []).at(-1);
}

function unknownIgnore(ignore: readonly string[], knownIds: readonly string[]): string | null {
  const unknown = ignore.find((id) => !knownIds.includes(id));
  if (unknown === undefined) return null;
  const closest = closestName(unknown, knownIds);
  const hint = closest === null ? "" : `もしかして「${closest}」ですか？`;
  return `--ignore の ID「${unknown}」はありません。${hint}ID の一覧は docs/diagnostics.md にあります。`;
}

/** --side none (or an empty value) is the same as no side. */
function sideOption(value: string | undefined): string | null {
  const side = value?.trim() ?? "";
  return side === "" || side === "none" ? null : side;
}

function checkCommand(s: Scan, files: string[], knownIds: readonly string[]): ParsedArguments {
  const format = single(s.options, "--format") ?? "text";
  if (!(CHECK_FORMATS as readonly string[]).includes(format))
    return fail(`check の --format は ${CHECK_FORMATS.join("・")} のいずれかです：${format}`);
  if (files.length === 0) return fail("検査するファイルを指定してください。");
  const ignore = s.options.get("--ignore") ?? [];
  const unknown = unknownIgnore(ignore, knownIds);
  if (unknown !== null) return fail(unknown);
  const output = single(s.options, "-o", "--output") ?? null;
  return {
    ok: true,
    command: {
      kind: "check",
      files,
      format: format as OutputFormat,
      final: s.flags.has("--final"),
      ignore,
      output,
      side: sideOption(single(s.options, "--side")),
    },
  };
}

const FORMAT_BY_EXTENSION: Readonly<Record<string, RenderFormat>> = {
  ".txt": "text",
  ".text": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
};

/** The format an output file's extension asks for (-o 契約書.html), if it names one. */
function formatOfOutput(output: string | null): RenderFormat | undefined {
  const extension = /\.[^./\\]+$/u.exec(output ?? "")?.[0].toLowerCase();
  return extension === undefined ? undefined : FORMAT_BY_EXTENSION[extension];
}

function renderCommand(s: Scan, files: string[]): ParsedArguments {
  const output = single(s.options, "-o", "--output") ?? null;
  const format = single(s.options, "--format") ?? formatOfOutput(output) ?? "text";
  if (!(RENDER_FORMATS as readonly string[]).includes(format)) {
    return fail(`render の --format は ${RENDER_FORMATS.join("・")} のいずれかです：${format}`);
  }
  const [file, ...extra] = files;
  if (file === undefined) return fail("清書するファイルを指定してください。");
  if (extra.length > 0) return fail("render に指定できるファイルは一つです。");
  return {
    ok: true,
    command: { kind: "render", file, format: format as RenderFormat, output, force: s.flags.has("--force") },
  };
}

/** `knownIds`: every diagnostic id, so that --ignore with a misspelt id is refused. */
export function parseArguments(args: readonly string[], knownIds: readonly string[]): ParsedArguments {
  const s = scan(args);
  if (s.error !== null) return fail(s.error);
  if (s.flags.has("--help") || s.flags.has("-h")) return { ok: true, command: { kind: "help" } };
  if (s.flags.has("--version") || s.flags.has("-v")) return { ok: true, command: { kind: "version" } };
  const [subcommand, ...files] = s.positional;
  if (subcommand === "check") return checkCommand(s, files, knownIds);
  if (subcommand === "render") return renderCommand(s, files);
  if (subcommand === undefined) return fail("コマンドを指定してください。");
  return fail(`不明なコマンドです：${subcommand}`);
}
