/**
 * The workspace configuration of each contract file the CLI checks: the .keiyaku/ folder found by
 * looking upward from the file (its types and playbook), or the playbook given with --playbook.
 * Each folder is read once per run; its files' problems are collected once, to be printed as
 * `file:line:col: message` lines.
 */
import { dirname, resolve } from "node:path";
import type { CheckOptions } from "../language";
import { findKeiyakuFolder, loadKeiyaku, type KeiyakuConfig } from "../workspace/keiyaku-folder";
import { formatFileProblem } from "../workspace/file-problem";
import { createDataValidators } from "../workspace/validate-data";

export type WorkspaceOptions = Pick<CheckOptions, "types" | "playbook">;

export interface WorkspaceConfigs {
  /** The configuration for a contract file (a path, or the folder to start from). */
  configFor(file: string, isFolder?: boolean): Promise<KeiyakuConfig>;
  optionsFor(file: string): Promise<WorkspaceOptions>;
  /** Every problem of every workspace file read so far, as error lines. */
  problemLines(): string[];
}

export function optionsOf(config: KeiyakuConfig): WorkspaceOptions {
  return {
    ...(config.types.length === 0 ? {} : { types: config.types.map((t) => t.data) }),
    ...(config.playbook === undefined ? {} : { playbook: config.playbook }),
  };
}

export function workspaceConfigs(playbook: string | null): WorkspaceConfigs {
  const validators = createDataValidators();
  const byFolder = new Map<string, Promise<KeiyakuConfig>>();
  const chosenPlaybook = playbook === null ? null : resolve(playbook);
  // Contracts usually share a folder: its .keiyaku/ is looked for once, not once per file.
  const folderOf = new Map<string, Promise<string | null>>();
  const keiyakuFolder = (start: string) => {
    let found = folderOf.get(start);
    if (found === undefined) {
      found = findKeiyakuFolder(start);
      folderOf.set(start, found);
    }
    return found;
  };
  const configFor = async (file: string, isFolder = false) => {
    const folder = await keiyakuFolder(isFolder ? resolve(file) : dirname(resolve(file)));
    const key = folder ?? "";
    let config = byFolder.get(key);
    if (config === undefined) {
      config = loadKeiyaku(folder, chosenPlaybook, validators);
      byFolder.set(key, config);
    }
    return config;
  };
  const settled: KeiyakuConfig[] = [];
  return {
    async configFor(file, isFolder) {
      const config = await configFor(file, isFolder);
      if (!settled.includes(config)) settled.push(config);
      return config;
    },
    async optionsFor(file) {
      const config = await this.configFor(file);
      return optionsOf(config);
    },
    problemLines() {
      const lines = settled.flatMap((config) =>
        config.problems.map((p) => formatFileProblem(p, process.cwd())),
      );
      return [...new Set(lines)];
    },
  };
}
