/**
 * Loads the export bundle (index.ts) when an export runs. The build (scripts/build.mjs) keeps it out
 * of the CLI's and the language server's bundles: this import becomes a require of
 * server/dist/export.js, built as a bundle of its own; from the sources (tests) it is index.ts.
 */
export type ExportModule = typeof import("./index");

export function loadExport(): Promise<ExportModule> {
  return import("./index");
}
