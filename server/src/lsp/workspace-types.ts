/**
 * The workspace's .keiyaku/ folder as the language server sees it: for each contract, the types
 * and the playbook of the nearest .keiyaku/ above it (or above the first workspace folder, for an
 * unsaved contract), read once and again when a file under .keiyaku/ changes. A bad type or
 * playbook file gets its problems as diagnostics on that file; the other files still apply.
 * Also answers keiyaku/contractTypes, so the editor offers the same types as `keiyaku types`.
 */
import { dirname, isAbsolute, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  type Connection,
  type Diagnostic,
  type InitializeParams,
} from "vscode-languageserver";
import { buildCatalog } from "../language";
import { ContractTypesRequest, type ContractTypeItem } from "../protocol";
import type { FileProblem } from "../workspace/file-problem";
import { findKeiyakuFolder, loadKeiyaku, type KeiyakuConfig } from "../workspace/keiyaku-folder";
import { templateOf } from "../workspace/type-templates";
import { createDataValidators } from "../workspace/validate-data";
import type { KeiyakuSettings } from "./settings";

export interface LspWorkspace {
  initialize(params: InitializeParams): void;
  /** Asks the client to report changes under .keiyaku/ (when it can register watchers). */
  watch(): void;
  /** The settings with the document's workspace types and playbook added. */
  withWorkspace(uri: string, settings: KeiyakuSettings): Promise<KeiyakuSettings>;
  /** A file under .keiyaku/ changed: read the folders again. */
  changed(): void;
}

function pathOf(uri: string): string | null {
  try {
    return uri.startsWith("file:") ? fileURLToPath(uri) : null;
  } catch {
    return null;
  }
}

function toDiagnostic(problem: FileProblem): Diagnostic {
  const start = { line: problem.line, character: problem.character };
  return {
    range: { start, end: { line: problem.line, character: problem.character + Math.max(1, problem.length) } },
    severity: DiagnosticSeverity.Error,
    source: "keiyaku",
    code: "workspace.invalid-file",
    message: problem.message,
  };
}

export function createLspWorkspace(connection: Connection): LspWorkspace {
  const validators = createDataValidators();
  const folders: string[] = [];
  const client = { watchers: false };
  let configs = new Map<string, Promise<KeiyakuConfig>>();
  // Every request asks for its document's configuration: the upward search is done once per folder.
  let folderOf = new Map<string, Promise<string | null>>();
  const withProblems = new Set<string>();

  const publishProblems = (config: KeiyakuConfig) => {
    const byFile = new Map<string, Diagnostic[]>(config.files.map((file) => [file, []]));
    for (const problem of config.problems)
      byFile.set(problem.path, [...(byFile.get(problem.path) ?? []), toDiagnostic(problem)]);
    for (const [file, diagnostics] of byFile) {
      if (diagnostics.length === 0 && !withProblems.has(file)) continue;
      if (diagnostics.length > 0) withProblems.add(file);
      else withProblems.delete(file);
      void connection.sendDiagnostics({ uri: pathToFileURL(file).href, diagnostics });
    }
  };

  /** The folder to look upward from: the file's own, or the first workspace folder. */
  const startOf = (uri: string | null) => {
    const path = uri === null ? null : pathOf(uri);
    return path === null ? (folders[0] ?? null) : dirname(path);
  };

  const configFor = async (uri: string | null, playbook: string | null): Promise<KeiyakuConfig | null> => {
    const start = startOf(uri);
    if (start === null) return null;
    let found = folderOf.get(start);
    if (found === undefined) {
      found = findKeiyakuFolder(start);
      folderOf.set(start, found);
    }
    const folder = await found;
    const chosen =
      playbook === null || isAbsolute(playbook)
        ? playbook
        : resolve(folder === null ? start : dirname(folder), playbook);
    const key = `${folder ?? ""}\u0000${chosen ?? ""}`;
    let config = configs.get(key);
    if (config === undefined) {
      config = loadKeiyaku(folder, chosen, validators).then((loaded) => {
        publishProblems(loaded);
        return loaded;
      });
      configs.set(key, config);
    }
    return config;
  };

  const typeItems = async (uri: string | null): Promise<ContractTypeItem[]> => {
    const config = await configFor(uri, null);
    const workspace = config?.types ?? [];
    const ids = new Set(workspace.map((t) => t.data.id));
    const offered = buildCatalog(workspace.map((t) => t.data)).types.filter((t) => !t.generic);
    return Promise.all(
      offered.map(async (type) => ({
        id: type.id,
        name: type.name,
        description: type.data.description ?? null,
        source: ids.has(type.id) ? ("workspace" as const) : ("builtin" as const),
        template: await templateOf(type.data, workspace, config?.folder ?? null),
      })),
    );
  };

  connection.onRequest(ContractTypesRequest, async (params) => ({ types: await typeItems(params.uri) }));

  return {
    initialize(params) {
      for (const folder of params.workspaceFolders ?? []) {
        const path = pathOf(folder.uri);
        if (path !== null) folders.push(path);
      }
      client.watchers = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    },
    watch() {
      if (!client.watchers) return;
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: "**/.keiyaku/**" }],
      });
    },
    async withWorkspace(uri, settings) {
      const config = await configFor(uri, settings.playbook);
      if (config === null) return settings;
      const workspace = {
        ...(config.types.length === 0 ? {} : { types: config.types.map((t) => t.data) }),
        ...(config.playbook === undefined ? {} : { playbook: config.playbook }),
      };
      return { ...settings, workspace };
    },
    changed() {
      configs = new Map();
      folderOf = new Map();
    },
  };
}
