/**
 * Settings per document: asked of the client (workspace/configuration, scoped to the document)
 * when it supports that, else taken from didChangeConfiguration. Cached until settings change.
 */
import type { Connection } from "vscode-languageserver";
import { DEFAULT_SETTINGS, readSettings, type KeiyakuSettings } from "./settings";

export interface SettingsProvider {
  settingsOf(uri: string): Promise<KeiyakuSettings>;
  /** Settings changed: forget what was cached (and take pushed settings, if any). */
  changed(pushed: unknown): void;
  forget(uri: string): void;
}

export function createSettingsProvider(connection: Connection, canAsk: () => boolean): SettingsProvider {
  const cache = new Map<string, Promise<KeiyakuSettings>>();
  let pushed: KeiyakuSettings = DEFAULT_SETTINGS;

  const ask = async (uri: string): Promise<KeiyakuSettings> => {
    try {
      return readSettings(await connection.workspace.getConfiguration({ scopeUri: uri, section: "keiyaku" }));
    } catch {
      return pushed;
    }
  };

  return {
    settingsOf(uri) {
      if (!canAsk()) return Promise.resolve(pushed);
      let settings = cache.get(uri);
      if (settings === undefined) {
        settings = ask(uri);
        cache.set(uri, settings);
      }
      return settings;
    },
    changed(settings) {
      cache.clear();
      const section =
        typeof settings === "object" && settings !== null
          ? (settings as { keiyaku?: unknown }).keiyaku
          : undefined;
      if (section !== undefined) pushed = readSettings(section);
    },
    forget: (uri) => cache.delete(uri),
  };
}
