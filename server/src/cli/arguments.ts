/** The command line of `keiyaku`, parsed into a command or a usage error (in Japanese). */
import { RENDER_FORMATS, type RenderFormat } from "../language";

export type OutputFormat = "text" | "json";

export type Command =
  | { readonly kind: "help" }
  | { readonly kind: "version" }
  | {
      readonly kind: "check";
      readonly files: readonly string[];
      readonly format: OutputFormat;
      readonly final: boolean;
      readonly ignore: readonly string[];
    }
  | {
      readonly kind: "render";
      readonly file: string;
      readonly format: RenderFormat;
      readonly output: string | null;
    };

export type ParsedArguments =
  { readonly ok: true; readonly command: Command } | { readonly ok: false; readonly message: string };

export const USAGE = `使い方 / Usage:
  keiyaku check FILE… [--format text|json] [--final] [--ignore ID]…
      契約書を検査します。エラーがあれば終了コード 1。
      --final   空欄をエラーとして扱います（署名に回す前の最終確認）。
      --ignore  指定した ID の指摘を出しません（複数回指定できます）。
  keiyaku render FILE [--format text|markdown|html] [-o OUT]
      契約書を清書して標準出力（または OUT）に書き出します。
  keiyaku --help | --version

終了コード / Exit codes: 0 問題なし, 1 エラーあり, 2 使い方の誤り・ファイルを読めない`;

function fail(message: string): ParsedArguments {
  return { ok: false, message: `${message}\n\n${USAGE}` };
}

interface Scan {
  readonly positional: string[];
  readonly options: Map<string, string[]>;
  readonly flags: Set<string>;
  readonly error: string | null;
}

const VALUE_OPTIONS = new Set(["--format", "-o", "--output", "--ignore"]);
const FLAG_OPTIONS = new Set(["--final", "--help", "-h", "--version", "-v"]);

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

function checkCommand(s: Scan, files: string[]): ParsedArguments {
  const format = single(s.options, "--format") ?? "text";
  if (format !== "text" && format !== "json")
    return fail(`check の --format は text か json です：${format}`);
  if (files.length === 0) return fail("検査するファイルを指定してください。");
  const ignore = s.options.get("--ignore") ?? [];
  return { ok: true, command: { kind: "check", files, format, final: s.flags.has("--final"), ignore } };
}

function renderCommand(s: Scan, files: string[]): ParsedArguments {
  const format = single(s.options, "--format") ?? "text";
  if (!(RENDER_FORMATS as readonly string[]).includes(format)) {
    return fail(`render の --format は ${RENDER_FORMATS.join("・")} のいずれかです：${format}`);
  }
  const [file, ...extra] = files;
  if (file === undefined) return fail("清書するファイルを指定してください。");
  if (extra.length > 0) return fail("render に指定できるファイルは一つです。");
  const output = single(s.options, "-o", "--output") ?? null;
  return { ok: true, command: { kind: "render", file, format: format as RenderFormat, output } };
}

export function parseArguments(args: readonly string[]): ParsedArguments {
  const s = scan(args);
  if (s.error !== null) return fail(s.error);
  if (s.flags.has("--help") || s.flags.has("-h")) return { ok: true, command: { kind: "help" } };
  if (s.flags.has("--version") || s.flags.has("-v")) return { ok: true, command: { kind: "version" } };
  const [subcommand, ...files] = s.positional;
  if (subcommand === "check") return checkCommand(s, files);
  if (subcommand === "render") return renderCommand(s, files);
  if (subcommand === undefined) return fail("コマンドを指定してください。");
  return fail(`不明なコマンドです：${subcommand}`);
}
