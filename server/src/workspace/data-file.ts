/**
 * Reads one data file of a workspace (a contract type or the playbook) as hostile input: a size
 * cap before reading, JSON or YAML by extension, a tree that keeps positions, then the schema.
 * Every failure is a Japanese problem at its place in the file, never an exception.
 */
import { readFile, stat } from "node:fs/promises";
import type { DataNode, DataProblem } from "./data-node";
import { locate, type FileProblem } from "./file-problem";
import { parseJsonData } from "./parse-json";
import { parseYamlData } from "./parse-yaml";
import type { DataValidators, SchemaName } from "./validate-data";

/** Larger than any sensible type or playbook; a bigger file is refused unread. */
export const MAX_DATA_FILE_BYTES = 256 * 1024;

export interface DataFile {
  readonly path: string;
  readonly text: string;
  /** The validated value, or null when the file has problems. */
  readonly value: unknown;
  readonly root: DataNode | null;
  readonly problems: readonly FileProblem[];
}

export function isYamlPath(path: string): boolean {
  return /\.ya?ml$/iu.test(path);
}

async function readText(path: string): Promise<{ text: string } | { problem: string }> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { problem: "ファイルではありません。" };
    if (info.size > MAX_DATA_FILE_BYTES)
      return { problem: `ファイルが大きすぎます（${MAX_DATA_FILE_BYTES / 1024} KB まで）。` };
    return { text: (await readFile(path, "utf8")).replace(/^\uFEFF/u, "") };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      problem:
        code === "ENOENT" ? "ファイルがありません。" : `ファイルを読めません（${code ?? String(error)}）。`,
    };
  }
}

/** Parses and validates text already read (the editor's unsaved buffer, or a file's content). */
export async function checkDataText(
  path: string,
  text: string,
  schema: SchemaName,
  validators: DataValidators,
): Promise<DataFile> {
  if (text.length > MAX_DATA_FILE_BYTES) {
    const problem: DataProblem = {
      offset: 0,
      length: 1,
      message: `ファイルが大きすぎます（${MAX_DATA_FILE_BYTES / 1024} KB まで）。`,
    };
    return { path, text, value: null, root: null, problems: [locate(path, text, problem)] };
  }
  const parsed = isYamlPath(path) ? parseYamlData(text) : parseJsonData(text);
  const problems = parsed.root === null ? parsed.problems : await validators.validate(schema, parsed.root);
  return {
    path,
    text,
    value: problems.length === 0 && parsed.root !== null ? parsed.root.value : null,
    root: parsed.root,
    problems: problems.map((p) => locate(path, text, p)),
  };
}

export async function readDataFile(
  path: string,
  schema: SchemaName,
  validators: DataValidators,
): Promise<DataFile> {
  const read = await readText(path);
  if ("problem" in read) {
    return {
      path,
      text: "",
      value: null,
      root: null,
      problems: [{ path, offset: 0, length: 0, line: 0, character: 0, message: read.problem }],
    };
  }
  return checkDataText(path, read.text, schema, validators);
}
