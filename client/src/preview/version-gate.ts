/**
 * Render results can arrive out of order (a slow render of version 7 after a quick one of 8); the
 * preview shows a result only if it is newer than the last one it showed of the same document.
 */
export interface Versioned {
  readonly uri: string;
  readonly version: number;
}

export interface VersionGate {
  /** Whether to show `result`; if so, it becomes the one later results must be newer than. */
  accept(result: Versioned): boolean;
}

export function createVersionGate(): VersionGate {
  let shown: Versioned | undefined;
  return {
    accept(result) {
      if (shown !== undefined && shown.uri === result.uri && result.version <= shown.version) return false;
      shown = { uri: result.uri, version: result.version };
      return true;
    },
  };
}
