/**
 * A workspace's .keiyaku/ folder: its contract types (types/*.json|yaml) and its playbook
 * (playbook.json|yaml, or a file the user names). Found by looking upward from a contract file, as
 * git finds .git. A bad file is reported at its place and left out; the other files still count.
 */
import { readdir, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import type { ContractTypeData, PlaybookData } from "../language";
import { readDataFile, type DataFile } from "./data-file";
import { locate, type FileProblem } from "./file-problem";
import type { DataValidators } from "./validate-data";

export const KEIYAKU_FOLDER = ".keiyaku";
/** More type files than any team writes; the rest are reported and left out. */
export const MAX_TYPE_FILES = 50;
const DATA_FILE = /\.(?:json|ya?ml)$/iu;

export interface WorkspaceType {
  readonly data: ContractTypeData;
  /** The file the type came from. */
  readonly path: string;
}

export interface KeiyakuConfig {
  /** The .keiyaku folder, or null when none was found. */
  readonly folder: string | null;
  readonly types: readonly WorkspaceType[];
  readonly playbook: PlaybookData | undefined;
  readonly playbookPath: string | null;
  /** Every problem of every file read, with its place. */
  readonly problems: readonly FileProblem[];
  /** Every data file read (a host may publish a file's problems as diagnostics on it). */
  readonly files: readonly string[];
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** The nearest .keiyaku folder at or above `start` (a folder), or null. */
export async function findKeiyakuFolder(start: string): Promise<string | null> {
  let folder = resolve(start);
  for (;;) {
    const candidate = join(folder, KEIYAKU_FOLDER);
    if (await isDirectory(candidate)) return candidate;
    const parent = dirname(folder);
    if (parent === folder) return null;
    folder = parent;
  }
}

async function typeFiles(folder: string): Promise<string[]> {
  try {
    const names = await readdir(join(folder, "types"));
    return names
      .filter((name) => DATA_FILE.test(name))
      .sort()
      .map((name) => join(folder, "types", name));
  } catch {
    return [];
  }
}

async function defaultPlaybook(folder: string | null): Promise<string | null> {
  if (folder === null) return null;
  for (const name of ["playbook.json", "playbook.yaml", "playbook.yml"]) {
    const path = join(folder, name);
    try {
      if ((await stat(path)).isFile()) return path;
    } catch {
      // Not there: try the next name.
    }
  }
  return null;
}

function duplicateProblem(file: DataFile, id: string, first: string): FileProblem {
  const node = file.root?.properties?.get("id");
  const problem = {
    offset: node?.start ?? 0,
    length: Math.max(1, (node?.end ?? 1) - (node?.start ?? 0)),
    message: `id「${id}」の種類は ${first} にもあります。id を変えてください（この種類は読み込みません）。`,
  };
  return locate(file.path, file.text, problem);
}

async function loadTypes(folder: string, validators: DataValidators) {
  const paths = await typeFiles(folder);
  const problems: FileProblem[] = paths.slice(MAX_TYPE_FILES).map((path) => ({
    path,
    offset: 0,
    length: 0,
    line: 0,
    character: 0,
    message: `種類のファイルが多すぎます（${MAX_TYPE_FILES}個まで）。このファイルは読み込みません。`,
  }));
  const types: WorkspaceType[] = [];
  const seen = new Map<string, string>();
  for (const path of paths.slice(0, MAX_TYPE_FILES)) {
    const file = await readDataFile(path, "contract-type", validators);
    problems.push(...file.problems);
    if (file.value === null) continue;
    const data = file.value as ContractTypeData;
    const first = seen.get(data.id);
    if (first !== undefined) {
      problems.push(duplicateProblem(file, data.id, first));
      continue;
    }
    seen.set(data.id, path);
    types.push({ data, path });
  }
  return { types, problems, files: paths };
}

/**
 * Loads the folder's types and the playbook: `playbook` is a path the user chose (setting or
 * --playbook), else .keiyaku/playbook.json|yaml when present.
 */
export async function loadKeiyaku(
  folder: string | null,
  playbook: string | null,
  validators: DataValidators,
): Promise<KeiyakuConfig> {
  const loaded =
    folder === null ? { types: [], problems: [], files: [] } : await loadTypes(folder, validators);
  const playbookPath = playbook ?? (await defaultPlaybook(folder));
  const book = playbookPath === null ? null : await readDataFile(playbookPath, "playbook", validators);
  return {
    folder,
    types: loaded.types,
    playbook: book?.value === null || book === null ? undefined : (book.value as PlaybookData),
    playbookPath,
    problems: [...loaded.problems, ...(book?.problems ?? [])],
    files: [...loaded.files, ...(playbookPath === null ? [] : [playbookPath])],
  };
}
