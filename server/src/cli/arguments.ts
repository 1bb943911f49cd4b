/** The command line of `keiyaku`, parsed into a command or a usage error (in Japanese). */
import { closestName, RENDER_FORMATS, type RenderFormat } from "../language";
import { helpOrVersion, scan, type Scan } from "./argument-scan";
import { USAGE } from "./usage";
import {
  newCommand,
  typesCommand,
  type NewCommand,
  type TypeArguments,
  type TypesCommand,
} from "./type-arguments";

export const CHECK_FORMATS = ["text", "json", "sarif", "github"] as const;

export type OutputFormat = (typeof CHECK_FORMATS)[number];

/** Formats written by the export bundle (server/src/export/), to a file only. */
export const FILE_FORMATS = ["docx", "pdf"] as const;

export type FileFormat = (typeof FILE_FORMATS)[number];

const ALL_RENDER_FORMATS: readonly string[] = [...RENDER_FORMATS, ...FILE_FORMATS];

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
      /** --playbook FILE; without it, .keiyaku/playbook.json|yaml above each file when present. */
      readonly playbook: string | null;
    }
  | TypesCommand
  | NewCommand
  | {
      readonly kind: "render";
      readonly file: string;
      readonly format: RenderFormat | FileFormat;
      readonly output: string | null;
      /** Write the rendering even when the contract has errors (exit 0). */
      readonly force: boolean;
      /** The browser that prints a PDF (--browser); null to look for one. */
      readonly browser: string | null;
    }
  | {
      readonly kind: "import";
      readonly file: string;
      readonly output: string | null;
      /** Which side of a DOCX's tracked changes to take. */
      readonly changes: "accept" | "reject";
    };

export type ParsedArguments =
  { readonly ok: true; readonly command: Command } | { readonly ok: false; readonly message: string };

function fail(message: string): ParsedArguments {
  return { ok: false, message: `${message}\n\n${USAGE}` };
}

function single(options: Map<string, string[]>, ...names: string[]): string | undefined {
  return names.flatMap((n) => options.get(n) ?? []).at(-1);
}

function unknownIgnore(ignore: readonly string[], ids: KnownIds): string | null {
  if (ignore.length === 0) return null;
  const knownIds = ids();
  // A playbook's ids (playbook.<id>) come from the team's file, not from the catalogue.
  const unknown = ignore.find((id) => !knownIds.includes(id) && !id.startsWith("playbook."));
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

function checkCommand(s: Scan, files: string[], knownIds: KnownIds): ParsedArguments {
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
      playbook: single(s.options, "--playbook") ?? null,
    },
  };
}

const FORMAT_BY_EXTENSION: Readonly<Record<string, RenderFormat | FileFormat>> = {
  ".txt": "text",
  ".text": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
  ".docx": "docx",
  ".pdf": "pdf",
};

/** The format an output file's extension asks for (-o 契約書.html), if it names one. */
function formatOfOutput(output: string | null): RenderFormat | FileFormat | undefined {
  const extension = /\.[^./\\]+$/u.exec(output ?? "")?.[0].toLowerCase();
  return extension === undefined ? undefined : FORMAT_BY_EXTENSION[extension];
}

function renderCommand(s: Scan, files: string[]): ParsedArguments {
  const output = single(s.options, "-o", "--output") ?? null;
  const format = single(s.options, "--format") ?? formatOfOutput(output) ?? "text";
  if (!ALL_RENDER_FORMATS.includes(format)) {
    return fail(`render の --format は ${ALL_RENDER_FORMATS.join("・")} のいずれかです：${format}`);
  }
  const [file, ...extra] = files;
  if (file === undefined) return fail("清書するファイルを指定してください。");
  if (extra.length > 0) return fail("render に指定できるファイルは一つです。");
  if ((FILE_FORMATS as readonly string[]).includes(format) && (output === null || output === "-")) {
    return fail(
      `${format} は標準出力に書き出せません。-o ${format === "pdf" ? "契約書.pdf" : "契約書.docx"} のように書き出し先を指定してください。`,
    );
  }
  const browser = single(s.options, "--browser") ?? null;
  if (browser !== null && format !== "pdf")
    return fail("--browser は --format pdf（-o ….pdf）のときだけ指定できます。");
  return {
    ok: true,
    command: {
      kind: "render",
      file,
      format: format as RenderFormat | FileFormat,
      output,
      force: s.flags.has("--force"),
      browser,
    },
  };
}

function checked(result: TypeArguments<Command>): ParsedArguments {
  return "error" in result ? fail(result.error) : { ok: true, command: result.command };
}

function importCommand(s: Scan, files: string[]): ParsedArguments {
  const changes = single(s.options, "--changes") ?? "accept";
  if (changes !== "accept" && changes !== "reject") {
    return fail(`import の --changes は accept・reject のいずれかです：${changes}`);
  }
  const [file, ...extra] = files;
  if (file === undefined) return fail("取り込むファイル（.docx・.txt）を指定してください。");
  if (extra.length > 0) return fail("import に指定できるファイルは一つです。");
  const output = single(s.options, "-o", "--output") ?? null;
  return { ok: true, command: { kind: "import", file, output, changes } };
}

/** Every diagnostic id, asked for only when --ignore is given (it needs the checks' catalogue). */
export type KnownIds = () => readonly string[];

/** `knownIds`: every diagnostic id, so that --ignore with a misspelt id is refused. */
export function parseArguments(args: readonly string[], knownIds: KnownIds): ParsedArguments {
  const s = scan(args);
  if (s.error !== null) return fail(s.error);
  const quick = helpOrVersion(s);
  if (quick !== null) return { ok: true, command: { kind: quick } };
  const [subcommand, ...files] = s.positional;
  if (subcommand === "check") return checkCommand(s, files, knownIds);
  if (subcommand === "render") return renderCommand(s, files);
  if (subcommand === "types") return checked(typesCommand(single(s.options, "--format"), files));
  if (subcommand === "new")
    return checked(
      newCommand(
        single(s.options, "--type"),
        single(s.options, "-o", "--output"),
        files,
        s.flags.has("--force"),
      ),
    );
  if (subcommand === "import") return importCommand(s, files);
  if (subcommand === undefined) return fail("コマンドを指定してください。");
  return fail(`不明なコマンドです：${subcommand}`);
}
