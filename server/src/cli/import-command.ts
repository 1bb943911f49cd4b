/**
 * `keiyaku import FILE [-o OUT.contract] [--changes=accept|reject]`: a Word document or a text
 * file as a .contract, printed or written to OUT. Nothing is written when the file cannot be read.
 */
import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { importDocument, MAX_DOCUMENT_BYTES } from "../import/import-document";
import { READING_NOTES } from "../import/reading-notes";
import type { Command } from "./arguments";
import { writeOutput } from "./write-output";

type ImportCommand = Extract<Command, { kind: "import" }>;

interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const EXIT_CLEAN = 0;
const EXIT_UNREADABLE = 2;

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
}

async function readBytes(path: string): Promise<Uint8Array | string> {
  try {
    const info = await stat(path);
    if (info.isDirectory())
      return `${path}: フォルダです。取り込む .docx か .txt のファイルを指定してください。`;
    if (info.size > MAX_DOCUMENT_BYTES) {
      return `${path}: ファイルが大きすぎるため読みません（上限 ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB）。`;
    }
    return await readFile(path);
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT") return `${path}: ファイルが見つかりません。パスを確かめてください。`;
    if (code === "EACCES") return `${path}: 読み取る権限がありません。`;
    return `${path}: 読み込めませんでした（${code ?? "原因不明"}）。`;
  }
}

export async function runImport(command: ImportCommand, io: Io): Promise<number> {
  if (command.output !== null && resolve(command.output) === resolve(command.file)) {
    io.stderr(
      `${command.output}: 取り込み元のファイルです。別の名前（例：契約書.contract）を -o に指定してください。\n`,
    );
    return EXIT_UNREADABLE;
  }
  const bytes = await readBytes(command.file);
  if (typeof bytes === "string") {
    io.stderr(`${bytes}\n`);
    return EXIT_UNREADABLE;
  }
  const imported = await importDocument(command.file, bytes, command.changes);
  if (!imported.ok) {
    io.stderr(`${imported.message}\n`);
    return EXIT_UNREADABLE;
  }
  const readingNote = READING_NOTES[imported.reading];
  for (const note of [...imported.notes, ...(readingNote === null ? [] : [readingNote])]) {
    io.stderr(`${command.file}: ${note}\n`);
  }
  if (command.output === null) {
    io.stdout(imported.source);
    return EXIT_CLEAN;
  }
  const problem = await writeOutput(command.output, imported.source);
  if (problem !== null) {
    io.stderr(`${problem}\n`);
    return EXIT_UNREADABLE;
  }
  io.stderr(
    `${command.file}: ${command.output} に取り込みました。「keiyaku check ${command.output}」で確かめてください。\n`,
  );
  return EXIT_CLEAN;
}
