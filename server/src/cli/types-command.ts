/**
 * `keiyaku types` lists the contract types (built-in, and the workspace's .keiyaku/types/ found
 * from the current folder); `keiyaku new --type ID -o FILE` writes a new contract from a type's
 * template, never over an existing file without --force.
 */
import { writeFile } from "node:fs/promises";
import { pathExists } from "./path-exists";
import { buildCatalog, closestName, type ContractType } from "../language";
import { formatFileProblem } from "../workspace/file-problem";
import { templateOf } from "../workspace/type-templates";
import { EXIT, type CliIo } from "./cli-io";
import type { NewCommand, TypesCommand } from "./type-arguments";
import { workspaceConfigs } from "./workspace-config";

/** What `keiyaku types --format json` prints per type (and the editor's quick pick shows). */
export interface TypeListing {
  readonly id: string;
  readonly name: string;
  readonly description: string | null;
  readonly source: "builtin" | "workspace";
  readonly titlePatterns: readonly string[];
  readonly essentialArticles: readonly string[];
}

export function listing(type: ContractType, workspaceIds: ReadonlySet<string>): TypeListing {
  return {
    id: type.id,
    name: type.name,
    description: type.data.description ?? null,
    source: workspaceIds.has(type.id) ? "workspace" : "builtin",
    titlePatterns: type.titlePatterns,
    essentialArticles: type.standardArticles.filter((a) => a.essential).map((a) => a.topic),
  };
}

async function loadTypes(io: CliIo) {
  const config = await workspaceConfigs(null).configFor(process.cwd(), true);
  for (const problem of config.problems) io.stderr(`${formatFileProblem(problem, process.cwd())}\n`);
  const catalog = buildCatalog(config.types.map((t) => t.data));
  const offered = catalog.types.filter((t) => !t.generic);
  return { config, offered, workspaceIds: new Set(config.types.map((t) => t.data.id)) };
}

export async function runTypes(command: TypesCommand, io: CliIo): Promise<number> {
  const { config, offered, workspaceIds } = await loadTypes(io);
  const types = offered.map((type) => listing(type, workspaceIds));
  if (command.format === "json") io.stdout(`${JSON.stringify({ types }, null, 2)}\n`);
  else
    for (const t of types)
      io.stdout(`${t.id}\t${t.name}${t.source === "workspace" ? "（ワークスペース）" : ""}\n`);
  return config.problems.length > 0 ? EXIT.errors : EXIT.clean;
}

export async function runNew(command: NewCommand, io: CliIo): Promise<number> {
  const { config, offered } = await loadTypes(io);
  const type = offered.find((t) => t.id === command.type);
  if (type === undefined) {
    const closest = closestName(
      command.type,
      offered.map((t) => t.id),
    );
    const hint = closest === null ? "" : `もしかして「${closest}」ですか？`;
    io.stderr(
      `種類「${command.type}」はありません。${hint}種類の一覧は「keiyaku types」で確かめてください。\n`,
    );
    return EXIT.usage;
  }
  if (!command.force && (await pathExists(command.output))) {
    io.stderr(`${command.output} は既にあります。上書きするなら --force を付けてください。\n`);
    return EXIT.usage;
  }
  const text = await templateOf(type.data, config.types, config.folder);
  try {
    await writeFile(command.output, text, { flag: command.force ? "w" : "wx" });
  } catch (error) {
    io.stderr(
      `${command.output} に書き込めません（${(error as NodeJS.ErrnoException).code ?? String(error)}）。\n`,
    );
    return EXIT.usage;
  }
  io.stderr(`${command.output} に「${type.name}」のひな形を書きました。空欄（＿）を埋めてください。\n`);
  return EXIT.clean;
}
